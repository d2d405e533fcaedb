package io.twinnet.reports.render;

import io.twinnet.reports.model.HeatCell;
import io.twinnet.reports.model.HeatLine;
import io.twinnet.reports.model.HeatMapChart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The JFreeChart plot of a {@link HeatMapChart}: one filled square per cell on two category axes,
 * x categories left to right and y categories bottom to top. Label cells take the palette colours
 * in the order their labels first appear, with a legend entry per label; number cells take the
 * {@link ColourScale} over their finite range, with a colour bar ({@link #scaleLegend}) and the
 * value written in the cell (three significant digits) so it can be read exactly. The chart's
 * {@link HeatLine}s are drawn over the cells, at their fractional row positions, as black lines with a
 * white casing (readable on every colour of the scale), each with a legend entry.
 */
final class HeatMapPlots {

    /** Above this many cells the values are not written in them (they would not fit). */
    private static final int MAX_WRITTEN_VALUES = 300;

    private HeatMapPlots() {
    }

    static XYPlot plot(HeatMapChart chart) {
        List<String> labels = chart.labels();
        int n = chart.cells().size();
        double[][] xyz = new double[3][n];
        for (int i = 0; i < n; i++) {
            HeatCell c = chart.cells().get(i);
            xyz[0][i] = chart.xCategories().indexOf(c.x());
            xyz[1][i] = chart.yCategories().indexOf(c.y());
            xyz[2][i] = c.labelled() ? labels.indexOf(c.label()) : c.value();
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        if (n > 0) {
            dataset.addSeries("cells", xyz);
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        PaintScale scale = chart.labelled() ? labelScale(labels) : valueScale(chart);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, axis(chart.xAxis().label(), chart.xCategories()),
                axis(chart.yAxis().label(), chart.yCategories()), renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        LegendItemCollection legend = new LegendItemCollection();
        if (chart.labelled()) {
            for (int i = 0; i < labels.size(); i++) {
                legend.add(new LegendItem(labels.get(i), null, null, null, new Rectangle2D.Double(-5, -5, 10, 10),
                        ChartStyle.colour(i)));
            }
        } else if (n <= MAX_WRITTEN_VALUES) {
            for (int i = 0; i < n; i++) {
                double value = xyz[2][i];
                XYTextAnnotation text = new XYTextAnnotation(Double.isFinite(value)
                        ? String.format(Locale.ROOT, "%.3g", value) : "–", xyz[0][i], xyz[1][i]);
                text.setFont(new Font(ChartStyle.FONT, Font.PLAIN, 10));
                text.setPaint(ColourScale.dark(scale.getPaint(value)) ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(text);
            }
        }
        addLines(plot, chart, legend);
        plot.setFixedLegendItems(legend);
        return plot;
    }

    /** The lines as a second dataset on the same axes (a category's index is its coordinate), each with a legend entry. */
    private static void addLines(XYPlot plot, HeatMapChart chart, LegendItemCollection legend) {
        if (chart.lines().isEmpty()) {
            return;
        }
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Stroke[] strokes = {new BasicStroke(2.2f), new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0)};
        for (int i = 0; i < chart.lines().size(); i++) {
            HeatLine line = chart.lines().get(i);
            XYSeries series = new XYSeries(line.label(), false, true);
            for (HeatLine.Point p : line.points()) {
                series.add(chart.xCategories().indexOf(p.x()), p.row());
            }
            lines.addSeries(series);
            Stroke stroke = strokes[i % strokes.length];
            renderer.setSeriesPaint(i, Color.BLACK);
            renderer.setSeriesStroke(i, stroke);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
            legend.add(new LegendItem(line.label(), null, null, null, true, new Ellipse2D.Double(-4, -4, 8, 8), true, Color.BLACK,
                    false, Color.BLACK, new BasicStroke(1f), true, new Line2D.Double(-10, 0, 10, 0), stroke, Color.BLACK));
        }
        plot.setDataset(1, lines);
        plot.setRenderer(1, renderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }

    /** The colour bar of a number heat map, or null for label cells (their legend is the plot's). */
    static PaintScaleLegend scaleLegend(HeatMapChart chart) {
        if (chart.labelled() || chart.cells().isEmpty()) {
            return null;
        }
        NumberAxis values = new NumberAxis(chart.scaleLabel());
        values.setStandardTickUnits(ChartStyle.linearUnits());
        values.setTickLabelFont(ChartStyle.tickFont());
        values.setLabelFont(ChartStyle.tickFont());
        ColourScale scale = valueScale(chart);
        values.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, values);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setSubdivisionCount(64);
        legend.setStripWidth(12);
        legend.setAxisOffset(4);
        legend.setMargin(new RectangleInsets(4, 8, 4, 4));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    private static PaintScale labelScale(List<String> labels) {
        LookupPaintScale scale = new LookupPaintScale(-0.5, Math.max(labels.size(), 1) - 0.5, ColourScale.EMPTY);
        for (int i = 0; i < labels.size(); i++) {
            scale.add(i - 0.5, ChartStyle.colour(i));
        }
        return scale;
    }

    private static ColourScale valueScale(HeatMapChart chart) {
        double lower = Double.POSITIVE_INFINITY;
        double upper = Double.NEGATIVE_INFINITY;
        for (HeatCell c : chart.cells()) {
            if (Double.isFinite(c.value())) {
                lower = Math.min(lower, c.value());
                upper = Math.max(upper, c.value());
            }
        }
        if (lower > upper) {
            return new ColourScale(0, 1);
        }
        if (lower == upper) {
            // One value: widen the scale around it so it takes the middle colour and the bar has a length.
            double half = lower == 0 ? 0.5 : Math.abs(lower) * 0.1;
            return new ColourScale(lower - half, upper + half);
        }
        return new ColourScale(lower, upper);
    }

    private static SymbolAxis axis(String label, List<String> categories) {
        SymbolAxis axis = new SymbolAxis(label, categories.toArray(String[]::new));
        axis.setGridBandsVisible(false);
        axis.setAutoRange(false);
        axis.setRange(-0.5, Math.max(categories.size(), 1) - 0.5);
        axis.setLabelFont(ChartStyle.labelFont());
        axis.setTickLabelFont(ChartStyle.tickFont());
        axis.setAxisLineStroke(new BasicStroke(0.8f));
        return axis;
    }
}
