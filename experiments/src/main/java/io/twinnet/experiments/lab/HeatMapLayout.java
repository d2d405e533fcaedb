package io.twinnet.experiments.lab;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the configurations of a heat-map {@link FigureDeclaration} sit: the column and row
 * categories (columns left to right, rows bottom to top, in the grid's order) and each drawn
 * configuration's cell. A cell's colour is the mean over that configuration's measured seeds of the
 * declaration's scalar, one chart per implementation. Lines over the cells ({@link HeatMapFigure#withLine})
 * keep the number each row stands for and, per line, the configurations it reads with their columns.
 *
 * @param columns    the x categories, unique
 * @param rows       the y categories, unique
 * @param valueLabel what the colour measures (the colour bar's title)
 * @param cells      configuration id → its cell; every cell names a column and a row of this layout
 * @param rowValues  the positive number each row stands for, in the rows' order, strictly monotone; empty without lines
 * @param lines      the lines over the cells (absent from the JSON when there are none)
 */
public record HeatMapLayout(List<String> columns, List<String> rows, String valueLabel, Map<String, Cell> cells,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Double> rowValues,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Line> lines) {

    /** The (column, row) of one configuration. */
    public record Cell(String column, String row) {
        public Cell {
            if (column == null || column.isBlank() || row == null || row.isBlank()) {
                throw new IllegalArgumentException("cell: column and row are required, got (" + column + ", " + row + ")");
            }
        }
    }

    /**
     * A line: the stored scalar {@code curve} of the configurations in {@code columns} (configuration id → its column).
     *
     * @param label   the legend entry
     * @param curve   the stored name of the scalar
     * @param columns configuration id → column, every column one of the layout's
     */
    public record Line(String label, String curve, Map<String, String> columns) {
        public Line {
            if (label == null || label.isBlank() || curve == null || curve.isBlank()) {
                throw new IllegalArgumentException("line: label and curve are required, got (" + label + ", " + curve + ")");
            }
            columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns == null ? Map.of() : columns));
        }
    }

    public HeatMapLayout {
        columns = List.copyOf(columns == null ? List.of() : columns);
        rows = List.copyOf(rows == null ? List.of() : rows);
        if (columns.stream().distinct().count() != columns.size()) throw new IllegalArgumentException("columns: repeat a category: " + columns);
        if (rows.stream().distinct().count() != rows.size()) throw new IllegalArgumentException("rows: repeat a category: " + rows);
        if (valueLabel == null || valueLabel.isBlank()) throw new IllegalArgumentException("valueLabel: is missing");
        Map<String, Cell> copy = new LinkedHashMap<>();
        if (cells != null) {
            for (Map.Entry<String, Cell> e : cells.entrySet()) {
                Cell c = e.getValue();
                if (c == null || !columns.contains(c.column()) || !rows.contains(c.row())) {
                    throw new IllegalArgumentException("cells: configuration '" + e.getKey() + "' sits at " + c
                            + ", outside the columns " + columns + " and rows " + rows);
                }
                copy.put(e.getKey(), c);
            }
        }
        cells = Collections.unmodifiableMap(copy);
        rowValues = List.copyOf(rowValues == null ? List.of() : rowValues);
        lines = List.copyOf(lines == null ? List.of() : lines);
        if (!lines.isEmpty()) checkRowValues(rows, rowValues);
        for (Line line : lines) {
            for (Map.Entry<String, String> e : line.columns().entrySet()) {
                if (!columns.contains(e.getValue())) {
                    throw new IllegalArgumentException("lines: configuration '" + e.getKey() + "' of line '" + line.label()
                            + "' sits in column '" + e.getValue() + "', not one of " + columns);
                }
            }
        }
    }

    /** The layout of a heat map without lines. */
    public HeatMapLayout(List<String> columns, List<String> rows, String valueLabel, Map<String, Cell> cells) {
        this(columns, rows, valueLabel, cells, List.of(), List.of());
    }

    private static void checkRowValues(List<String> rows, List<Double> values) {
        if (values.size() != rows.size()) {
            throw new IllegalArgumentException("rowValues: " + values.size() + " values for the " + rows.size() + " rows " + rows);
        }
        for (int i = 0; i < values.size(); i++) {
            if (!(values.get(i) > 0) || !Double.isFinite(values.get(i))) {
                throw new IllegalArgumentException("rowValues[" + i + "]: must be a positive finite number, got " + values.get(i));
            }
            if (i > 0 && (values.get(i).equals(values.get(i - 1))
                    || Math.signum(values.get(i) - values.get(i - 1)) != Math.signum(values.get(1) - values.get(0)))) {
                throw new IllegalArgumentException("rowValues: not strictly monotone at row '" + rows.get(i) + "': " + values);
            }
        }
    }

    /**
     * Where {@code value} falls on the rows, as a fractional row index (0 the first row's centre): linear in log(value) between
     * the two rows around it, extrapolated from the end rows beyond them; NaN for a non-positive value or fewer than two rows.
     */
    public double rowPosition(double value) {
        if (!(value > 0) || !Double.isFinite(value) || rowValues.size() < 2) return Double.NaN;
        double v = Math.log(value);
        int last = rowValues.size() - 1;
        int i = 0;
        while (i < last - 1 && (v - Math.log(rowValues.get(i + 1))) * (Math.log(rowValues.get(last)) - Math.log(rowValues.get(0))) > 0) i++;
        double a = Math.log(rowValues.get(i));
        double b = Math.log(rowValues.get(i + 1));
        return i + (v - a) / (b - a);
    }
}
