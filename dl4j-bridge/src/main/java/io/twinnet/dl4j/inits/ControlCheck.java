package io.twinnet.dl4j.inits;

/**
 * A check that must be rejected: a deliberately mis-scaled sampler (every weight ×√2, so the standard deviation
 * and a uniform's bounds are off by √2) tested against the documented distribution with the family's KS test.
 * It is kept out of the family and judged on its own: rejected when its p-value is at most the family's strictest
 * Holm threshold α/m, i.e. it would be rejected by Holm wherever it stood in the family. A control that is not
 * rejected means the sample size is too small for the checks to see an error of √2.
 *
 * @param check     "init on geometry"
 * @param sampler   the mis-scaled sampler, e.g. {@code core ×1.41421}
 * @param statistic the KS statistic D against the documented CDF
 * @param pValue    its p-value
 * @param threshold α/m
 * @param rejected  {@code pValue <= threshold}
 */
public record ControlCheck(String check, String sampler, double statistic, double pValue, double threshold, boolean rejected) {

    public ControlCheck {
        if (check == null || check.isBlank()) throw new IllegalArgumentException("check: is missing");
        if (sampler == null || sampler.isBlank()) throw new IllegalArgumentException("sampler: is missing");
        if (!(pValue >= 0 && pValue <= 1)) throw new IllegalArgumentException("pValue: must lie in [0, 1], got " + pValue);
        if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException("threshold: must lie in (0, 1), got " + threshold);
        if (rejected != (pValue <= threshold)) throw new IllegalArgumentException("rejected: must equal pValue <= threshold");
    }

    /** The control of {@code outcome}, rejected when its p-value is at most {@code threshold}. */
    public static ControlCheck of(String check, String sampler, KsOutcome outcome, double threshold) {
        return new ControlCheck(check, sampler, outcome.statistic(), outcome.pValue(), threshold, outcome.pValue() <= threshold);
    }
}
