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
}
