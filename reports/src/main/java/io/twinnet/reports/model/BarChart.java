package io.twinnet.reports.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Grouped bars: one group per category, one bar per series in each group (for example, final
 * accuracy per initialisation scheme, one bar for each implementation). The value axis is
 * linear: bars on a log scale have no honest base.
 *
 * @param categories the group labels, unique, in display order
 * @param yAxis      the value axis (must not be logarithmic)
 * @param series     the series in legend order, each with one value per category
 */
public record BarChart(List<String> categories, Axis yAxis, List<BarSeries> series) implements Chart {

    public BarChart {
        categories = Checks.list(categories, "chart.categories");
        for (int i = 0; i < categories.size(); i++) {
            Checks.requiredText(categories.get(i), "chart.categories[" + i + "]");
        }
        Checks.uniqueIds(categories, c -> c, "chart.categories");
        yAxis = yAxis == null ? Axis.linear("") : yAxis;
        if (yAxis.log()) {
            throw new ReportModelException("chart.yAxis", "a bar chart needs a linear value axis;"
                    + " use an XyChart with Marks.POINTS for values on a log scale");
        }
        series = Checks.list(series, "chart.series");
        Checks.uniqueIds(series, BarSeries::name, "chart.series");
        for (BarSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new ReportModelException("chart.series[" + s.name() + "]", "has " + s.values().size()
                        + " values but the chart has " + categories.size() + " categories");
            }
        }
    }

    public static Builder builder(Axis yAxis, String... categories) {
        return new Builder(yAxis, Arrays.asList(categories));
    }

    public static Builder builder(Axis yAxis, List<String> categories) {
        return new Builder(yAxis, categories);
    }

    /** Collects series in legend order. */
    public static final class Builder {
        private final Axis yAxis;
        private final List<String> categories;
        private final List<BarSeries> series = new ArrayList<>();

        private Builder(Axis yAxis, List<String> categories) {
            this.yAxis = yAxis;
            this.categories = new ArrayList<>(categories);
        }

        public Builder series(String name, double... values) {
            series.add(BarSeries.of(name, values));
            return this;
        }

        public Builder series(BarSeries s) {
            series.add(s);
            return this;
        }

        public BarChart build() {
            return new BarChart(categories, yAxis, series);
        }
    }
}
