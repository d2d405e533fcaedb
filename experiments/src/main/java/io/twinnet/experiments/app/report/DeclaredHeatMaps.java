package io.twinnet.experiments.app.report;

import io.twinnet.experiments.lab.FigureDeclaration;
import io.twinnet.experiments.lab.HeatMapLayout;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Summaries;
import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.reports.model.Axis;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.HeatLine;
import io.twinnet.reports.model.HeatMapChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A declared heat map ({@link FigureDeclaration#heatMap()}), drawn once per implementation that
 * measured it: a cell per configuration at its (column, row), coloured by the mean over the
 * configuration's measured seeds (finished or diverged; failed and not-run sides are left out) of the
 * declared scalar, its value written in the cell. A configuration with no measured seed, or none
 * that recorded the scalar, stays blank. Core and DL4J get one chart each, side by side in the
 * report, since a cell holds one colour; each chart's lines are read from that implementation's runs.
 */
final class DeclaredHeatMaps {

    private DeclaredHeatMaps() {
    }

    /** One figure per implementation with data, core first. */
    static List<Figure> of(ExperimentResult e, FigureDeclaration d) {
        HeatMapLayout layout = d.heatMap();
        List<Figure> out = new ArrayList<>();
        for (Implementation impl : Implementation.values()) {
            HeatMapChart.Builder chart = HeatMapChart.builder(Axis.linear(d.xLabel()), Axis.linear(d.yLabel()), layout.columns(),
                    layout.rows()).scaleLabel(layout.valueLabel());
            int drawn = 0;
            int fewest = Integer.MAX_VALUE;
            int most = 0;
            for (Map.Entry<String, HeatMapLayout.Cell> cell : layout.cells().entrySet()) {
                double[] values = values(e, cell.getKey(), impl, d.curve());
                if (values.length == 0) continue;
                double sum = 0;
                for (double v : values) sum += v;
                chart.value(cell.getValue().column(), cell.getValue().row(), sum / values.length);
                drawn++;
                fewest = Math.min(fewest, values.length);
                most = Math.max(most, values.length);
            }
            if (drawn == 0) continue;
            for (HeatMapLayout.Line line : layout.lines()) {
                HeatLine drawnLine = line(e, layout, line, impl);
                if (!drawnLine.points().isEmpty()) chart.line(drawnLine);
            }
            String seeds = fewest == most ? Integer.toString(fewest) : fewest + " to " + most;
            String caption = String.format(Locale.ROOT, "%s: %s, each cell the mean over its %s measured seed(s) of the recorded "
                    + "%s; a blank cell has no measured run.", ResultsReport.label(impl), layout.valueLabel(), seeds, d.curve());
            out.add(Figure.of(DeclaredFigures.figureId(e.id(), d) + "-" + impl.label(),
                    e.id() + ": " + d.title() + " (" + ResultsReport.label(impl) + ")", caption, chart.build()));
        }
        return out;
    }

    /**
     * A declared line on {@code impl}'s chart: per column, the median over the measured runs of the line's configurations in
     * that column of its scalar, at its {@link HeatMapLayout#rowPosition row position}; a column without a finite value has no point.
     */
    private static HeatLine line(ExperimentResult e, HeatMapLayout layout, HeatMapLayout.Line line, Implementation impl) {
        List<HeatLine.Point> points = new ArrayList<>();
        for (String column : layout.columns()) {
            List<Double> values = new ArrayList<>();
            line.columns().forEach((config, at) -> {
                if (at.equals(column)) for (double v : values(e, config, impl, line.curve())) values.add(v);
            });
            if (values.isEmpty()) continue;
            double median = Summaries.median(values.stream().mapToDouble(Double::doubleValue).toArray());
            double row = layout.rowPosition(median);
            if (Double.isFinite(row)) points.add(new HeatLine.Point(column, row, median));
        }
        return new HeatLine(line.label(), points);
    }

    /** The finite values of scalar {@code name} over the measured runs of configuration {@code config} on {@code impl}. */
    private static double[] values(ExperimentResult e, String config, Implementation impl, String name) {
        List<Double> out = new ArrayList<>();
        for (RunRecord r : e.runs()) {
            if (!r.config().config().equals(config)) continue;
            SideRecord side = r.sides().get(impl);
            if (side == null || !side.status().measured()) continue;
            double v = side.scalarOr(name, Double.NaN);
            if (Double.isFinite(v)) out.add(v);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
