package io.twinnet.experiments.lab.parity;

import io.twinnet.experiments.lab.stats.Estimate;

/**
 * The comparison of one outcome of one configuration between the core and DL4J over seeds (see
 * {@link StatisticalParity} for the tests and the outcome).
 *
 * @param config        the configuration's id
 * @param metric        the outcome's scalar name
 * @param margin        δ, resolved for this configuration (NaN when a relative margin had no reference)
 * @param marginRule    the declared margin, e.g. "±5 % of DL4J's median"
 * @param coreSeeds     seeds with a finite value on the core (diverged or failed runs have none)
 * @param dl4jSeeds     seeds with a finite value on DL4J
 * @param coreMedian    median of the core's values
 * @param dl4jMedian    median of DL4J's values
 * @param difference    median(core) − median(DL4J) with its 95 % stratified bootstrap interval
 * @param spread        √(s²core + s²DL4J), the sample standard deviations over seeds (for the seeds a side that would decide)
 * @param pEquivalence  the TOST p-value: the larger of the two one-sided permutation p-values against ±δ
 * @param pDifferent    the p-value that the difference lies beyond δ on the side of the estimate (twice the
 *                      one-sided permutation p-value, for the side chosen from the data; at most 1)
 * @param outcome       equivalent, different or undecided, after Holm over the whole sweep
 * @param seedsToDecide for an undecided comparison, the seeds a side that would decide it at the observed spread
 *                      (−1 when none would: the estimate sits on the margin, or nothing was measured); 0 otherwise
 * @param note          why a comparison could not be tested, else empty
 */
public record ParityComparison(String config, String metric, double margin, String marginRule, int coreSeeds, int dl4jSeeds,
                               double coreMedian, double dl4jMedian, Estimate difference, double spread, double pEquivalence,
                               double pDifferent, ParityOutcome outcome, int seedsToDecide, String note) {

    public ParityComparison {
        if (config == null || config.isBlank()) throw new IllegalArgumentException("config: is missing");
        if (metric == null || metric.isBlank()) throw new IllegalArgumentException("metric: is missing");
        if (difference == null) throw new IllegalArgumentException("difference: is missing for " + config + "/" + metric);
        if (outcome == null) throw new IllegalArgumentException("outcome: is missing for " + config + "/" + metric);
        if (!(pEquivalence >= 0 && pEquivalence <= 1)) throw new IllegalArgumentException("pEquivalence: must lie in [0, 1], got " + pEquivalence);
        if (!(pDifferent >= 0 && pDifferent <= 1)) throw new IllegalArgumentException("pDifferent: must lie in [0, 1], got " + pDifferent);
        note = note == null ? "" : note;
    }

    /** This comparison with the outcome the family-wise correction gave it. */
    public ParityComparison judged(ParityOutcome judged, int seeds) {
        return new ParityComparison(config, metric, margin, marginRule, coreSeeds, dl4jSeeds, coreMedian, dl4jMedian, difference, spread,
                pEquivalence, pDifferent, judged, seeds, note);
    }

    /** True when the whole bootstrap interval lies beyond +δ or beyond −δ. */
    public boolean intervalBeyondMargin() {
        return Double.isFinite(margin) && (difference.lower() > margin || difference.upper() < -margin);
    }
}
