package io.twinnet.reports.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Point estimates with error bars, beside the curves a theory predicts: for example the measured
 * fraction of failed runs per learning rate, each with its interval, over the formula's curve.
 * The reader sees at once whether the theory passes through the intervals.
 *
 * @param xAxis      the horizontal axis, may be logarithmic
 * @param yAxis      the vertical axis, may be logarithmic
 * @param series     the estimate series in legend order
 * @param references the reference curves (each {@link XySeries#reference()}), in legend order after the series
 */
public record IntervalChart(Axis xAxis, Axis yAxis, List<IntervalSeries> series, List<XySeries> references)
        implements Chart {

    public IntervalChart {
        xAxis = xAxis == null ? Axis.linear("") : xAxis;
        yAxis = yAxis == null ? Axis.linear("") : yAxis;
        series = Checks.list(series, "chart.series");
        references = Checks.list(references, "chart.references");
        Set<String> names = new HashSet<>();
        for (IntervalSeries s : series) {
            if (!names.add(s.name())) {
                throw new ReportModelException("chart.series", "the name '" + s.name() + "' is used twice");
            }
        }
        for (XySeries r : references) {
            if (!r.reference()) {
                throw new ReportModelException("chart.references[" + r.name() + "]",
                        "is a data series; build it with XySeries.reference");
            }
            if (!names.add(r.name())) {
                throw new ReportModelException("chart.references", "the name '" + r.name() + "' is used twice");
            }
        }
    }

    public static IntervalChart of(Axis xAxis, Axis yAxis, List<IntervalSeries> series, List<XySeries> references) {
        return new IntervalChart(xAxis, yAxis, series, references);
    }

    public static Builder builder(Axis xAxis, Axis yAxis) {
        return new Builder(xAxis, yAxis);
    }

    /** Collects estimate series and reference curves in legend order. */
    public static final class Builder {
        private final Axis xAxis;
        private final Axis yAxis;
        private final List<IntervalSeries> series = new ArrayList<>();
        private final List<XySeries> references = new ArrayList<>();

        private Builder(Axis xAxis, Axis yAxis) {
            this.xAxis = xAxis;
            this.yAxis = yAxis;
        }

        public Builder series(IntervalSeries s) {
            series.add(s);
            return this;
        }

        public Builder reference(XySeries curve) {
            references.add(curve);
            return this;
        }

        public IntervalChart build() {
            return new IntervalChart(xAxis, yAxis, series, references);
        }
    }
}
