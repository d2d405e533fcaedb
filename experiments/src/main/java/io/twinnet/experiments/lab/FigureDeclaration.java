package io.twinnet.experiments.lab;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A declared {@link Figure} resolved against one profile's grid, in the plain form
 * {@code results.json} keeps: which stored curve is drawn, for which configurations, under which
 * legend label, on which axes. The report reads this instead of guessing a figure from series
 * names, and it needs neither the catalog nor the typed grid points to do so, so a results file
 * draws the figures its experiment declared when it was run.
 *
 * @param id        file-name-safe id, unique within the experiment
 * @param title     the figure's title
 * @param curve     the stored name of the curve drawn ({@link Curve#name()})
 * @param xLabel    the x axis label, with its unit
 * @param yLabel    the y axis label, with its unit
 * @param logX      logarithmic x axis
 * @param logY      logarithmic y axis
 * @param reference the stored name of the theory curve drawn beside it, or null for none
 * @param series    configuration id → legend label, in the grid's order; configurations with one
 *                  label form one colour group (median over their seeds)
 * @param heatMap   for a heat map ({@link HeatMapFigure}), where each configuration sits, with {@code curve}
 *                  the stored name of the scalar that colours the cells and no series; null for a curve
 *                  figure (and absent from its JSON)
 */
public record FigureDeclaration(String id, String title, String curve, String xLabel, String yLabel, boolean logX,
                                boolean logY, String reference, Map<String, String> series,
                                @JsonInclude(JsonInclude.Include.NON_NULL) HeatMapLayout heatMap) {

    public FigureDeclaration {
        if (id == null || !id.matches("[a-z0-9-]+")) throw new IllegalArgumentException("id: '" + id + "' is not kebab-case");
        if (title == null || title.isBlank()) throw new IllegalArgumentException("title: is missing for figure " + id);
        if (curve == null || curve.isBlank()) throw new IllegalArgumentException("curve: is missing for figure " + id);
        if (xLabel == null || xLabel.isBlank()) throw new IllegalArgumentException("xLabel: is missing for figure " + id);
        if (yLabel == null || yLabel.isBlank()) throw new IllegalArgumentException("yLabel: is missing for figure " + id);
        if (reference != null && reference.isBlank()) reference = null;
        Map<String, String> copy = new LinkedHashMap<>();
        if (series != null) {
            for (Map.Entry<String, String> e : series.entrySet()) {
                if (e.getKey() == null || e.getKey().isBlank()) throw new IllegalArgumentException("series: a configuration id is blank in figure " + id);
                if (e.getValue() == null || e.getValue().isBlank()) {
                    throw new IllegalArgumentException("series: configuration '" + e.getKey() + "' has no label in figure " + id);
                }
                copy.put(e.getKey(), e.getValue());
            }
        }
        series = Collections.unmodifiableMap(copy);
        if (heatMap != null && (logX || logY || reference != null || !series.isEmpty())) {
            throw new IllegalArgumentException("heatMap: figure " + id + " is a heat map and has no log axes, reference or series");
        }
    }

    /** A curve figure (no heat-map layout). */
    public FigureDeclaration(String id, String title, String curve, String xLabel, String yLabel, boolean logX,
                             boolean logY, String reference, Map<String, String> series) {
        this(id, title, curve, xLabel, yLabel, logX, logY, reference, series, null);
    }

    /** {@code figure} resolved against {@code grid}: the points it includes, in grid order, with their labels. */
    public static <P extends GridPoint> FigureDeclaration of(Figure<P> figure, List<P> grid) {
        if (figure == null) throw new IllegalArgumentException("figure: is missing");
        Map<String, String> series = new LinkedHashMap<>();
        for (P point : grid) {
            if (figure.include().test(point)) series.put(point.id(), figure.series().apply(point));
        }
        Curve c = figure.curve();
        return new FigureDeclaration(figure.id(), figure.title(), c.name(), c.x(), c.y(), figure.logX(), figure.logY(),
                figure.reference() == null ? null : figure.reference().name(), series, null);
    }

    /** Heat map {@code figure} resolved against {@code grid}: its columns and rows in first-seen grid order, a cell per point. */
    public static <P extends GridPoint> FigureDeclaration of(HeatMapFigure<P> figure, List<P> grid) {
        if (figure == null) throw new IllegalArgumentException("figure: is missing");
        List<String> columns = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        List<Double> rowValues = new ArrayList<>();
        Map<String, HeatMapLayout.Cell> cells = new LinkedHashMap<>();
        for (P point : grid) {
            if (!figure.include().test(point)) continue;
            HeatMapLayout.Cell c = new HeatMapLayout.Cell(figure.column().apply(point), figure.row().apply(point));
            if (!columns.contains(c.column())) columns.add(c.column());
            if (!rows.contains(c.row())) {
                rows.add(c.row());
                if (figure.rowValue() != null) rowValues.add(figure.rowValue().applyAsDouble(point));
            }
            cells.put(point.id(), c);
        }
        List<HeatMapLayout.Line> lines = new ArrayList<>();
        for (HeatMapFigure.Line<P> line : figure.lines()) {
            Map<String, String> from = new LinkedHashMap<>();
            for (P point : grid) if (line.from().test(point)) from.put(point.id(), figure.column().apply(point));
            lines.add(new HeatMapLayout.Line(line.label(), line.value().name(), from));
        }
        HeatMapLayout layout = new HeatMapLayout(columns, rows, figure.valueLabel(), cells, lines.isEmpty() ? List.of() : rowValues, lines);
        return new FigureDeclaration(figure.id(), figure.title(), figure.value().name(), figure.columnLabel(), figure.rowLabel(),
                false, false, null, Map.of(), layout);
    }

    /** The legend labels in first-seen order, each once. */
    public List<String> labels() {
        return series.values().stream().distinct().toList();
    }
}
