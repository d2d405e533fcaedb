package io.twinnet.experiments.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * A heat map an experiment declares over a two-parameter scan (e.g. init scale × learning rate):
 * each included grid point is one cell, placed by its column and row labels; the cell's colour is
 * the mean over the point's measured seeds of a recorded {@link Scalar} (a 0/1 outcome gives the
 * fraction of seeds with it), one chart per implementation. Resolved against a grid by
 * {@link FigureDeclaration#of(HeatMapFigure, java.util.List)}.
 *
 * <p>Lines may be drawn over the cells ({@link #withLine}), e.g. a theory's predicted boundary: per
 * column, the median over the measured seeds of the points a line reads of its scalar, placed on the
 * rows by the number each row stands for ({@code rowValue}, e.g. a cell's learning rate), interpolated
 * linearly in the logarithm between rows (the rows of such a scan are a log grid).
 *
 * @param id          file-name-safe id, unique within the experiment (among its curve figures too)
 * @param title       the figure's title
 * @param value       the scalar whose mean over seeds colours a cell
 * @param valueLabel  the colour bar's title, e.g. "fraction of seeds unstable"
 * @param columnLabel the x axis label
 * @param column      a point's column (x category); a line's points are placed by it too
 * @param rowLabel    the y axis label
 * @param row         a point's row (y category)
 * @param include     which points are drawn as cells
 * @param rowValue    the positive number a cell point's row stands for; null when the figure has no lines
 * @param lines       the lines over the cells
 */
public record HeatMapFigure<P extends GridPoint>(String id, String title, Scalar value, String valueLabel, String columnLabel,
                                                 Function<? super P, String> column, String rowLabel,
                                                 Function<? super P, String> row, Predicate<? super P> include,
                                                 ToDoubleFunction<? super P> rowValue, List<Line<P>> lines) {

    /**
     * A line over the heat map: the scalar {@code value} recorded by the points {@code from} accepts.
     *
     * @param label the legend entry
     * @param value the scalar read, in the unit of the rows' values
     * @param from  the points that record it (usually not cells themselves)
     */
    public record Line<P>(String label, Scalar value, Predicate<? super P> from) {
        public Line {
            if (label == null || label.isBlank()) throw new IllegalArgumentException("line: the label is missing");
            if (value == null || from == null) throw new IllegalArgumentException("line " + label + ": value and points are required");
        }
    }

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
        lines = List.copyOf(lines == null ? List.of() : lines);
        if (!lines.isEmpty() && rowValue == null) throw new IllegalArgumentException("rowValue: a figure with lines needs it, " + id);
    }

    /** A heat map of {@code value} with columns and rows given by the two functions, over every point. */
    public static <P extends GridPoint> HeatMapFigure<P> of(String id, String title, Scalar value, String valueLabel, String columnLabel,
                                                            Function<? super P, String> column, String rowLabel,
                                                            Function<? super P, String> row) {
        return new HeatMapFigure<>(id, title, value, valueLabel, columnLabel, column, rowLabel, row, p -> true, null, List.of());
    }

    public HeatMapFigure<P> only(Predicate<? super P> which) {
        return new HeatMapFigure<>(id, title, value, valueLabel, columnLabel, column, rowLabel, row, which, rowValue, lines);
    }

    /** This heat map with one more line: {@code value} from the points {@code from} accepts, rows standing for {@code rowValues}. */
    public HeatMapFigure<P> withLine(String label, Scalar value, Predicate<? super P> from, ToDoubleFunction<? super P> rowValues) {
        List<Line<P>> more = new ArrayList<>(lines);
        more.add(new Line<>(label, value, from));
        return new HeatMapFigure<>(id, title, this.value, valueLabel, columnLabel, column, rowLabel, row, include, rowValues, more);
    }
}
