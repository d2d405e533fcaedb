package io.twinnet.experiments.lab;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A heat map an experiment declares over a two-parameter scan (e.g. init scale × learning rate):
 * each included grid point is one cell, placed by its column and row labels; the cell's colour is
 * the mean over the point's measured seeds of a recorded {@link Scalar} (a 0/1 outcome gives the
 * fraction of seeds with it), one chart per implementation. Resolved against a grid by
 * {@link FigureDeclaration#of(HeatMapFigure, java.util.List)}.
 *
 * @param id          file-name-safe id, unique within the experiment (among its curve figures too)
 * @param title       the figure's title
 * @param value       the scalar whose mean over seeds colours a cell
 * @param valueLabel  the colour bar's title, e.g. "fraction of seeds unstable"
 * @param columnLabel the x axis label
 * @param column      a point's column (x category)
 * @param rowLabel    the y axis label
 * @param row         a point's row (y category)
 * @param include     which points are drawn
 */
public record HeatMapFigure<P extends GridPoint>(String id, String title, Scalar value, String valueLabel, String columnLabel,
                                                 Function<? super P, String> column, String rowLabel,
                                                 Function<? super P, String> row, Predicate<? super P> include) {

    public HeatMapFigure {
        if (id == null || !id.matches("[a-z0-9-]+")) throw new IllegalArgumentException("id: '" + id + "' is not kebab-case");
        if (title == null || title.isBlank()) throw new IllegalArgumentException("title: is missing for " + id);
        if (value == null) throw new IllegalArgumentException("value: is missing for " + id);
        if (valueLabel == null || valueLabel.isBlank()) throw new IllegalArgumentException("valueLabel: is missing for " + id);
        if (column == null || row == null) throw new IllegalArgumentException("column and row: are required for " + id);
        if (columnLabel == null || columnLabel.isBlank() || rowLabel == null || rowLabel.isBlank()) {
            throw new IllegalArgumentException("columnLabel and rowLabel: are required for " + id);
        }
        if (include == null) include = p -> true;
    }

    /** A heat map of {@code value} with columns and rows given by the two functions, over every point. */
    public static <P extends GridPoint> HeatMapFigure<P> of(String id, String title, Scalar value, String valueLabel, String columnLabel,
                                                            Function<? super P, String> column, String rowLabel,
                                                            Function<? super P, String> row) {
        return new HeatMapFigure<>(id, title, value, valueLabel, columnLabel, column, rowLabel, row, p -> true);
    }

    public HeatMapFigure<P> only(Predicate<? super P> which) {
        return new HeatMapFigure<>(id, title, value, valueLabel, columnLabel, column, rowLabel, row, which);
    }
}
