package io.twinnet.reports.render;

import io.twinnet.reports.model.Axis;
import io.twinnet.reports.model.BarSeries;
import io.twinnet.reports.model.Point;
import io.twinnet.reports.model.XySeries;

/**
 * How many points of a series a chart can draw, and why the others are left out. A point is
 * drawable when both coordinates are finite and, on a logarithmic axis, positive.
 *
 * @param name             the series name
 * @param total            points in the series
 * @param nonFinite        points with a NaN or infinite coordinate
 * @param nonPositiveOnLog finite points with a coordinate ≤ 0 on a log axis
 */
public record SeriesCensus(String name, int total, int nonFinite, int nonPositiveOnLog) {

    public static SeriesCensus of(XySeries series, Axis xAxis, Axis yAxis) {
        int nonFinite = 0;
        int nonPositive = 0;
        for (Point p : series.points()) {
            if (!p.finite()) {
                nonFinite++;
            } else if (!drawable(p, xAxis, yAxis)) {
                nonPositive++;
            }
        }
        return new SeriesCensus(series.name(), series.points().size(), nonFinite, nonPositive);
    }

    public static SeriesCensus of(BarSeries series) {
        int nonFinite = (int) series.values().stream().filter(v -> !Double.isFinite(v)).count();
        return new SeriesCensus(series.name(), series.values().size(), nonFinite, 0);
    }

    /** Whether {@code p} can be placed on these axes. */
    public static boolean drawable(Point p, Axis xAxis, Axis yAxis) {
        return p.finite() && (!xAxis.log() || p.x() > 0) && (!yAxis.log() || p.y() > 0);
    }

    /**
     * Whether a spread around a drawable point (a band's edges, an error bar's ends) can be
     * drawn: both ends finite and, on a logarithmic value axis, the lower end positive.
     */
    public static boolean spreadDrawable(double lower, double upper, Axis yAxis) {
        return Double.isFinite(lower) && Double.isFinite(upper) && (!yAxis.log() || lower > 0);
    }

    public int drawn() {
        return total - nonFinite - nonPositiveOnLog;
    }

    public int skipped() {
        return nonFinite + nonPositiveOnLog;
    }
}
