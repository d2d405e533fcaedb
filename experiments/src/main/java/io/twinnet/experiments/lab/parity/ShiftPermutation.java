package io.twinnet.experiments.lab.parity;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * One-sided permutation tests of a location shift between two samples, on the Wilcoxon rank-sum statistic
 * (Good 2005, "Permutation, Parametric and Bootstrap Tests of Hypotheses"; the shift model and the rank-sum test as in
 * Lehmann 1975, "Nonparametrics: Statistical Methods Based on Ranks", ch. 1–2). Under the shift model x ~ y + d, the
 * hypothesis d = s makes x − s and y exchangeable; with W = the sum of the ranks of x − s among the pooled values
 * (mid-ranks for ties), over the pooled values split every way into groups of the two sizes, the p-value of "d &gt; s"
 * is the fraction of splits whose W is at least the observed one, and of "d &lt; s" the fraction at most it. It is
 * valid at any sample size, which is why the parity test uses it: runs have 2 to 10 seeds a side, where a bootstrap
 * p-value is too small (its spread is that of the seeds at hand) and a t-test would lean on normality that bounded
 * accuracies and skewed losses do not have.
 *
 * <p>Why ranks and not the difference of medians (which the parity report estimates): a median ignores where the
 * values away from the middle lie, so many splits tie with the observed one — with ten separated values a side,
 * about 120 of the C(20, 10) = 184,756 splits keep both medians, and no p-value could fall below 6.5e-4, above what a
 * family-wise correction over a sweep asks. With distinct values only the observed split reaches the extreme rank
 * sum, so separated samples give p = 1/C(n₁+n₂, n₁).
 *
 * <p>Up to {@value #EXACT_LIMIT} pooled values the p-value is exact: the splits are counted by their rank sum, not
 * listed (a subset-sum count over the doubled mid-ranks, which are integers: counts[k][w] = the number of k-subsets of
 * the values seen so far whose doubled ranks sum to w, each value adding itself to every smaller subset). Beyond,
 * {@value #DRAWS} splits are drawn from a seeded stream and p = (1 + k)/(1 + draws), which stays valid (Phipson &amp;
 * Smyth 2010). No p-value can fall below 1/C(n₁+n₂, n₁): 1/6 at two seeds a side, 1/252 at five,
 * 1/12870 at eight, 1/184756 at ten (tied values keep it above).
 */
public final class ShiftPermutation {
    /** Pooled values up to which the p-value is counted exactly (30 seeds a side; the counts stay below 2⁶³). */
    static final int EXACT_LIMIT = 60;
    /** Random splits drawn beyond it. */
    static final int DRAWS = 19_999;
    /** Seeds a side beyond which the suite never runs a sweep; used to bound the seeds-to-decide search. */
    static final int MAX_SEEDS = 1000;
    /** Tolerance, relative to the largest magnitude among the pooled values, under which two values count as tied. */
    static final double TIE = 1e-12;
    /** Rank sums are sums of half-integers: two within this count as equal. */
    private static final double RANK_TIE = 1e-9;

    private ShiftPermutation() {
    }

    /** The p-value of "x lies above y shifted by {@code shift}" (d &gt; shift) against d = shift. */
    public static double greater(double[] x, double[] y, double shift, long seed) {
        return pValue(x, y, shift, seed, true);
    }

    /** The p-value of "x lies below y shifted by {@code shift}" (d &lt; shift) against d = shift. */
    public static double less(double[] x, double[] y, double shift, long seed) {
        return pValue(x, y, shift, seed, false);
    }

    /** A lower bound on the p-value a test with {@code n} values a side can reach: 1/C(2n, n) when exact, else 1/(1 + draws). */
    public static double smallestP(int n) {
        return 2 * n <= EXACT_LIMIT ? 1 / CombinatoricsUtils.binomialCoefficientDouble(2 * n, n) : 1.0 / (1 + DRAWS);
    }

    private static double pValue(double[] x, double[] y, double shift, long seed, boolean greater) {
        if (x.length == 0 || y.length == 0) throw new IllegalArgumentException("samples: both need a value, got " + x.length + " and " + y.length);
        int n1 = x.length;
        double[] pooled = new double[n1 + y.length];
        for (int i = 0; i < n1; i++) pooled[i] = x[i] - shift;
        System.arraycopy(y, 0, pooled, n1, y.length);
        double[] ranks = midRanks(pooled);
        double observed = rankSum(ranks, firstGroup(n1));
        if (pooled.length <= EXACT_LIMIT) return exact(ranks, n1, observed, greater);
        Counter counter = new Counter(observed, RANK_TIE, greater);
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = new int[pooled.length];
        for (int b = 0; b < DRAWS; b++) {
            for (int i = 0; i < order.length; i++) order[i] = i;
            boolean[] inFirst = new boolean[pooled.length];
            for (int i = 0; i < n1; i++) { // partial Fisher–Yates: the first n1 of a random permutation
                int j = i + random.nextInt(order.length - i);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
                inFirst[order[i]] = true;
            }
            counter.add(rankSum(ranks, inFirst));
        }
        return (1.0 + counter.extreme) / (1.0 + counter.total);
    }

    private static boolean[] firstGroup(int n1) {
        boolean[] first = new boolean[n1];
        Arrays.fill(first, true);
        return first;
    }

    /** The exact p-value: the fraction of the C(n, n1) splits whose first group's rank sum is at least (or at most) {@code observed}. */
    private static double exact(double[] ranks, int n1, double observed, boolean greater) {
        int[] doubled = new int[ranks.length];
        int total = 0;
        for (int i = 0; i < ranks.length; i++) {
            doubled[i] = (int) Math.round(2 * ranks[i]);
            total += doubled[i];
        }
        long[][] counts = new long[n1 + 1][total + 1];
        counts[0][0] = 1;
        int seen = 0;
        for (int r : doubled) {
            seen += r;
            for (int k = n1; k >= 1; k--) {
                for (int w = seen; w >= r; w--) counts[k][w] += counts[k - 1][w - r];
            }
        }
        long target = Math.round(2 * observed);
        long extreme = 0;
        long all = 0;
        for (int w = 0; w <= total; w++) {
            all += counts[n1][w];
            if (greater ? w >= target : w <= target) extreme += counts[n1][w];
        }
        return (double) extreme / all;
    }

    /** The sum of the ranks of the first group; positions beyond {@code inFirst.length} are in the rest. */
    private static double rankSum(double[] ranks, boolean[] inFirst) {
        double sum = 0;
        for (int i = 0; i < inFirst.length; i++) if (inFirst[i]) sum += ranks[i];
        return sum;
    }

    /**
     * The ranks 1…n of {@code values}, values within {@value #TIE} of the largest magnitude of each other sharing the mean
     * of their ranks (they differ by rounding: the medians and shifts that produced them are computed at that scale).
     */
    static double[] midRanks(double[] values) {
        double scale = 0;
        for (double v : values) scale = Math.max(scale, Math.abs(v));
        double tolerance = TIE * scale;
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[values.length];
        for (int start = 0; start < order.length; ) {
            int end = start + 1;
            while (end < order.length && values[order[end]] - values[order[end - 1]] <= tolerance) end++;
            double mid = (start + 1 + end) / 2.0; // the mean of the ranks start+1 … end
            for (int k = start; k < end; k++) ranks[order[k]] = mid;
            start = end;
        }
        return ranks;
    }

    /** Counts the splits at least as extreme as the observed statistic in the tested direction. */
    private static final class Counter {
        private final double observed;
        private final double tolerance;
        private final boolean greater;
        long extreme;
        long total;

        Counter(double observed, double tolerance, boolean greater) {
            this.observed = observed;
            this.tolerance = tolerance;
            this.greater = greater;
        }

        void add(double t) {
            total++;
            if (greater ? t >= observed - tolerance : t <= observed + tolerance) extreme++;
        }
    }
}
