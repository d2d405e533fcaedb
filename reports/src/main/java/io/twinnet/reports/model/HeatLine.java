package io.twinnet.reports.model;

import java.util.List;

/**
 * A line drawn over a {@link HeatMapChart}, such as a theory's predicted boundary across a phase diagram:
 * one point per x category it has a value for, placed at a fractional row position between the y
 * categories (0 is the centre of the bottom row, 1 the centre of the next; values between or beyond the
 * rows fall between or beyond them), joined left to right.
 *
 * @param label  the legend entry
 * @param points the points, each at an x category of the chart, at most one per category
 */
public record HeatLine(String label, List<Point> points) {

    /**
     * One point of the line.
     *
     * @param x     the x category
     * @param row   the fractional row position it is drawn at
     * @param value the value the position stands for, e.g. the predicted learning rate (kept for the CSV and the notes)
     */
    public record Point(String x, double row, double value) {
        public Point {
            x = Checks.requiredText(x, "line.point.x");
            if (!Double.isFinite(row)) throw new ReportModelException("line.point[" + x + "].row", "must be finite, got " + row);
        }
    }

    public HeatLine {
        label = Checks.requiredText(label, "line.label");
        points = Checks.list(points, "line[" + label + "].points");
        Checks.uniqueIds(points, Point::x, "line[" + label + "].points");
    }
}
