package io.twinnet.reports.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart of series of (x, y) points on numeric axes, either of which may be logarithmic.
 *
 * @param marks  how data series are drawn
 * @param xAxis  the horizontal axis
 * @param yAxis  the vertical axis
 * @param series the series in legend order; names unique; may be empty
 */
public record XyChart(Marks marks, Axis xAxis, Axis yAxis, List<XySeries> series) implements Chart {

    public XyChart {
        marks = marks == null ? Marks.LINES : marks;
        xAxis = xAxis == null ? Axis.linear("") : xAxis;
        yAxis = yAxis == null ? Axis.linear("") : yAxis;
        series = Checks.list(series, "chart.series");
        Checks.uniqueIds(series, XySeries::name, "chart.series");
    }

    /** A line chart under construction. */
    public static Builder lines(Axis xAxis, Axis yAxis) {
        return new Builder(Marks.LINES, xAxis, yAxis);
    }

    /** A scatter chart under construction. */
    public static Builder points(Axis xAxis, Axis yAxis) {
        return new Builder(Marks.POINTS, xAxis, yAxis);
    }

    /** A chart with lines and markers under construction. */
    public static Builder linesAndPoints(Axis xAxis, Axis yAxis) {
        return new Builder(Marks.LINES_AND_POINTS, xAxis, yAxis);
    }

    /** Collects series in legend order. */
    public static final class Builder {
        private final Marks marks;
        private final Axis xAxis;
        private final Axis yAxis;
        private final List<XySeries> series = new ArrayList<>();

        private Builder(Marks marks, Axis xAxis, Axis yAxis) {
            this.marks = marks;
            this.xAxis = xAxis;
            this.yAxis = yAxis;
        }

        public Builder series(XySeries s) {
            series.add(s);
            return this;
        }

        public XyChart build() {
            return new XyChart(marks, xAxis, yAxis, series);
        }
    }
}
