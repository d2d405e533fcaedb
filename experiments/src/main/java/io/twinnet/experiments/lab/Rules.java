package io.twinnet.experiments.lab;

import io.twinnet.experiments.lab.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ways to build a {@link Rule}. */
public final class Rules {
    private Rules() {
    }

    /**
     * A statistic against a decision boundary: "{statistic}: {boundary}". With no measured seed the
     * verdict is inconclusive ("no finished run").
     */
    public static <P extends GridPoint> Rule<P> of(Statistic<P> statistic, Decision decision) {
        return new Rule<>() {
            @Override
            public String text() {
                return statistic.description() + " " + decision.text();
            }

            @Override
            public Judgement judge(RunTable<P> runs) {
                Estimate e = statistic.on(runs);
                if (!e.measured()) return new Judgement(Verdict.INCONCLUSIVE, "no finished run to compute it from", e);
                return new Judgement(decision.judge(e), e.format(), e, decision.toDecide(e));
            }
        };
    }

    /**
     * All of {@code parts} must hold: reproduced when every part is reproduced, not reproduced
     * when any part is not reproduced, otherwise inconclusive.
     */
    @SafeVarargs
    public static <P extends GridPoint> Rule<P> allOf(Rule<P>... parts) {
        List<Rule<P>> list = List.of(parts);
        if (list.size() < 2) throw new IllegalArgumentException("allOf: needs at least two rules");
        return new Rule<>() {
            @Override
            public String text() {
                return list.stream().map(Rule::text).collect(Collectors.joining("; and "));
            }

            @Override
            public Judgement judge(RunTable<P> runs) {
                List<String> evidence = new ArrayList<>();
                List<String> toDecide = new ArrayList<>();
                boolean allReproduced = true;
                boolean anyNot = false;
                for (Rule<P> r : list) {
                    Judgement j = r.judge(runs);
                    evidence.add(j.evidence());
                    if (!j.toDecide().isEmpty()) toDecide.add(j.toDecide());
                    allReproduced &= j.verdict() == Verdict.REPRODUCED;
                    anyNot |= j.verdict() == Verdict.NOT_REPRODUCED;
                }
                Verdict v = anyNot ? Verdict.NOT_REPRODUCED : allReproduced ? Verdict.REPRODUCED : Verdict.INCONCLUSIVE;
                return new Judgement(v, String.join("; ", evidence), null, String.join("; ", toDecide));
            }
        };
    }

    /**
     * {@code rule}, judged only where {@code precondition} holds: inconclusive unless the
     * precondition is reproduced (e.g. a fix can only be judged where the failure it fixes occurs),
     * then {@code rule}'s verdict. Unlike {@link #allOf}, a precondition that fails gives no verdict.
     */
    public static <P extends GridPoint> Rule<P> onlyIf(Rule<P> precondition, Rule<P> rule) {
        return new Rule<>() {
            @Override
            public String text() {
                return "judged only where " + precondition.text() + " (otherwise inconclusive); then " + rule.text();
            }

            @Override
            public Judgement judge(RunTable<P> runs) {
                Judgement pre = precondition.judge(runs);
                if (pre.verdict() != Verdict.REPRODUCED) {
                    return new Judgement(Verdict.INCONCLUSIVE, pre.evidence() + "; the precondition does not hold", pre.estimate(),
                            pre.toDecide().isEmpty() ? "" : "precondition: " + pre.toDecide());
                }
                Judgement j = rule.judge(runs);
                return new Judgement(j.verdict(), pre.evidence() + "; " + j.evidence(), j.estimate(), j.toDecide());
            }
        };
    }

    /**
     * {@code rule}, judged only when a control shows that the runs can tell: {@link #onlyIf} the
     * control is at least {@code atLeast} (e.g. a normal init learned within the budget, so "does
     * not learn" is not just "too few steps").
     */
    public static <P extends GridPoint> Rule<P> provided(Statistic<P> control, double atLeast, Rule<P> rule) {
        return onlyIf(of(control, Decision.atLeast(atLeast)), rule);
    }

    /**
     * A rule whose logic does not reduce to one statistic and one boundary (e.g. a threshold
     * located on a grid). Its text must say everything the judge does; prefer {@link #of}.
     */
    public static <P extends GridPoint> Rule<P> custom(String text, Function<RunTable<P>, Judgement> judge) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("text: is missing");
        return new Rule<>() {
            @Override
            public String text() {
                return text;
            }

            @Override
            public Judgement judge(RunTable<P> runs) {
                return judge.apply(runs);
            }
        };
    }
}
