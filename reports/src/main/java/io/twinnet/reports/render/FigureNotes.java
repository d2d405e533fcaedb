package io.twinnet.reports.render;

import io.twinnet.reports.model.Axis;
import io.twinnet.reports.model.BarChart;
import io.twinnet.reports.model.BarSeries;
import io.twinnet.reports.model.Chart;
import io.twinnet.reports.model.HeatCell;
import io.twinnet.reports.model.HeatLine;
import io.twinnet.reports.model.HeatMapChart;
import io.twinnet.reports.model.IntervalChart;
import io.twinnet.reports.model.IntervalPoint;
import io.twinnet.reports.model.IntervalSeries;
import io.twinnet.reports.model.XyChart;
import io.twinnet.reports.model.XySeries;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-words account of what a chart could not draw, shown under its caption and under the
 * plot itself, for example "Not drawn: loss (U[-1,1]): 3 of 200 points not finite (NaN or ±∞);
 * theory: 1 of 50 points ≤ 0 on a log axis; accuracy (DL4J): no points." Bands and error bars
 * are accounted for too ("band: 4 of 50 spreads not drawn (not finite, or ≤ 0 on a log axis)"),
 * and a heat map names its cells without a number.
 */
public final class FigureNotes {

    private FigureNotes() {
    }

    /** The census of every series of the chart, in legend order (none for a heat map). */
    public static List<SeriesCensus> census(Chart chart) {
        List<SeriesCensus> census = new ArrayList<>();
        if (chart instanceof XyChart xy) {
            for (XySeries s : xy.series()) {
                census.add(SeriesCensus.of(s, xy.xAxis(), xy.yAxis()));
            }
        } else if (chart instanceof IntervalChart intervals) {
            for (IntervalSeries s : intervals.series()) {
                census.add(SeriesCensus.of(s.estimates(), intervals.xAxis(), intervals.yAxis()));
            }
            for (XySeries r : intervals.references()) {
                census.add(SeriesCensus.of(r, intervals.xAxis(), intervals.yAxis()));
            }
        } else if (chart instanceof BarChart bar) {
            for (BarSeries s : bar.series()) {
                census.add(SeriesCensus.of(s));
            }
        }
        return census;
    }

    /** The sentence about left-out points, spreads, cells and empty series, or "" when everything was drawn. */
    public static String notDrawn(Chart chart) {
        if (chart instanceof HeatMapChart heat) {
            return heatMap(heat);
        }
        String unit = chart instanceof BarChart ? "values" : "points";
        List<String> parts = new ArrayList<>();
        List<SeriesCensus> census = census(chart);
        for (int i = 0; i < census.size(); i++) {
            SeriesCensus c = census.get(i);
            List<String> reasons = new ArrayList<>();
            if (c.total() == 0) {
                reasons.add("no " + unit);
            }
            if (c.nonFinite() > 0) {
                reasons.add(c.nonFinite() + " of " + c.total() + " " + unit + " not finite (NaN or ±∞)");
            }
            if (c.nonPositiveOnLog() > 0) {
                reasons.add(c.nonPositiveOnLog() + " of " + c.total() + " " + unit + " ≤ 0 on a log axis");
            }
            int spreads = spreadsLeftOut(chart, i);
            if (spreads > 0) {
                String what = chart instanceof IntervalChart ? "error bars" : "band spreads";
                reasons.add(spreads + " of " + c.drawn() + " " + what + " not drawn (not finite, or ≤ 0 on a log axis)");
            }
            if (!reasons.isEmpty()) {
                parts.add(c.name() + ": " + String.join(", ", reasons));
            }
        }
        return parts.isEmpty() ? "" : "Not drawn: " + String.join("; ", parts) + ".";
    }

    /** Of the drawn points of the {@code index}-th series, how many lost their band or error bar. */
    private static int spreadsLeftOut(Chart chart, int index) {
        int left = 0;
        if (chart instanceof XyChart xy && xy.series().get(index).band() != null) {
            XySeries s = xy.series().get(index);
            for (int i = 0; i < s.points().size(); i++) {
                if (SeriesCensus.drawable(s.points().get(i), xy.xAxis(), xy.yAxis())
                        && !SeriesCensus.spreadDrawable(s.band().lower().get(i), s.band().upper().get(i), xy.yAxis())) {
                    left++;
                }
            }
        } else if (chart instanceof IntervalChart intervals && index < intervals.series().size()) {
            Axis x = intervals.xAxis();
            Axis y = intervals.yAxis();
            for (IntervalPoint p : intervals.series().get(index).points()) {
                if (SeriesCensus.drawable(p.point(), x, y) && !SeriesCensus.spreadDrawable(p.lower(), p.upper(), y)) {
                    left++;
                }
            }
        }
        return left;
    }

    private static String heatMap(HeatMapChart heat) {
        List<String> parts = new ArrayList<>();
        long blank = heat.labelled() ? 0 : heat.cells().stream().mapToDouble(HeatCell::value).filter(v -> !Double.isFinite(v)).count();
        if (blank > 0) {
            parts.add(blank + " of " + heat.cells().size() + " cells not finite (NaN or ±∞), left grey");
        }
        double top = heat.yCategories().size() - 0.5;
        for (HeatLine line : heat.lines()) {
            List<String> outside = new ArrayList<>();
            for (HeatLine.Point p : line.points()) {
                if (p.row() < -0.5 || p.row() > top) {
                    outside.add(p.x() + " (" + String.format(java.util.Locale.ROOT, "%.3g", p.value()) + ")");
                }
            }
            if (!outside.isEmpty()) {
                parts.add(line.label() + " beyond the rows at " + String.join(", ", outside) + ", cut at the edge");
            }
        }
        return parts.isEmpty() ? "" : "Not drawn: " + String.join("; ", parts) + ".";
    }
}
