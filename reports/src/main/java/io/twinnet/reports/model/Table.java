package io.twinnet.reports.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of results: columns and rows of {@link Cell}s, every row as long as the header.
 * Rendered as an HTML table and written whole as {@code tables/ID.csv}.
 *
 * @param id      unique among the report's tables (see {@link Ids}); the CSV file's name
 * @param title   shown above the table
 * @param caption a sentence or two under the title, empty when there is none
 * @param columns at least one column
 * @param rows    the rows, in display order; may be empty
 */
public record Table(String id, String title, String caption, List<Column> columns, List<List<Cell>> rows) {

    public Table {
        id = Checks.id(id, "table.id");
        String field = "table[" + id + "]";
        title = Checks.requiredText(title, field + ".title");
        caption = Checks.text(caption, field + ".caption");
        columns = Checks.list(columns, field + ".columns");
        if (columns.isEmpty()) {
            throw new ReportModelException(field + ".columns", "a table needs at least one column");
        }
        List<List<Cell>> copy = new ArrayList<>();
        List<List<Cell>> given = Checks.list(rows, field + ".rows");
        for (int r = 0; r < given.size(); r++) {
            List<Cell> row = Checks.list(given.get(r), field + ".row[" + r + "]");
            if (row.size() != columns.size()) {
                throw new ReportModelException(field + ".row[" + r + "]", "has " + row.size()
                        + " cells but the table has " + columns.size() + " columns");
            }
            copy.add(row);
        }
        rows = List.copyOf(copy);
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** Collects columns and rows. */
    public static final class Builder {
        private final String id;
        private final String title;
        private String caption = "";
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder caption(String caption) {
            this.caption = caption;
            return this;
        }

        /** Adds columns whose numbers are shown with {@link NumberFormatSpec#AUTO}. */
        public Builder columns(String... headers) {
            for (String header : headers) {
                columns.add(Column.of(header));
            }
            return this;
        }

        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        public Builder column(String header, String pattern) {
            return column(Column.of(header, pattern));
        }

        /** Adds a row; each value becomes a cell as {@link Cell#of(Object)} says. */
        public Builder row(Object... values) {
            List<Cell> row = new ArrayList<>(values.length);
            for (Object value : values) {
                row.add(Cell.of(value));
            }
            rows.add(row);
            return this;
        }

        public Builder row(List<Cell> cells) {
            rows.add(new ArrayList<>(cells));
            return this;
        }

        public Table build() {
            return new Table(id, title, caption, columns, rows);
        }
    }

    /** Short, because a table may hold thousands of rows. */
    @Override
    public String toString() {
        return "Table[" + id + ", " + columns.size() + " columns, " + rows.size() + " rows]";
    }
}
