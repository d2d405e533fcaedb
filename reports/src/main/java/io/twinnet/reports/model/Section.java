package io.twinnet.reports.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One part of a report (typically one experiment): prose, the claims it checks, its figures and
 * its tables, shown in that order.
 *
 * @param id         unique among the report's sections (see {@link Ids}); the HTML anchor
 * @param title      the section heading
 * @param paragraphs plain-text paragraphs (no markup; line breaks inside a paragraph are kept)
 * @param claims     the claims checked here
 * @param tables     the tables shown here
 * @param figures    the figures shown here
 */
public record Section(String id, String title, List<String> paragraphs, List<Claim> claims, List<Table> tables,
                      List<Figure> figures) {

    public Section {
        id = Checks.id(id, "section.id");
        String field = "section[" + id + "]";
        title = Checks.requiredText(title, field + ".title");
        paragraphs = Checks.list(paragraphs, field + ".paragraphs");
        for (int i = 0; i < paragraphs.size(); i++) {
            Checks.text(paragraphs.get(i), field + ".paragraphs[" + i + "]");
        }
        claims = Checks.list(claims, field + ".claims");
        tables = Checks.list(tables, field + ".tables");
        figures = Checks.list(figures, field + ".figures");
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** Collects a section's parts in display order. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Claim> claims = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private final List<Figure> figures = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder paragraph(String text) {
            paragraphs.add(text);
            return this;
        }

        public Builder claim(Claim claim) {
            claims.add(claim);
            return this;
        }

        public Builder table(Table table) {
            tables.add(table);
            return this;
        }

        public Builder figure(Figure figure) {
            figures.add(figure);
            return this;
        }

        public Section build() {
            return new Section(id, title, paragraphs, claims, tables, figures);
        }
    }
}
