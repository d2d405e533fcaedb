package io.twinnet.reports.model;

/**
 * One table cell: a text or a number. Numbers keep their full value (CSV and JSON write it
 * exactly); the column's {@link NumberFormatSpec} only decides how HTML and Markdown show it.
 */
public sealed interface Cell permits TextCell, NumberCell {

    static Cell text(String text) {
        return new TextCell(text);
    }

    static Cell number(double value) {
        return new NumberCell(value);
    }

    /**
     * A cell from a plain Java value: a {@link Number} becomes a number cell (through its double
     * value), a {@link Cell} stays itself, null becomes an empty text and anything else its
     * {@link String#valueOf text}.
     */
    static Cell of(Object value) {
        if (value instanceof Cell cell) {
            return cell;
        }
        if (value instanceof Number number) {
            return new NumberCell(number.doubleValue());
        }
        return new TextCell(value == null ? "" : String.valueOf(value));
    }
}
