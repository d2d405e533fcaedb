package io.twinnet.experiments.lab.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The seeded, stratified percentile bootstrap over seeds (Efron &amp; Tibshirani 1993, ch. 13;
 * stratified as in rliable, Agarwal et al. 2021, "Deep RL at the edge of the statistical
 * precipice"): each stratum (one configuration's per-seed values) is resampled with replacement
 * to its own size, independently of the others, the statistic is recomputed on the resampled
 * strata, and the 95 % interval is the 2.5th to 97.5th percentile of those {@value #RESAMPLES}
 * recomputations.
 *
 * <p>Conventions: the point estimate is the statistic on the data as measured, and the interval is
 * widened to contain it if the percentiles do not (they always do for medians and means). A
 * stratum with a single value carries no information on spread, so the interval is then the whole
 * real line (the verdict can only be inconclusive); a stratum with none gives {@link Estimate#none()}.
 * A recomputation that is NaN (e.g. 0/0) counts as undefined: if more than 2.5 % are, the
 * interval is unbounded on both sides. The same seed and data give the same interval, bit for bit.
 */
public final class Bootstrap {
    /** Resamples per interval (the verdicts convention asks for at least 2000). */
    public static final int RESAMPLES = 2000;
    /** Two-sided coverage of the interval. */
    public static final double LEVEL = 0.95;

    private final long seed;
    private final int resamples;

    private Bootstrap(long seed, int resamples) {
        if (resamples < 100) throw new IllegalArgumentException("resamples: must be at least 100, got " + resamples);
        this.seed = seed;
        this.resamples = resamples;
    }

    /** {@value #RESAMPLES} resamples from the stream of {@code seed}. */
    public static Bootstrap seeded(long seed) {
        return new Bootstrap(seed, RESAMPLES);
    }

    /** A bootstrap with another number of resamples (tests). */
    public static Bootstrap seeded(long seed, int resamples) {
        return new Bootstrap(seed, resamples);
    }

    /** The method label an interval from this bootstrap carries. */
    public String method() {
        return "stratified percentile bootstrap, " + resamples + " resamples, 95 %";
    }

    /**
     * The statistic on {@code strata} with its interval. {@code statistic} receives one array per
     * stratum, in the order given; NaN values (not measured) are dropped from each stratum first, while
     * ±∞ stay (e.g. a threshold beyond the grid), for the statistic to order. The seed
     * count of the estimate is the smallest stratum's.
     */
    public Estimate estimate(List<double[]> strata, ToDoubleFunction<List<double[]>> statistic) {
        List<double[]> data = new ArrayList<>();
        for (double[] s : strata) data.add(Arrays.stream(s).filter(v -> !Double.isNaN(v)).toArray());
        if (data.stream().anyMatch(d -> d.length == 0)) return Estimate.none();
        if (data.isEmpty()) return Estimate.none();
        double value = statistic.applyAsDouble(data);
        int[] sizes = data.stream().mapToInt(d -> d.length).toArray();
        List<double[]> drawn = new ArrayList<>(data.size());
        for (double[] d : data) drawn.add(new double[d.length]);
        return resampled(value, sizes, indices -> {
            for (int g = 0; g < indices.length; g++) {
                double[] source = data.get(g);
                double[] target = drawn.get(g);
                for (int i = 0; i < target.length; i++) target[i] = source[indices[g][i]];
            }
            return statistic.applyAsDouble(drawn);
        });
    }

    /**
     * The general form: strata of {@code sizes[g]} items each (runs, say), resampled by index.
     * {@code statistic} receives, per stratum, the drawn indices into it (with repetition);
     * {@code value} is the statistic on the data as measured. Every stratum must have at least two
     * items (see the class comment for one).
     */
    public Estimate resampled(double value, int[] sizes, ToDoubleFunction<int[][]> statistic) {
        int smallest = Arrays.stream(sizes).min().orElse(0);
        if (smallest == 0 || Double.isNaN(value)) return Estimate.none();
        if (smallest == 1) return new Estimate(value, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, "one seed: no interval");
        SplittableRandom random = new SplittableRandom(seed);
        int[][] indices = new int[sizes.length][];
        for (int g = 0; g < sizes.length; g++) indices[g] = new int[sizes[g]];
        double[] replicates = new double[resamples];
        int undefined = 0;
        for (int b = 0; b < resamples; b++) {
            for (int[] stratum : indices) for (int i = 0; i < stratum.length; i++) stratum[i] = random.nextInt(stratum.length);
            double r = statistic.applyAsDouble(indices);
            if (Double.isNaN(r)) undefined++;
            replicates[b] = r;
        }
        double tail = (1 - LEVEL) / 2;
        if (undefined > tail * resamples) {
            return new Estimate(value, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, smallest, method() + " (statistic undefined in "
                    + undefined + " resamples)");
        }
        double[] defined = Arrays.stream(replicates).filter(r -> !Double.isNaN(r)).sorted().toArray();
        double lower = Math.min(value, Quantiles.of(defined, tail));
        double upper = Math.max(value, Quantiles.of(defined, 1 - tail));
        return new Estimate(value, lower, upper, smallest, method() + fewSeeds(smallest));
    }

    /**
     * The caveat a few-seed interval carries: with n seeds in a stratum the bootstrap interval of
     * a median is at most the range of the seeds, which contains the true median with probability
     * 1 − 2^(1−n) whatever the distribution (50 % at 2 seeds, 94 % at 5, 97 % at 6). The
     * interval's nominal 95 % then overstates it, and the report says so.
     */
    static String fewSeeds(int n) {
        if (n >= 6) return "";
        return String.format(java.util.Locale.ROOT, "; with %d seeds per configuration the range of the seeds covers a median only "
                + "with probability %.0f %%", n, 100 * (1 - Math.pow(2, 1 - n)));
    }

    /** The interval of one stratum's statistic (e.g. the median over one configuration's seeds). */
    public Estimate estimate(double[] values, ToDoubleFunction<double[]> statistic) {
        return estimate(List.of(values), s -> statistic.applyAsDouble(s.get(0)));
    }
}
