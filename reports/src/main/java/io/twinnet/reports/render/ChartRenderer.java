package io.twinnet.reports.render;

import io.twinnet.reports.model.BarChart;
import io.twinnet.reports.model.BarSeries;
import io.twinnet.reports.model.Chart;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.HeatMapChart;
import io.twinnet.reports.model.IntervalChart;
import io.twinnet.reports.model.XyChart;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link Figure} with JFreeChart, headless, as an SVG document (JFreeSVG) or a PNG image.
 *
 * <p>The same figure always gives the same bytes: JFreeSVG's default prefix for clip-path ids
 * comes from {@link System#nanoTime()}, so it is replaced by a fixed one, and nothing else in
 * the drawing depends on time, randomness or hash order. All text (title, axis labels, series
 * names, categories, notes) is written as SVG text, XML-escaped by JFreeSVG; log-axis labels are
 * plain text too ({@link PowerOfTenFormat}).
 *
 * <p>What is drawn: points that {@link SeriesCensus#drawable} accepts (see {@link XyPlots} for
 * lines, bands and error bars, {@link HeatMapPlots} for heat maps). What could not be drawn is
 * said under the plot, in the words of {@link FigureNotes#notDrawn}, so a figure taken out of the
 * report still tells its reader. A series with nothing to draw keeps its legend entry, marked
 * "(no data)"; a chart with no data at all says so in the plot area. The look is
 * {@link ChartStyle}'s.
 */
public final class ChartRenderer {

    static {
        System.setProperty("java.awt.headless", "true");
        // JFreeChart draws rotated text (the vertical axis label) through a TextLayout by default, a
        // workaround for a JDK 1.4 bug that makes JFreeSVG emit glyph outlines instead of text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private static final String NO_DATA = "No data to draw";

    private ChartRenderer() {
    }

    /** The figure as a standalone SVG document of {@code width × height} pixels with a viewBox. */
    public static String svg(Figure figure, int width, int height) {
        JFreeChart chart = chart(figure);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("twinnet");
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        String element = g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n";
    }

    /** The figure as a PNG image of {@code width × height} pixels. */
    public static byte[] png(Figure figure, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart(figure), width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding of figure " + figure.id() + " failed", e);
        }
        return out.toByteArray();
    }

    /** The JFreeChart object for a figure, styled as the report shows it. */
    public static JFreeChart chart(Figure figure) {
        Chart model = figure.chart();
        Plot plot;
        if (model instanceof XyChart xy) {
            plot = XyPlots.xy(xy);
        } else if (model instanceof IntervalChart intervals) {
            plot = XyPlots.intervals(intervals);
        } else if (model instanceof HeatMapChart heat) {
            plot = HeatMapPlots.plot(heat);
        } else {
            plot = barPlot((BarChart) model);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        plot.setNoDataMessage(NO_DATA);
        plot.setNoDataMessageFont(new Font(ChartStyle.FONT, Font.ITALIC, 14));
        plot.setNoDataMessagePaint(Color.DARK_GRAY);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setTitle(new TextTitle(figure.title(), new Font(ChartStyle.FONT, Font.BOLD, 15)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        if (plot.getLegendItems().getItemCount() > 0) {
            LegendTitle legend = new LegendTitle(plot);
            legend.setItemFont(new Font(ChartStyle.FONT, Font.PLAIN, 12));
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            chart.addLegend(legend);
        }
        if (model instanceof HeatMapChart heat) {
            PaintScaleLegend scale = HeatMapPlots.scaleLegend(heat);
            if (scale != null) {
                chart.addSubtitle(scale);
            }
        }
        String notDrawn = FigureNotes.notDrawn(model);
        if (!notDrawn.isEmpty()) {
            TextTitle note = new TextTitle(notDrawn, new Font(ChartStyle.FONT, Font.ITALIC, 11));
            note.setPaint(ChartStyle.NOTE);
            note.setPosition(RectangleEdge.BOTTOM);
            note.setHorizontalAlignment(HorizontalAlignment.LEFT);
            note.setMargin(new RectangleInsets(4, 0, 0, 0));
            chart.addSubtitle(note);
        }
        return chart;
    }

    private static CategoryPlot barPlot(BarChart bar) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (BarSeries s : bar.series()) {
            boolean empty = SeriesCensus.of(s).drawn() == 0;
            String label = empty ? s.name() + " (no data)" : s.name();
            for (int c = 0; c < bar.categories().size(); c++) {
                double value = s.values().get(c);
                dataset.addValue(Double.isFinite(value) ? Double.valueOf(value) : null, label, bar.categories().get(c));
            }
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.06);
        for (int i = 0; i < bar.series().size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.colour(i));
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(ChartStyle.tickFont());
        categories.setMaximumCategoryLabelLines(2);
        NumberAxis values = new NumberAxis(bar.yAxis().label());
        values.setStandardTickUnits(ChartStyle.linearUnits());
        values.setLabelFont(ChartStyle.labelFont());
        values.setTickLabelFont(ChartStyle.tickFont());
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        return plot;
    }
}
