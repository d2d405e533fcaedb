package io.twinnet.experiments.catalog;

import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Decision;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Rules;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Statistic;
import io.twinnet.experiments.catalog.LearningTime.Kind;
import io.twinnet.experiments.catalog.LearningTime.Point;
import java.util.Comparator;
import java.util.List;

/**
 * The claims of {@link LearningTime}, each a statistic of the whole grid with a bootstrap interval over seeds
 * ({@link RunTable#bootstrap}, every point its own stratum), so they hold for any profile's points.
 */
final class LearningTimeClaims {
    /**
     * The O(η) bound on the relative error of the passage time, per unit of s·η. Euler's step on τ·du/dt = 2u(s − u)
     * multiplies u by (1 + η(s − u))² per step where the flow multiplies it by e^{2η(s − u)}, so the discrete run
     * arrives early by a relative ≈ s·η/4 at small η (iterating the scalar map gives 0.21–0.27·s·η for s = 0.5–4,
     * η ≤ 0.08). 0.35 leaves room for that and nothing of order one: a τ off by 2 (the L2 loss's factor forgotten) is
     * a relative error of 0.5 or more.
     */
    static final double SCALED_ERROR_BOUND = 0.35;
    /** Halving η halves an O(η) error: the ratio of consecutive errors is 2, within this. */
    static final double HALVING_TOLERANCE = 0.25;
    /** Rounding of a product of up to 50 orthogonal matrices in double, with room: each factor is orthogonal to ~1e-15. */
    static final double ROUNDING = 1e-12;
    /** The Gaussian spread must grow by at least a hundredfold (2 in log10) from the shallowest to the deepest net. */
    static final double SPREAD_GROWTH = 2;

    private LearningTimeClaims() {
    }

    /** The largest, over the points of {@code kind}, of the median over seeds of {@code key}. */
    static double worstMedian(RunTable<Point> runs, Kind kind, Scalar key) {
        return runs.where(p -> p.kind() == kind).points().stream().mapToDouble(p -> runs.at(p).median(key)).max().orElse(Double.NaN);
    }

    /** Of the ratios e(η)/e(η/2) of the median s = 1 error at consecutive rates, the one farthest from 2. */
    static double halvingRatio(RunTable<Point> runs) {
        List<Point> rates = runs.where(p -> p.kind() == Kind.TRAIN).points().stream()
                .sorted(Comparator.comparingDouble(Point::rate).reversed()).toList();
        double farthest = Double.NaN;
        for (int i = 0; i + 1 < rates.size(); i++) {
            double r = runs.at(rates.get(i)).median(ModeTimes.PINNED_ERROR) / runs.at(rates.get(i + 1)).median(ModeTimes.PINNED_ERROR);
            if (Double.isNaN(r)) return r;
            if (Double.isNaN(farthest) || Math.abs(r - 2) > Math.abs(farthest - 2)) farthest = r;
        }
        return farthest;
    }

    /** Median log10 spread of the Gaussian nets at the largest depth minus at the smallest. */
    static double spreadGrowth(RunTable<Point> runs) {
        List<Point> depths = runs.where(p -> p.kind() == Kind.GAUSSIAN).points().stream().sorted(Comparator.comparingInt(Point::depth)).toList();
        if (depths.size() < 2) return Double.NaN;
        return runs.at(depths.get(depths.size() - 1)).median(DeepLinearSpectrum.LOG10_SPREAD)
                - runs.at(depths.get(0)).median(DeepLinearSpectrum.LOG10_SPREAD);
    }

    private static final Statistic<Point> SCALED_ERROR = Statistic.of("over the rates η, the largest median over seeds of "
            + "max over modes of |t_measured − t_formula| / t_formula / (s·η), t in steps·η with τ = 1/η (bootstrap, each rate a stratum)",
            runs -> runs.where(p -> p.kind() == Kind.TRAIN).bootstrap(t -> worstMedian(t, Kind.TRAIN, ModeTimes.WORST_SCALED_ERROR)));
    private static final Statistic<Point> HALVING = Statistic.of("of the ratios e(η)/e(η/2) of the median relative error e of the "
            + "s = 1 mode at consecutive rates, the one farthest from 2 (bootstrap, each rate a stratum)",
            runs -> runs.where(p -> p.kind() == Kind.TRAIN).bootstrap(LearningTimeClaims::halvingRatio));
    private static final Statistic<Point> ORTHOGONAL_DEVIATION = Statistic.of("over the depths, the largest median over seeds of "
            + "max_i |σ_i − 1| of the orthogonal net's end-to-end map (bootstrap, each depth a stratum)",
            runs -> runs.where(p -> p.kind() == Kind.ORTHOGONAL).bootstrap(t -> worstMedian(t, Kind.ORTHOGONAL, DeepLinearSpectrum.WORST_DEVIATION)));
    private static final Statistic<Point> GAUSSIAN_GROWTH = Statistic.of("Gaussian N(0, 1/N) nets: median log10(σ₁/σ_(N/2)) at the "
            + "largest depth minus at the smallest (bootstrap, each depth a stratum)",
            runs -> runs.where(p -> p.kind() == Kind.GAUSSIAN).bootstrap(LearningTimeClaims::spreadGrowth));

    static List<Claim<Point>> all() {
        return List.of(
                Claim.paper("passage-time-matches-formula", "Full-batch gradient descent on a linear net with whitened inputs "
                                + "learns a mode of singular value s from u₀ = 1e-4 to u_f = (1 − 1e-4)·s in t = (τ/2s)·ln[u_f(s − u₀)/(u₀(s − u_f))] "
                                + "(9.21 τ at s = 1), τ = 1/η, to O(η): within " + SCALED_ERROR_BOUND + "·s·η relative error",
                        Rules.of(SCALED_ERROR, Decision.below(SCALED_ERROR_BOUND)))
                        .ifNotReproduced("the measured passage times depart from Saxe et al.'s formula by more than O(η)"),
                Claim.paper("passage-time-error-halves-with-eta", "The departure from the formula is O(η): halving the rate "
                                + "halves the relative error of the s = 1 mode's passage time",
                        Rules.of(HALVING, Decision.within(2, HALVING_TOLERANCE)))
                        .ifNotReproduced("halving η does not halve the passage time's error: it is not (only) the Euler step's O(η)"),
                Claim.paper("orthogonal-end-to-end-isometry", "With orthogonal layers (gain 1) every singular value of a deep "
                                + "linear net's end-to-end map W_L⋯W_1 is 1 to rounding (below " + ROUNDING + ") at every depth "
                                + "(DL4J multiplies the core's draw: it has no orthogonal scheme)",
                        Rules.of(ORTHOGONAL_DEVIATION, Decision.below(ROUNDING)))
                        .ifNotReproduced("the end-to-end map of orthogonal layers is not an isometry to rounding"),
                Claim.paper("gaussian-spread-grows-with-depth", "Gaussian layers of the same entry variance (1/N) spread the "
                                + "end-to-end singular values more with every layer: σ₁/σ_(N/2) grows at least a hundredfold "
                                + "from the shallowest to the deepest net",
                        Rules.of(GAUSSIAN_GROWTH, Decision.atLeast(SPREAD_GROWTH)))
                        .ifNotReproduced("the Gaussian nets' singular-value spread does not grow with depth as the Lyapunov exponents say"));
    }
}
