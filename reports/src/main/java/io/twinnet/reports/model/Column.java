package io.twinnet.reports.model;

/**
 * A table column: its header and how it shows numbers.
 *
 * @param header the column's heading (also the CSV header)
 * @param format how number cells in this column are shown in HTML and Markdown
 */
public record Column(String header, NumberFormatSpec format) {

    public Column {
        header = Checks.requiredText(header, "column.header");
        format = format == null ? NumberFormatSpec.AUTO : format;
    }

    /** A column that shows numbers with {@link NumberFormatSpec#AUTO}. */
    public static Column of(String header) {
        return new Column(header, NumberFormatSpec.AUTO);
    }

    /** A column that shows numbers with a pattern such as {@code "%.4f"}. */
    public static Column of(String header, String pattern) {
        return new Column(header, NumberFormatSpec.of(pattern));
    }
}
