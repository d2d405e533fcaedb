package io.twinnet.reports.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A two-parameter scan as a grid: x categories across, y categories up, one coloured cell per
 * (x, y) pair that has a result. Either every cell holds a number (a colour scale with its legend
 * bar) or every cell holds a category label (one colour per label, with a legend entry each).
 * Pairs without a cell are left blank: a scan point that was not run.
 *
 * @param xAxis       the horizontal axis (its label; must be linear, the categories are in order)
 * @param yAxis       the vertical axis (likewise)
 * @param xCategories the x values as labels, unique, left to right
 * @param yCategories the y values as labels, unique, bottom to top
 * @param cells       at most one cell per (x, y) pair, each naming categories of this chart
 * @param scaleLabel  what the number cells measure (the colour bar's title), empty for label cells
 * @param lines       lines drawn over the cells (e.g. a predicted boundary), each point at an x category of this chart
 */
public record HeatMapChart(Axis xAxis, Axis yAxis, List<String> xCategories, List<String> yCategories,
                           List<HeatCell> cells, String scaleLabel, List<HeatLine> lines) implements Chart {

    public HeatMapChart {
        xAxis = linear(xAxis, "chart.xAxis");
        yAxis = linear(yAxis, "chart.yAxis");
        xCategories = categories(xCategories, "chart.xCategories");
        yCategories = categories(yCategories, "chart.yCategories");
        cells = Checks.list(cells, "chart.cells");
        scaleLabel = Checks.text(scaleLabel, "chart.scaleLabel");
        Set<String> seen = new HashSet<>();
        Boolean labelled = null;
        for (HeatCell c : cells) {
            String field = "chart.cells[" + c.x() + ", " + c.y() + "]";
            if (!xCategories.contains(c.x())) {
                throw new ReportModelException(field, "names the x category '" + c.x() + "', which the chart does not have");
            }
            if (!yCategories.contains(c.y())) {
                throw new ReportModelException(field, "names the y category '" + c.y() + "', which the chart does not have");
            }
            if (!seen.add(c.x() + "\u0000" + c.y())) {
                throw new ReportModelException(field, "is given twice");
            }
            if (labelled != null && labelled != c.labelled()) {
                throw new ReportModelException(field, "mixes number and label cells; a heat map holds one kind");
            }
            labelled = c.labelled();
        }
        lines = Checks.list(lines, "chart.lines");
        Checks.uniqueIds(lines, HeatLine::label, "chart.lines");
        for (HeatLine line : lines) {
            for (HeatLine.Point p : line.points()) {
                if (!xCategories.contains(p.x())) {
                    throw new ReportModelException("chart.lines[" + line.label() + "]", "names the x category '" + p.x()
                            + "', which the chart does not have");
                }
            }
        }
    }

    public static HeatMapChart of(Axis xAxis, Axis yAxis, List<String> xCategories, List<String> yCategories,
                                  List<HeatCell> cells, String scaleLabel) {
        return new HeatMapChart(xAxis, yAxis, xCategories, yCategories, cells, scaleLabel, List.of());
    }

    /** A heat map under construction over these categories. */
    public static Builder builder(Axis xAxis, Axis yAxis, List<String> xCategories, List<String> yCategories) {
        return new Builder(xAxis, yAxis, xCategories, yCategories);
    }

    /** Whether the cells hold category labels (false for numbers, and for a chart without cells). */
    public boolean labelled() {
        return !cells.isEmpty() && cells.get(0).labelled();
    }

    /** The distinct labels in order of first appearance: the legend's entries and their colour order. */
    public List<String> labels() {
        Set<String> labels = new LinkedHashSet<>();
        cells.stream().filter(HeatCell::labelled).forEach(c -> labels.add(c.label()));
        return List.copyOf(labels);
    }

    private static Axis linear(Axis axis, String field) {
        Axis a = axis == null ? Axis.linear("") : axis;
        if (a.log()) {
            throw new ReportModelException(field, "a heat map's axes hold categories and cannot be logarithmic;"
                    + " give the values as labels such as \"1e-3\"");
        }
        return a;
    }

    private static List<String> categories(List<String> values, String field) {
        List<String> list = Checks.list(values, field);
        for (int i = 0; i < list.size(); i++) {
            Checks.requiredText(list.get(i), field + "[" + i + "]");
        }
        Checks.uniqueIds(list, c -> c, field);
        return list;
    }

    /** Collects cells. */
    public static final class Builder {
        private final Axis xAxis;
        private final Axis yAxis;
        private final List<String> xCategories;
        private final List<String> yCategories;
        private final List<HeatCell> cells = new ArrayList<>();
        private final List<HeatLine> lines = new ArrayList<>();
        private String scaleLabel = "";

        private Builder(Axis xAxis, Axis yAxis, List<String> xCategories, List<String> yCategories) {
            this.xAxis = xAxis;
            this.yAxis = yAxis;
            this.xCategories = new ArrayList<>(xCategories);
            this.yCategories = new ArrayList<>(yCategories);
        }

        public Builder value(String x, String y, double value) {
            cells.add(HeatCell.value(x, y, value));
            return this;
        }

        public Builder label(String x, String y, String label) {
            cells.add(HeatCell.label(x, y, label));
            return this;
        }

        public Builder scaleLabel(String label) {
            this.scaleLabel = label;
            return this;
        }

        public Builder line(HeatLine line) {
            lines.add(line);
            return this;
        }

        public HeatMapChart build() {
            return new HeatMapChart(xAxis, yAxis, xCategories, yCategories, cells, scaleLabel, lines);
        }
    }
}
