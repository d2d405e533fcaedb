package io.twinnet.reports.render;

import io.twinnet.reports.model.Axis;
import io.twinnet.reports.model.BarChart;
import io.twinnet.reports.model.BarSeries;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.Marks;
import io.twinnet.reports.model.Point;
import io.twinnet.reports.model.XyChart;
import io.twinnet.reports.model.XySeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link Figure} with JFreeChart, headless, as an SVG document (JFreeSVG) or a PNG image.
 *
 * <p>The same figure always gives the same bytes: JFreeSVG's default prefix for clip-path ids
 * comes from {@link System#nanoTime()}, so it is replaced by a fixed one, and nothing else in
 * the drawing depends on time, randomness or hash order. All text (title, axis labels, series
 * names, categories) is written as SVG text, XML-escaped by JFreeSVG; log-axis labels are plain
 * text too ({@link PowerOfTenFormat}).
 *
 * <p>What is drawn: points that {@link SeriesCensus#drawable} accepts. A left-out point breaks
 * the line there rather than joining its neighbours, so a diverged stretch shows as a gap. A
 * series with nothing to draw keeps its legend entry, marked "(no data)"; a chart with no data at
 * all says so in the plot area. Data series take the Okabe–Ito colour-blind-safe palette in
 * order; reference series are grey dashed lines without markers.
 */
public final class ChartRenderer {

    static {
        System.setProperty("java.awt.headless", "true");
        // JFreeChart draws rotated text (the vertical axis label) through a TextLayout by default, a
        // workaround for a JDK 1.4 bug that makes JFreeSVG emit glyph outlines instead of text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /** Okabe & Ito (2008), "Color Universal Design", without the yellow that is unreadable on white. */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000),
    };
    private static final float[][] REFERENCE_DASHES = {{7f, 4f}, {2f, 3f}, {9f, 3f, 2f, 3f}};
    private static final Color REFERENCE_GREY = new Color(0x555555);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final String FONT = Font.SANS_SERIF;
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
        Plot plot;
        if (figure.chart() instanceof XyChart xy) {
            plot = xyPlot(xy);
        } else if (figure.chart() instanceof BarChart bar) {
            plot = barPlot(bar);
        } else {
            throw new IllegalArgumentException("unknown chart kind " + figure.chart().getClass().getName());
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        plot.setNoDataMessage(NO_DATA);
        plot.setNoDataMessageFont(new Font(FONT, Font.ITALIC, 14));
        plot.setNoDataMessagePaint(Color.DARK_GRAY);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setTitle(new TextTitle(figure.title(), new Font(FONT, Font.BOLD, 15)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        if (hasSeries(figure)) {
            LegendTitle legend = new LegendTitle(plot);
            legend.setItemFont(new Font(FONT, Font.PLAIN, 12));
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            chart.addLegend(legend);
        }
        return chart;
    }

    private static boolean hasSeries(Figure figure) {
        if (figure.chart() instanceof XyChart xy) {
            return !xy.series().isEmpty();
        }
        return !((BarChart) figure.chart()).series().isEmpty();
    }

    private static XYPlot xyPlot(XyChart xy) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        boolean lines = xy.marks() != Marks.POINTS;
        boolean markers = xy.marks() != Marks.LINES;
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(lines, markers);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDefaultShapesFilled(true);
        int colour = 0;
        int dash = 0;
        List<XySeries> series = xy.series();
        for (int i = 0; i < series.size(); i++) {
            XySeries s = series.get(i);
            SeriesCensus census = SeriesCensus.of(s, xy.xAxis(), xy.yAxis());
            String label = census.drawn() == 0 ? s.name() + " (no data)" : s.name();
            dataset.addSeries(drawable(s, label, xy.xAxis(), xy.yAxis()));
            if (s.reference()) {
                renderer.setSeriesPaint(i, REFERENCE_GREY);
                renderer.setSeriesStroke(i, dashed(REFERENCE_DASHES[dash++ % REFERENCE_DASHES.length]));
                renderer.setSeriesLinesVisible(i, true);
                renderer.setSeriesShapesVisible(i, false);
            } else {
                renderer.setSeriesPaint(i, PALETTE[colour++ % PALETTE.length]);
                renderer.setSeriesStroke(i, new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                renderer.setSeriesShape(i, marker(xy.marks()));
            }
        }
        ValueAxis xAxis = axis(xy.xAxis());
        ValueAxis yAxis = axis(xy.yAxis());
        if (xAxis instanceof DecadeAxis decades) {
            decades.spanDecades(dataset.getDomainLowerBound(false), dataset.getDomainUpperBound(false));
        }
        if (yAxis instanceof DecadeAxis decades) {
            decades.spanDecades(dataset.getRangeLowerBound(false), dataset.getRangeUpperBound(false));
        }
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        return plot;
    }

    /**
     * The drawable points of a series, with a (x, NaN) item where points were left out so that
     * the line breaks there; the x of a break is the last drawn x (its value does not show).
     */
    private static org.jfree.data.xy.XYSeries drawable(XySeries s, String label, Axis xAxis, Axis yAxis) {
        org.jfree.data.xy.XYSeries out = new org.jfree.data.xy.XYSeries(label, false, true);
        double lastX = Double.NaN;
        boolean broken = false;
        for (Point p : s.points()) {
            if (SeriesCensus.drawable(p, xAxis, yAxis)) {
                out.add(p.x(), p.y());
                lastX = p.x();
                broken = false;
            } else if (!Double.isNaN(lastX) && !broken) {
                out.add(lastX, Double.NaN);
                broken = true;
            }
        }
        return out;
    }


    /**
     * Tick units for a linear axis: 1, 2 and 5 times every power of ten from 10⁻¹⁵ to 10¹⁵, with
     * labels formatted in {@link Locale#ROOT} (JFreeChart's default follows the machine's locale,
     * which would make the same report differ between machines).
     */
    private static TickUnitSource linearUnits() {
        TickUnits units = new TickUnits();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        for (int power = -15; power <= 15; power++) {
            NumberFormat format;
            if (power < -5 || power > 6) {
                format = new DecimalFormat("0.#E0", symbols);
            } else if (power < 0) {
                format = new DecimalFormat("0." + "0".repeat(-power), symbols);
            } else {
                format = new DecimalFormat("0", symbols);
            }
            for (int factor : new int[] {1, 2, 5}) {
                units.add(new NumberTickUnit(factor * Math.pow(10, power), format, 0));
            }
        }
        return units;
    }


    private static ValueAxis axis(Axis axis) {
        Font labelFont = new Font(FONT, Font.PLAIN, 13);
        Font tickFont = new Font(FONT, Font.PLAIN, 11);
        if (axis.log()) {
            DecadeAxis log = new DecadeAxis(axis.label());
            log.setLabelFont(labelFont);
            log.setTickLabelFont(tickFont);
            return log;
        }
        NumberAxis linear = new NumberAxis(axis.label());
        linear.setAutoRangeIncludesZero(false);
        linear.setStandardTickUnits(linearUnits());
        linear.setLabelFont(labelFont);
        linear.setTickLabelFont(tickFont);
        return linear;
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
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        categories.setMaximumCategoryLabelLines(2);
        NumberAxis values = new NumberAxis(bar.yAxis().label());
        values.setStandardTickUnits(linearUnits());
        values.setLabelFont(new Font(FONT, Font.PLAIN, 13));
        values.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setRangeGridlinePaint(GRID);
        return plot;
    }

    private static Stroke dashed(float[] pattern) {
        return new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }

    private static Shape marker(Marks marks) {
        double size = marks == Marks.POINTS ? 6 : 5;
        return new Ellipse2D.Double(-size / 2, -size / 2, size, size);
    }
}
