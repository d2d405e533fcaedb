package io.twinnet.experiments.lab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the configurations of a heat-map {@link FigureDeclaration} sit: the column and row
 * categories (columns left to right, rows bottom to top, in the grid's order) and each drawn
 * configuration's cell. A cell's colour is the mean over that configuration's measured seeds of the
 * declaration's scalar, one chart per implementation.
 *
 * @param columns    the x categories, unique
 * @param rows       the y categories, unique
 * @param valueLabel what the colour measures (the colour bar's title)
 * @param cells      configuration id → its cell; every cell names a column and a row of this layout
 */
public record HeatMapLayout(List<String> columns, List<String> rows, String valueLabel, Map<String, Cell> cells) {

    /** The (column, row) of one configuration. */
    public record Cell(String column, String row) {
        public Cell {
            if (column == null || column.isBlank() || row == null || row.isBlank()) {
                throw new IllegalArgumentException("cell: column and row are required, got (" + column + ", " + row + ")");
            }
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
    }
}
