package io.twinnet.reports.render;

import io.twinnet.reports.model.BarChart;
import io.twinnet.reports.model.BarSeries;
import io.twinnet.reports.model.Chart;
import io.twinnet.reports.model.XyChart;
import io.twinnet.reports.model.XySeries;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-words account of what a chart could not draw, shown under its caption, for example
 * "Not drawn: loss (U[-1,1]): 3 of 200 points not finite (NaN or ±∞); theory: 1 of 50 points ≤ 0
 * on a log axis; accuracy (DL4J): no points."
 */
public final class FigureNotes {

    private FigureNotes() {
    }

    /** The census of every series of the chart, in legend order. */
    public static List<SeriesCensus> census(Chart chart) {
        List<SeriesCensus> census = new ArrayList<>();
        if (chart instanceof XyChart xy) {
            for (XySeries s : xy.series()) {
                census.add(SeriesCensus.of(s, xy.xAxis(), xy.yAxis()));
            }
        } else if (chart instanceof BarChart bar) {
            for (BarSeries s : bar.series()) {
                census.add(SeriesCensus.of(s));
            }
        }
        return census;
    }

    /** The sentence about left-out points and empty series, or "" when everything was drawn. */
    public static String notDrawn(Chart chart) {
        String unit = chart instanceof BarChart ? "values" : "points";
        List<String> parts = new ArrayList<>();
        for (SeriesCensus c : census(chart)) {
            if (c.total() == 0) {
                parts.add(c.name() + ": no " + unit);
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (c.nonFinite() > 0) {
                reasons.add(c.nonFinite() + " of " + c.total() + " " + unit + " not finite (NaN or ±∞)");
            }
            if (c.nonPositiveOnLog() > 0) {
                reasons.add(c.nonPositiveOnLog() + " of " + c.total() + " " + unit + " ≤ 0 on a log axis");
            }
            if (!reasons.isEmpty()) {
                parts.add(c.name() + ": " + String.join(", ", reasons));
            }
        }
        return parts.isEmpty() ? "" : "Not drawn: " + String.join("; ", parts) + ".";
    }
}
