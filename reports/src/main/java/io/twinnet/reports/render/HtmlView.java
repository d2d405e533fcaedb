package io.twinnet.reports.render;

import java.util.ArrayList;
import java.util.List;

/**
 * What the page template ({@code report.mustache}) shows, as plain values: every string here is
 * the model's own text, unescaped; the template escapes each one as it writes it (Mustache's
 * {@code {{name}}} through {@link HtmlText#escape}). Nothing here holds markup, so no user text
 * can reach the page unescaped. An absent part is null or an empty list, which the template
 * skips.
 */
final class HtmlView {

    private HtmlView() {
    }

    /** The whole page. */
    record Page(String title, Lines subtitle, String css, Files files, boolean hasCards, List<Card> cards,
                List<TocEntry> toc, ClaimsTable claims, List<Group> provenance, List<SectionView> sections) {
    }

    /** The names of the report's data files, for the links at the top and the foot of the page. */
    record Files(String json, String claims, String summary) {
    }

    /** A text whose line breaks are kept: the template writes {@code <br />} between its lines. */
    record Lines(List<Line> lines) {

        /** The text's lines ({@code \r\n}, {@code \r} and {@code \n} all break), or null for a blank text. */
        static Lines ofOptional(String text) {
            return text.isBlank() ? null : of(text);
        }

        static Lines of(String text) {
            String[] parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\n", -1);
            List<Line> lines = new ArrayList<>(parts.length);
            for (int i = 0; i < parts.length; i++) {
                lines.add(new Line(parts[i], i < parts.length - 1));
            }
            return new Lines(lines);
        }
    }

    /** One line of a {@link Lines}; {@code br} when another line follows. */
    record Line(String text, boolean br) {
    }

    /** A number in the summary at the top. */
    record Card(String number, String what, boolean alert) {
    }

    record TocEntry(String anchor, int number, String title, String counts) {
    }

    /** The claims table: a verdict column per implementation, an agreement column when compared. */
    record ClaimsTable(List<String> implementations, boolean compared, List<ClaimRow> rows) {
    }

    record ClaimRow(boolean differ, boolean complete, int number, String anchor, String text, String section,
                    List<Badge> badges) {
    }

    /** A verdict word in its tone's colour, or a dash when {@code given} is false. */
    record Badge(boolean given, String verdict, String tone) {
    }

    record Group(String title, List<Entry> entries) {
    }

    /** A provenance entry; a long or multi-line value is {@code folded} under its first line. */
    record Entry(String key, String value, Folded folded) {
    }

    record Folded(String first, String size) {
    }

    record SectionView(String anchor, int number, String title, List<Lines> paragraphs, List<ClaimCard> claims,
                       List<FigureView> figures, List<TableView> tables) {
    }

    record ClaimCard(boolean differ, String anchor, int number, Lines text, boolean hasVerdicts, List<Verdict> verdicts,
                     Lines note) {
    }

    record Verdict(String implementation, Badge badge) {
    }

    record FigureView(String anchor, int number, String title, Lines caption, String notDrawn, String svg, String csv,
                      String png, int width, int height) {
    }

    record TableView(String anchor, int number, String title, Lines caption, String csv, List<String> headers,
                     List<Row> rows, More more) {
    }

    record Row(List<CellView> cells) {
    }

    /** A table cell: {@code number} (as the column formats it) or {@code text}, the other null. */
    record CellView(String number, Lines text) {
    }

    /** The note under a table cut short in the page. */
    record More(int shown, int total) {
    }
}
