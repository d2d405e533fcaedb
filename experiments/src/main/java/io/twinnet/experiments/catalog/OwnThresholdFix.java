package io.twinnet.experiments.catalog;

import io.twinnet.experiments.lab.Decision;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Judgement;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Verdict;
import io.twinnet.experiments.lab.stats.ClopperPearson;
import io.twinnet.experiments.lab.stats.Estimate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * A fix judged seed by seed at a learning rate tied to that seed's own plain threshold t (the
 * smallest failing rate of its plain grid, {@link CollapseThreshold#bySeed}): the fix runs on a small
 * grid of rates, and seed s is read at the smallest of them in [{@value #LOW} t, {@value #HIGH} t],
 * so the fix meets a failure of the same seed's own plain network, not a fixed rate that is 1× the
 * threshold for one seed and 3× for another. The statistic is the fraction of the judged seeds whose
 * fix run does not fail, with its Clopper–Pearson interval. A seed is left out, and counted, when its
 * threshold is beyond the plain grid, when no fix rate lies in its window, when its plain run at the
 * chosen rate did not fail or was not measured (the precondition, checked per seed: it holds by
 * construction wherever failure persists above the threshold), or when the fix run is missing.
 */
final class OwnThresholdFix {
    private OwnThresholdFix() {
    }

    /** The window's ends, as multiples of the seed's own threshold. */
    static final double LOW = 1.2;
    static final double HIGH = 1.5;
    /** Slack for rates written in decimal (0.08 × 1.5 is 0.12000000000000001 in binary). */
    private static final double SLACK = 1e-9;

    /** The smallest of {@code rates} within [1.2 t, 1.5 t]; empty when t is infinite or none lies there. */
    static Optional<Double> rateFor(double threshold, double[] rates) {
        if (!Double.isFinite(threshold)) return Optional.empty();
        Double best = null;
        for (double r : rates) {
            boolean inside = r >= LOW * threshold * (1 - SLACK) && r <= HIGH * threshold * (1 + SLACK);
            if (inside && (best == null || r < best)) best = r;
        }
        return Optional.ofNullable(best);
    }

    /** Why seeds were left out, in the order the judge checks. */
    private enum LeftOut {
        BEYOND("threshold beyond the plain grid"), NO_RATE("no fix rate within 1.2–1.5× the threshold"),
        PLAIN_TRAINED("the plain run trains at the chosen rate"), PLAIN_MISSING("no plain run at the chosen rate"),
        FIX_MISSING("no fix run at the chosen rate");

        final String text;

        LeftOut(String text) {
            this.text = text;
        }
    }

    /**
     * The verdict of {@code decision} on the fraction of judged seeds whose fix trains. {@code plain}: the
     * plain grid the thresholds come from (and the precondition is read on); {@code fix}: the fix's runs.
     */
    static <P extends GridPoint> Judgement judge(RunTable<P> plain, RunTable<P> fix, ToDoubleFunction<P> lr, Decision decision) {
        double[] rates = fix.points().stream().mapToDouble(lr).distinct().sorted().toArray();
        Map<LeftOut, Integer> leftOut = new java.util.EnumMap<>(LeftOut.class);
        Map<Double, Integer> judgedAt = new TreeMap<>();
        int judged = 0;
        int trained = 0;
        for (Map.Entry<Long, Double> seed : CollapseThreshold.bySeed(plain, lr).entrySet()) {
            double t = seed.getValue();
            Optional<Double> rate = rateFor(t, rates);
            LeftOut why = null;
            Optional<Run<P>> fixRun = Optional.empty();
            if (!Double.isFinite(t)) why = LeftOut.BEYOND;
            else if (rates.length == 0) why = LeftOut.FIX_MISSING;
            else if (rate.isEmpty()) why = LeftOut.NO_RATE;
            else {
                Optional<Run<P>> plainRun = at(plain, lr, rate.get(), seed.getKey());
                fixRun = at(fix, lr, rate.get(), seed.getKey());
                if (plainRun.isEmpty()) why = LeftOut.PLAIN_MISSING;
                else if (!CollapseThreshold.failed(plainRun.get())) why = LeftOut.PLAIN_TRAINED;
                else if (fixRun.isEmpty()) why = LeftOut.FIX_MISSING;
            }
            if (why != null) {
                leftOut.merge(why, 1, Integer::sum);
                continue;
            }
            judged++;
            judgedAt.merge(rate.get(), 1, Integer::sum);
            if (!CollapseThreshold.failed(fixRun.get())) trained++;
        }
        Estimate e = ClopperPearson.fraction(trained, judged);
        StringBuilder evidence = new StringBuilder(e.format());
        judgedAt.forEach((r, n) -> evidence.append("; ").append(n).append(" judged at lr ").append(r));
        leftOut.forEach((why, n) -> evidence.append("; ").append(n).append(" left out (").append(why.text).append(")"));
        if (judged == 0) return new Judgement(Verdict.INCONCLUSIVE, evidence.append("; no seed to judge").toString(), e);
        return new Judgement(decision.judge(e), evidence.toString(), e, decision.toDecide(e));
    }

    private static <P extends GridPoint> Optional<Run<P>> at(RunTable<P> runs, ToDoubleFunction<P> lr, double rate, long seed) {
        return runs.measured().stream().filter(r -> r.seed() == seed && lr.applyAsDouble(r.point()) == rate).findFirst();
    }
}
