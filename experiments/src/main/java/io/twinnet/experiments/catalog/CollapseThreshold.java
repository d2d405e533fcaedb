package io.twinnet.experiments.catalog;

import io.twinnet.experiments.lab.stats.Bootstrap;
import io.twinnet.experiments.lab.stats.Estimate;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.SideRecord;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * A learning-rate threshold located on a grid, seed by seed. A run <em>fails</em> when it diverges,
 * ends below {@value #TRAINED_ACCURACY} test accuracy, or ends {@value #COLLAPSE_DROP} or more below
 * its own peak accuracy (a dead output unit of ten costs about a tenth of the classes). A seed's
 * threshold is the smallest learning rate of the grid at which it fails, and +∞ when it fails at
 * none; the median over seeds is taken with the +∞ entries in place, so it is itself +∞ when the
 * middle seed (or one of the middle two) never fails.
 */
final class CollapseThreshold {
    private CollapseThreshold() {
    }

    /** A run whose final accuracy is this far below its peak has collapsed. */
    static final double COLLAPSE_DROP = 0.2;
    /** A run that ends below this accuracy has not trained. */
    static final double TRAINED_ACCURACY = 0.5;

    /** True when the side diverged, ended below 0.5 accuracy, or ended 0.2 or more below its peak accuracy ({@link FailureKind}). */
    static boolean failed(SideRecord s) {
        return FailureKind.of(s).failed();
    }

    static <P extends GridPoint> boolean failed(Run<P> r) {
        return failed(r.side());
    }

    /** The fraction of the measured runs that failed, or NaN when none was measured. */
    static <P extends GridPoint> double failedFraction(RunTable<P> runs) {
        List<Run<P>> measured = runs.measured();
        long f = measured.stream().filter(CollapseThreshold::failed).count();
        return measured.isEmpty() ? Double.NaN : (double) f / measured.size();
    }

    /** The fraction of the measured runs that failed (or, with {@code trained}, did not), with its exact binomial interval. */
    static <P extends GridPoint> Estimate fraction(RunTable<P> runs, boolean trained) {
        return runs.fraction(r -> failed(r) != trained);
    }

    /** A grid shows a threshold when at most a third of its seeds fail at {@code lowest} and at least half at {@code highest}. */
    static <P extends GridPoint> boolean shows(RunTable<P> grid, ToDoubleFunction<P> lr, double lowest, double highest) {
        double low = failedFraction(grid.where(p -> lr.applyAsDouble(p) == lowest));
        double high = failedFraction(grid.where(p -> lr.applyAsDouble(p) == highest));
        return low <= 1.0 / 3 && high >= 0.5;
    }

    /** Per-seed thresholds over the measured runs of one grid (one reading): the smallest failing rate, +∞ when none. */
    static <P extends GridPoint> double[] perSeed(RunTable<P> grid, ToDoubleFunction<P> lr) {
        return bySeed(grid, lr).values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {@link #perSeed} keyed by seed, in seed order. */
    static <P extends GridPoint> Map<Long, Double> bySeed(RunTable<P> grid, ToDoubleFunction<P> lr) {
        Map<Long, Double> bySeed = new TreeMap<>();
        for (Run<P> r : grid.measured()) {
            bySeed.putIfAbsent(r.seed(), Double.POSITIVE_INFINITY);
            if (failed(r)) bySeed.merge(r.seed(), lr.applyAsDouble(r.point()), Math::min);
        }
        return bySeed;
    }

    /**
     * The measured runs counted by {@link FailureKind} at each learning rate, in rate order, e.g.
     * "lr 0.05: 6 trained; lr 0.1: 4 dead, 2 collapsed".
     */
    static <P extends GridPoint> String kindsByRate(RunTable<P> runs, ToDoubleFunction<P> lr) {
        Map<Double, Map<FailureKind, Integer>> counts = new TreeMap<>();
        for (Run<P> r : runs.measured()) {
            counts.computeIfAbsent(lr.applyAsDouble(r.point()), k -> new EnumMap<>(FailureKind.class)).merge(FailureKind.of(r.side()), 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> "lr " + e.getKey() + ": " + e.getValue().entrySet().stream()
                .map(k -> k.getValue() + " " + k.getKey().label).collect(Collectors.joining(", "))).collect(Collectors.joining("; "));
    }

    /** The median with the +∞ entries in place (the mean of the middle two for an even count), NaN when empty. */
    static double median(double[] thresholds) {
        double[] sorted = thresholds.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) return Double.NaN;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    /** Below this many seeds a median threshold gets no interval: two equal seeds would otherwise give a point that decides. */
    static final int FEWEST_SEEDS = 3;

    /**
     * The median threshold with its bootstrap interval over seeds (the seeds that never fail stay in
     * as +∞). When the median itself is beyond the grid its value is shown as the grid's largest
     * rate, with the interval reaching to +∞. With fewer than {@value #FEWEST_SEEDS} seeds the interval is the whole line.
     */
    static Estimate medianEstimate(double[] thresholds, double largestRate) {
        if (thresholds.length > 0 && thresholds.length < FEWEST_SEEDS) {
            double m = median(thresholds);
            return new Estimate(Double.isInfinite(m) ? largestRate : m, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, thresholds.length,
                    "fewer than " + FEWEST_SEEDS + " seeds: no interval (two seeds' range covers their median with probability 1/2)");
        }
        Estimate e = Bootstrap.seeded(RunTable.BOOTSTRAP_SEED).estimate(thresholds, CollapseThreshold::median);
        if (!Double.isInfinite(e.value())) return e;
        return new Estimate(largestRate, Math.min(e.lower(), largestRate), Double.POSITIVE_INFINITY, e.seeds(), e.method() + "; median beyond the grid");
    }
}
