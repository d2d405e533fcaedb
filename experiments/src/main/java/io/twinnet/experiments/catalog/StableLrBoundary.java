package io.twinnet.experiments.catalog;

import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Summaries;
import io.twinnet.experiments.lab.stats.Bootstrap;
import io.twinnet.experiments.lab.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The largest stable learning rate read off a phase diagram (init scale × learning rate, each cell
 * labelled by {@link TrainingPhase}), seed by seed, and the slope of its logarithm against the
 * logarithm of the scale.
 *
 * <p>For one seed and one scale, the boundary η* is the largest grid learning rate such that neither it
 * nor any smaller one on the grid was {@link TrainingPhase#unstable() unstable} (diverged or
 * collapsed). When the smallest rate already was, or no rate was, the boundary lies outside the grid and is not measured (NaN),
 * rather than put at the grid's edge, which would flatten the slope. Per seed the slope is the
 * least-squares fit of log2 η* against log2(scale) over the scales, not measured when any scale's
 * boundary is not; the statistic is the median over the seeds with a measured slope, with the
 * lab's bootstrap interval over those seeds.
 */
final class StableLrBoundary {
    private StableLrBoundary() {
    }

    /** One cell of one seed: its learning rate and whether the run was unstable (diverged or collapsed). */
    record Cell(double lr, boolean unstable) {
    }

    /** η* from one seed's cells at one scale (any order); NaN when the boundary is outside the grid. */
    static double boundary(List<Cell> cells) {
        List<Cell> sorted = new ArrayList<>(cells);
        sorted.sort((a, b) -> Double.compare(a.lr(), b.lr()));
        double stable = Double.NaN;
        for (Cell c : sorted) {
            if (c.unstable()) return stable;
            stable = c.lr();
        }
        return Double.NaN;
    }

    /** The least-squares slope of log2 η* against log2 scale; NaN when a boundary is missing or fewer than two scales. */
    static double slope(Map<Double, Double> boundaryByScale) {
        if (boundaryByScale.size() < 2) return Double.NaN;
        SimpleRegression fit = new SimpleRegression();
        for (Map.Entry<Double, Double> e : boundaryByScale.entrySet()) {
            if (!(e.getValue() > 0)) return Double.NaN;
            fit.addData(log2(e.getKey()), log2(e.getValue()));
        }
        return fit.getSlope();
    }

    /** Per seed (in seed order), η* at each scale (NaN outside the grid) over the measured runs of {@code runs}. */
    static <P extends GridPoint> Map<Long, Map<Double, Double>> boundaries(RunTable<P> runs, ToDoubleFunction<P> scale, ToDoubleFunction<P> lr) {
        Map<Long, Map<Double, List<Cell>>> bySeed = new TreeMap<>();
        for (Run<P> r : runs.measured()) {
            bySeed.computeIfAbsent(r.seed(), s -> new TreeMap<>())
                    .computeIfAbsent(scale.applyAsDouble(r.point()), s -> new ArrayList<>())
                    .add(new Cell(lr.applyAsDouble(r.point()), TrainingPhase.of(r).unstable()));
        }
        Map<Long, Map<Double, Double>> out = new TreeMap<>();
        bySeed.forEach((seed, scales) -> {
            Map<Double, Double> boundaries = new TreeMap<>();
            scales.forEach((s, cells) -> boundaries.put(s, boundary(cells)));
            out.put(seed, boundaries);
        });
        return out;
    }

    /** Per seed (in seed order), the fitted slope over the measured runs of {@code runs}. */
    static <P extends GridPoint> double[] slopes(RunTable<P> runs, ToDoubleFunction<P> scale, ToDoubleFunction<P> lr) {
        return boundaries(runs, scale, lr).values().stream().mapToDouble(StableLrBoundary::slope).toArray();
    }

    /** The median over seeds of a per-seed number (a slope, a ratio), with the lab's bootstrap interval over the seeds where it is measured (finite). */
    static Estimate medianOverSeeds(double[] perSeed) {
        double[] finite = Summaries.finite(perSeed);
        if (finite.length == 0) return Estimate.none();
        return Bootstrap.seeded(RunTable.BOOTSTRAP_SEED).estimate(finite, Summaries::median);
    }

    static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
