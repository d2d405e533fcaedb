package io.twinnet.reports.model;

/**
 * One (x, y) point of a series. NaN and ±∞ are allowed in the model (a diverged loss is a
 * result); charts leave such points out and say how many they left out.
 */
public record Point(double x, double y) {

    public static Point of(double x, double y) {
        return new Point(x, y);
    }

    /** Both coordinates are finite numbers. */
    public boolean finite() {
        return Double.isFinite(x) && Double.isFinite(y);
    }
}
