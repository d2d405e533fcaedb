package io.twinnet.dl4j.inits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Holm's step-down correction for a family of m tests (Holm 1979, "A simple sequentially rejective multiple
 * test procedure", Scandinavian Journal of Statistics 6(2), 65–70). Sort the p-values, p₍₁₎ ≤ … ≤ p₍ₘ₎; the k-th
 * smallest has the threshold α/(m − k + 1); reject H₍₁₎, …, H₍ₖ₎ for the largest k such that
 * p₍ᵢ₎ ≤ α/(m − i + 1) for every i ≤ k, and nothing after the first p-value above its threshold.
 *
 * <p>The probability of rejecting at least one true hypothesis (the family-wise error rate) is then at most α,
 * whatever the dependence between the tests. Equal p-values take consecutive ranks in input order.
 *
 * @param familyWiseAlpha α, in (0, 1)
 * @param pValues         the family's p-values, in input order
 * @param ranks           each p-value's rank k (1 = smallest)
 * @param thresholds      each p-value's Holm threshold α/(m − k + 1)
 * @param rejected        whether each hypothesis is rejected
 */
public record HolmBonferroni(double familyWiseAlpha, List<Double> pValues, List<Integer> ranks, List<Double> thresholds,
                             List<Boolean> rejected) {

    public HolmBonferroni {
        if (!(familyWiseAlpha > 0 && familyWiseAlpha < 1)) {
            throw new IllegalArgumentException("familyWiseAlpha: must lie in (0, 1), got " + familyWiseAlpha);
        }
        pValues = List.copyOf(pValues);
        ranks = List.copyOf(ranks);
        thresholds = List.copyOf(thresholds);
        rejected = List.copyOf(rejected);
        int m = pValues.size();
        if (ranks.size() != m || thresholds.size() != m || rejected.size() != m) {
            throw new IllegalArgumentException("ranks, thresholds, rejected: need one per p-value (" + m + "), got "
                    + ranks.size() + ", " + thresholds.size() + ", " + rejected.size());
        }
        for (double p : pValues) if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("pValues: must lie in [0, 1], got " + p);
    }

    /** Holm's procedure at family-wise level {@code alpha} over {@code pValues}. */
    public static HolmBonferroni of(double alpha, double[] pValues) {
        int m = pValues.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i])); // stable: ties keep input order
        Integer[] rank = new Integer[m];
        Double[] threshold = new Double[m];
        Boolean[] reject = new Boolean[m];
        boolean stepping = true;
        for (int k = 0; k < m; k++) {
            int i = order[k];
            rank[i] = k + 1;
            threshold[i] = alpha / (m - k);
            stepping &= pValues[i] <= threshold[i];
            reject[i] = stepping;
        }
        List<Double> p = new ArrayList<>(m);
        for (double v : pValues) p.add(v);
        return new HolmBonferroni(alpha, p, List.of(rank), List.of(threshold), List.of(reject));
    }

    /** m, the family size. */
    public int size() {
        return pValues.size();
    }

    /** The number of rejected hypotheses. */
    public int rejections() {
        return (int) rejected.stream().filter(Boolean::booleanValue).count();
    }

    /** α/m: the smallest threshold, the one the smallest p-value must meet (Bonferroni's, for every test). */
    public double strictestThreshold() {
        return familyWiseAlpha / Math.max(1, size());
    }
}
