package io.twinnet.dl4j.inits;

/**
 * The result of one Kolmogorov–Smirnov test (commons-math {@code KolmogorovSmirnovTest}):
 * the statistic D = sup_x |F₁(x) − F₂(x)| (empirical against exact CDF, or two empirical CDFs) and its p-value.
 *
 * @param statistic D, in [0, 1]
 * @param pValue    the probability of a D at least this large if the samples follow the same distribution
 */
public record KsOutcome(double statistic, double pValue) {

    public KsOutcome {
        if (!(statistic >= 0 && statistic <= 1)) throw new IllegalArgumentException("statistic: must lie in [0, 1], got " + statistic);
        if (!(pValue >= 0 && pValue <= 1)) throw new IllegalArgumentException("pValue: must lie in [0, 1], got " + pValue);
    }

    /** True when the test does not reject at level {@code alpha}: p &gt; alpha. */
    public boolean passes(double alpha) {
        return pValue > alpha;
    }
}
