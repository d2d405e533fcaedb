package io.twinnet.experiments.lab;

import io.twinnet.experiments.lab.stats.Estimate;

/**
 * One implementation's verdict on one claim, with the numbers that decided it.
 *
 * @param verdict  the verdict
 * @param evidence a one-line summary, e.g. "final acc U[-1,1] 0.11 vs U[-0.5,0.5] 0.91"
 * @param estimate the deciding statistic with its interval and seed count, or null when the rule has none
 * @param toDecide for an inconclusive verdict, what would decide it (e.g. "about 9 seeds would decide
 *                 at the observed spread", see {@link Decision#toDecide}); empty otherwise
 */
public record Judgement(Verdict verdict, String evidence, Estimate estimate, String toDecide) {
    public Judgement {
        if (verdict == null) throw new IllegalArgumentException("verdict: is missing");
        evidence = evidence == null ? "" : evidence;
        toDecide = toDecide == null || verdict != Verdict.INCONCLUSIVE ? "" : toDecide;
    }

    public Judgement(Verdict verdict, String evidence, Estimate estimate) {
        this(verdict, evidence, estimate, "");
    }

    public Judgement(Verdict verdict, String evidence) {
        this(verdict, evidence, null, "");
    }

    public static Judgement of(boolean holds, String evidence) {
        return new Judgement(Verdict.of(holds), evidence);
    }

    public static Judgement inconclusive(String evidence) {
        return new Judgement(Verdict.INCONCLUSIVE, evidence);
    }
}
