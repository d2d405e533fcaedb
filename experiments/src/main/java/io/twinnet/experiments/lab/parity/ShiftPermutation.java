package io.twinnet.experiments.lab.parity;

import io.twinnet.experiments.lab.stats.Medians;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * One-sided permutation tests of a location shift between two samples, on the difference of medians
 * (Good 2005, "Permutation, Parametric and Bootstrap Tests of Hypotheses"; the shift model as in
 * Lehmann 1975, "Nonparametrics: Statistical Methods Based on Ranks"). Under the shift model x ~ y + d, the hypothesis d = s makes
 * x − s and y exchangeable; with T = median(x − s) − median(y) over the pooled values split every way into
 * groups of the two sizes, the p-value of "d &gt; s" is the fraction of splits whose T is at least the
 * observed one, and of "d &lt; s" the fraction at most it. It is valid at any sample size, which is why
 * the parity test uses it: runs have 2 to 10 seeds a side, where a bootstrap p-value is too small (its
 * spread is that of the seeds at hand) and a t-test would lean on normality that bounded accuracies and
 * skewed losses do not have.
 *
 * <p>Every split is enumerated when there are at most {@value #EXACT_LIMIT}; beyond, {@value #DRAWS}
 * splits are drawn from a seeded stream and p = (1 + k)/(1 + draws), which stays valid (Phipson &amp;
 * Smyth 2010). No exact p-value can fall below 1/C(n₁+n₂, n₁): 1/6 at two seeds a side, 1/252 at five,
 * 1/12870 at eight (ties of the median statistic can keep it above: 2/20 for three separated values a side).
 */
public final class ShiftPermutation {
    /** Splits enumerated exactly up to this many. */
    static final int EXACT_LIMIT = 20_000;
    /** Random splits drawn beyond it. */
    static final int DRAWS = 19_999;
    /** Seeds a side beyond which the suite never runs a sweep; used to bound the seeds-to-decide search. */
    static final int MAX_SEEDS = 1000;
    /**
     * Tolerance, relative to the largest magnitude among the pooled values, under which two statistics count as tied
     * (they are medians of the same values, so they differ by rounding at that scale).
     */
    private static final double TIE = 1e-12;

    private ShiftPermutation() {
    }

    /** The p-value of "median(x) − median(y) &gt; shift" against d = shift. */
    public static double greater(double[] x, double[] y, double shift, long seed) {
        return pValue(x, y, shift, seed, true);
    }

    /** The p-value of "median(x) − median(y) &lt; shift" against d = shift. */
    public static double less(double[] x, double[] y, double shift, long seed) {
        return pValue(x, y, shift, seed, false);
    }

    /** A lower bound on the p-value a test with {@code n} values a side can reach: 1/C(2n, n) when enumerated, else 1/(1 + draws). */
    public static double smallestP(int n) {
        double splits = CombinatoricsUtils.binomialCoefficientDouble(2 * n, n);
        return splits <= EXACT_LIMIT ? 1 / splits : 1.0 / (1 + DRAWS);
    }

    private static double pValue(double[] x, double[] y, double shift, long seed, boolean greater) {
        if (x.length == 0 || y.length == 0) throw new IllegalArgumentException("samples: both need a value, got " + x.length + " and " + y.length);
        int n1 = x.length;
        double[] pooled = new double[n1 + y.length];
        for (int i = 0; i < n1; i++) pooled[i] = x[i] - shift;
        System.arraycopy(y, 0, pooled, n1, y.length);
        double observed = statistic(pooled, firstGroup(n1));
        double scale = 0;
        for (double v : pooled) scale = Math.max(scale, Math.abs(v));
        double tolerance = TIE * scale;
        Counter counter = new Counter(observed, tolerance, greater);
        double splits = CombinatoricsUtils.binomialCoefficientDouble(pooled.length, n1);
        if (splits <= EXACT_LIMIT) {
            enumerate(pooled, new boolean[pooled.length], 0, n1, counter);
            return (double) counter.extreme / counter.total;
        }
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
            counter.add(statistic(pooled, inFirst));
        }
        return (1.0 + counter.extreme) / (1.0 + counter.total);
    }

    private static boolean[] firstGroup(int n1) {
        boolean[] first = new boolean[n1];
        Arrays.fill(first, true);
        return first;
    }

    /** Every split with {@code left} more members of the first group among positions from {@code from}. */
    private static void enumerate(double[] pooled, boolean[] inFirst, int from, int left, Counter counter) {
        if (left == 0) {
            counter.add(statistic(pooled, inFirst));
            return;
        }
        for (int i = from; i <= pooled.length - left; i++) {
            inFirst[i] = true;
            enumerate(pooled, inFirst, i + 1, left - 1, counter);
            inFirst[i] = false;
        }
    }

    /** median(first group) − median(the rest); positions beyond {@code inFirst.length} are in the rest. */
    private static double statistic(double[] pooled, boolean[] inFirst) {
        int n1 = 0;
        for (int i = 0; i < inFirst.length; i++) if (inFirst[i]) n1++;
        double[] a = new double[n1];
        double[] b = new double[pooled.length - n1];
        int ia = 0;
        int ib = 0;
        for (int i = 0; i < pooled.length; i++) {
            if (i < inFirst.length && inFirst[i]) a[ia++] = pooled[i];
            else b[ib++] = pooled[i];
        }
        return Medians.of(a) - Medians.of(b);
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
