package io.twinnet.reports.model;

/**
 * One cell of a {@link HeatMapChart}: the result at one (x, y) pair of a two-parameter scan,
 * either a number (shown on a colour scale) or a category label such as "converged", "flat" or
 * "diverged" (shown in the label's colour). A number cell has an empty label; a label cell has a
 * NaN value.
 *
 * @param x     the x category it belongs to
 * @param y     the y category it belongs to
 * @param value the number, or NaN for a label cell (and for a number cell without a result)
 * @param label the category label, empty for a number cell
 */
public record HeatCell(String x, String y, double value, String label) {

    public HeatCell {
        x = Checks.requiredText(x, "cell.x");
        y = Checks.requiredText(y, "cell.y");
        label = Checks.text(label, "cell[" + x + ", " + y + "].label");
        if (!label.isEmpty() && !Double.isNaN(value)) {
            throw new ReportModelException("cell[" + x + ", " + y + "]", "holds both the label '" + label
                    + "' and the value " + value + "; a cell is one or the other");
        }
    }

    /** A cell holding a number. */
    public static HeatCell value(String x, String y, double value) {
        return new HeatCell(x, y, value, "");
    }

    /** A cell holding a category label. */
    public static HeatCell label(String x, String y, String label) {
        return new HeatCell(x, y, Double.NaN, Checks.requiredText(label, "cell[" + x + ", " + y + "].label"));
    }

    /** Whether this cell holds a category label rather than a number. */
    public boolean labelled() {
        return !label.isEmpty();
    }
}
