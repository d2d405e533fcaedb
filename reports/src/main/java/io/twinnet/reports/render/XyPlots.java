package io.twinnet.reports.render;

import io.twinnet.reports.model.Axis;
import io.twinnet.reports.model.Band;
import io.twinnet.reports.model.IntervalChart;
import io.twinnet.reports.model.IntervalPoint;
import io.twinnet.reports.model.IntervalSeries;
import io.twinnet.reports.model.Marks;
import io.twinnet.reports.model.Point;
import io.twinnet.reports.model.XyChart;
import io.twinnet.reports.model.XySeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The JFreeChart plots of the two kinds on numeric axes, {@link XyChart} and {@link IntervalChart}.
 *
 * <p>Layers, back to front: bands (translucent areas, one {@code path} per unbroken stretch, not
 * in the legend), then lines or error bars, with reference curves last so theory stays visible
 * over data. Colours come from the series' colour groups in order of first appearance; line
 * styles from the series. A point the axes cannot hold ({@link SeriesCensus#drawable}) breaks
 * the line there; a band breaks likewise where its spread cannot be drawn
 * ({@link SeriesCensus#spreadDrawable}), and an error bar that cannot be drawn is left off its
 * marker.
 */
final class XyPlots {

    private XyPlots() {
    }

    static XYPlot xy(XyChart xy) {
        XYSeriesCollection lines = new XYSeriesCollection();
        boolean drawLines = xy.marks() != Marks.POINTS;
        boolean markers = xy.marks() != Marks.LINES;
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(drawLines, markers);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDefaultShapesFilled(true);
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        DeviationRenderer bandRenderer = bandRenderer();
        Map<String, Color> colours = ChartStyle.colours(xy.series().stream().filter(s -> !s.reference())
                .map(XySeries::colourKey).toList());
        int references = 0;
        List<XySeries> series = xy.series();
        for (int i = 0; i < series.size(); i++) {
            XySeries s = series.get(i);
            lines.addSeries(drawable(s, legendLabel(s.name(), s, xy.xAxis(), xy.yAxis()), xy.xAxis(), xy.yAxis()));
            if (s.reference()) {
                renderer.setSeriesPaint(i, ChartStyle.REFERENCE_GREY);
                renderer.setSeriesStroke(i, ChartStyle.reference(references++));
                renderer.setSeriesLinesVisible(i, true);
                renderer.setSeriesShapesVisible(i, false);
                continue;
            }
            Color colour = colours.get(s.colourKey());
            renderer.setSeriesPaint(i, colour);
            renderer.setSeriesStroke(i, ChartStyle.line(s.style()));
            renderer.setSeriesShape(i, ChartStyle.marker(xy.marks() == Marks.POINTS ? 6 : 5));
            if (s.band() != null) {
                addBand(bands, bandRenderer, s, colour, xy.xAxis(), xy.yAxis());
            }
        }
        XYPlot plot = plot(lines, renderer, xy.xAxis(), xy.yAxis());
        if (bands.getSeriesCount() > 0) {
            plot.setDataset(1, bands);
            plot.setRenderer(1, bandRenderer);
            spanDecades(plot, lines, bands);
        }
        return plot;
    }

    static XYPlot intervals(IntervalChart chart) {
        YIntervalSeriesCollection estimates = new YIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setCapLength(6);
        renderer.setErrorStroke(new BasicStroke(1.4f));
        renderer.setDefaultShapesFilled(true);
        Map<String, Color> colours = ChartStyle.colours(chart.series().stream().map(IntervalSeries::colourKey).toList());
        for (int i = 0; i < chart.series().size(); i++) {
            IntervalSeries s = chart.series().get(i);
            YIntervalSeries out = new YIntervalSeries(legendLabel(s.name(), s.estimates(), chart.xAxis(), chart.yAxis()),
                    false, true);
            for (IntervalPoint p : s.points()) {
                if (!SeriesCensus.drawable(p.point(), chart.xAxis(), chart.yAxis())) {
                    continue;
                }
                boolean bar = SeriesCensus.spreadDrawable(p.lower(), p.upper(), chart.yAxis());
                out.add(p.x(), p.estimate(), bar ? p.lower() : p.estimate(), bar ? p.upper() : p.estimate());
            }
            estimates.addSeries(out);
            renderer.setSeriesPaint(i, colours.get(s.colourKey()));
            renderer.setSeriesShape(i, ChartStyle.marker(7));
        }
        XYSeriesCollection references = new XYSeriesCollection();
        XYLineAndShapeRenderer referenceRenderer = new XYLineAndShapeRenderer(true, false);
        referenceRenderer.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < chart.references().size(); i++) {
            XySeries r = chart.references().get(i);
            references.addSeries(drawable(r, legendLabel(r.name(), r, chart.xAxis(), chart.yAxis()), chart.xAxis(), chart.yAxis()));
            referenceRenderer.setSeriesPaint(i, ChartStyle.REFERENCE_GREY);
            referenceRenderer.setSeriesStroke(i, ChartStyle.reference(i));
        }
        // Dataset 0 is drawn last (on top): the references go there so theory is never hidden.
        XYPlot plot = plot(references, referenceRenderer, chart.xAxis(), chart.yAxis());
        plot.setDataset(1, estimates);
        plot.setRenderer(1, renderer);
        spanDecades(plot, references, estimates);
        return plot;
    }

    private static XYPlot plot(XYDataset dataset, XYLineAndShapeRenderer renderer, Axis x, Axis y) {
        ValueAxis xAxis = ChartStyle.axis(x);
        ValueAxis yAxis = ChartStyle.axis(y);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        spanDecades(plot, dataset);
        return plot;
    }

    /** Log axes span whole decades around everything drawn on them, lines and spreads alike. */
    private static void spanDecades(XYPlot plot, XYDataset... datasets) {
        double xMin = Double.NaN;
        double xMax = Double.NaN;
        double yMin = Double.NaN;
        double yMax = Double.NaN;
        for (XYDataset d : datasets) {
            if (d.getSeriesCount() == 0) {
                continue;
            }
            var xs = DatasetUtils.findDomainBounds(d, true);
            var ys = DatasetUtils.findRangeBounds(d, true);
            if (xs != null) {
                xMin = min(xMin, xs.getLowerBound());
                xMax = max(xMax, xs.getUpperBound());
            }
            if (ys != null) {
                yMin = min(yMin, ys.getLowerBound());
                yMax = max(yMax, ys.getUpperBound());
            }
        }
        if (plot.getDomainAxis() instanceof DecadeAxis decades) {
            decades.spanDecades(xMin, xMax);
        }
        if (plot.getRangeAxis() instanceof DecadeAxis decades) {
            decades.spanDecades(yMin, yMax);
        }
    }

    private static double min(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private static double max(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    private static DeviationRenderer bandRenderer() {
        DeviationRenderer renderer = new DeviationRenderer(false, false);
        renderer.setAlpha(ChartStyle.BAND_ALPHA);
        renderer.setDefaultSeriesVisibleInLegend(false);
        return renderer;
    }

    /**
     * One band series per unbroken stretch of drawable spreads, so a gap in the data is a gap in
     * the area. A stretch of a single point has no width, hence no area, and is not added.
     */
    private static void addBand(YIntervalSeriesCollection bands, DeviationRenderer renderer, XySeries s, Color colour,
                                Axis xAxis, Axis yAxis) {
        Band band = s.band();
        List<YIntervalSeries> runs = new ArrayList<>();
        YIntervalSeries run = null;
        for (int i = 0; i < s.points().size(); i++) {
            Point p = s.points().get(i);
            double lo = band.lower().get(i);
            double hi = band.upper().get(i);
            if (SeriesCensus.drawable(p, xAxis, yAxis) && SeriesCensus.spreadDrawable(lo, hi, yAxis)) {
                if (run == null) {
                    run = new YIntervalSeries(s.name() + " band " + (bands.getSeriesCount() + runs.size()), false, true);
                    runs.add(run);
                }
                run.add(p.x(), p.y(), lo, hi);
            } else {
                run = null;
            }
        }
        for (YIntervalSeries r : runs) {
            if (r.getItemCount() > 1) {
                renderer.setSeriesFillPaint(bands.getSeriesCount(), colour);
                renderer.setSeriesPaint(bands.getSeriesCount(), colour);
                bands.addSeries(r);
            }
        }
    }

    /** The name, marked "(no data)" when nothing of the series can be drawn on these axes. */
    private static String legendLabel(String name, XySeries points, Axis xAxis, Axis yAxis) {
        return SeriesCensus.of(points, xAxis, yAxis).drawn() == 0 ? name + " (no data)" : name;
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
}
