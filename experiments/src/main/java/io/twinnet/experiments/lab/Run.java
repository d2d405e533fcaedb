package io.twinnet.experiments.lab;

/**
 * One implementation's part of one run, with the typed grid point it ran: what claims read.
 *
 * @param point the grid point
 * @param seed  the run's seed
 * @param side  what this implementation measured
 */
public record Run<P extends GridPoint>(P point, long seed, SideRecord side) {
    public Run {
        if (point == null) throw new IllegalArgumentException("point: is missing");
        if (side == null) throw new IllegalArgumentException("side: is missing");
    }

    /** A measurement of this run (NaN when absent). */
    public double get(Scalar key) {
        return side.get(key);
    }

    /** A curve of this run, or null. */
    public Series get(Curve key) {
        return side.get(key);
    }

    /**
     * The final test accuracy ({@link Metrics#FINAL_EVAL_ACCURACY}); a run without one (diverged)
     * counts as chance, {@code 1/classes}, so it weighs as "learned nothing" rather than vanishing
     * from the statistic.
     */
    public double finalAccuracyOrChance(int classes) {
        double a = get(Metrics.FINAL_EVAL_ACCURACY);
        return Double.isFinite(a) ? a : 1.0 / classes;
    }

    /**
     * (first − last) / first of the test-loss curve ({@link Metrics#EVAL_LOSS}): the relative
     * decrease over the run; 0 when the curve has fewer than two points or ends non-finite.
     */
    public double lossDecrease() {
        Series loss = get(Metrics.EVAL_LOSS);
        if (loss == null || loss.size() < 2 || !Double.isFinite(loss.last())) return 0;
        return (loss.first() - loss.last()) / loss.first();
    }
}
