package io.twinnet.experiments.lab;

/**
 * One implementation's verdict on one claim, with the numbers that decided it.
 *
 * @param verdict  the verdict
 * @param evidence a one-line summary, e.g. "final acc U[-1,1] 0.11 vs U[-0.5,0.5] 0.91"
 * @param estimate the deciding statistic with its interval and seed count, or null when the rule has none
 */
public record Judgement(Verdict verdict, String evidence, Estimate estimate) {
    public Judgement {
        if (verdict == null) throw new IllegalArgumentException("verdict: is missing");
        evidence = evidence == null ? "" : evidence;
    }

    public Judgement(Verdict verdict, String evidence) {
        this(verdict, evidence, null);
    }

    public static Judgement of(boolean holds, String evidence) {
        return new Judgement(Verdict.of(holds), evidence);
    }

    public static Judgement inconclusive(String evidence) {
        return new Judgement(Verdict.INCONCLUSIVE, evidence);
    }
}
