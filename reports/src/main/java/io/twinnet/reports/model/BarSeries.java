package io.twinnet.reports.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One series of a {@link BarChart}: a value per category, in the chart's category order. NaN
 * marks a missing value (no bar is drawn); ±∞ cannot be drawn either and is left out likewise.
 *
 * @param name   the legend label; unique within its chart
 * @param values one value per category
 */
public record BarSeries(String name, List<Double> values) {

    public BarSeries {
        name = Checks.requiredText(name, "series.name");
        values = Checks.list(values, "series[" + name + "].values");
    }

    public static BarSeries of(String name, double... values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return new BarSeries(name, list);
    }
}
