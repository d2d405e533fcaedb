package io.twinnet.reports.render;

import static io.twinnet.reports.render.HtmlText.escape;
import static io.twinnet.reports.render.HtmlText.escapeLines;

import io.twinnet.reports.model.Cell;
import io.twinnet.reports.model.Claim;
import io.twinnet.reports.model.Column;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.NumberCell;
import io.twinnet.reports.model.ProvenanceGroup;
import io.twinnet.reports.model.Report;
import io.twinnet.reports.model.Section;
import io.twinnet.reports.model.Table;
import io.twinnet.reports.model.TextCell;
import io.twinnet.reports.model.VerdictTone;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one self-contained HTML page: inline CSS, no script, no external resource but its
 * own figure files ({@code figures/ID.svg}, through {@code <img>}).
 *
 * <p>Layout: title; a summary of the verdicts; a table of contents; the claims table (one verdict
 * column per implementation, side by side, rows where they differ marked "≠ differ"); the
 * provenance; then each section with its prose, claims, figures and tables.
 *
 * <p>Every string from the model goes through {@link HtmlText#escape}. The page is also
 * well-formed XML (void elements closed, only XML's five entities), so it can be checked with an
 * XML parser, and a Content-Security-Policy forbids scripts outright as a second line of defence.
 */
final class HtmlReport {

    private static final String CSS = """
            :root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --link: #0550ae; }
            * { box-sizing: border-box; }
            body { margin: 0; color: var(--fg); background: #fff;
              font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            .page { max-width: 1120px; margin: 0 auto; padding: 28px 28px 64px; }
            a { color: var(--link); text-decoration: none; }
            a:hover { text-decoration: underline; }
            h1 { font-size: 1.95em; margin: 0.1em 0 0.2em; line-height: 1.25; }
            h2 { font-size: 1.45em; border-bottom: 1px solid var(--line); padding-bottom: 0.3em; margin-top: 2.4em; }
            h3 { font-size: 1.12em; margin: 1.6em 0 0.5em; }
            .subtitle { color: var(--muted); font-size: 1.1em; margin: 0; }
            .files { color: var(--muted); font-size: 0.9em; margin-top: 0.6em; }
            .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 22px 0 8px; }
            .card { border: 1px solid var(--line); border-radius: 8px; padding: 8px 16px; min-width: 150px; background: var(--soft); }
            .card .n { display: block; font-size: 1.55em; font-weight: 650; line-height: 1.3; }
            .card .what { color: var(--muted); font-size: 0.88em; }
            .card.alert { border-color: #f0b36a; background: #fff5e6; }
            nav.toc { border: 1px solid var(--line); border-radius: 8px; padding: 10px 20px; margin: 22px 0; background: var(--soft); }
            nav.toc h2 { border: 0; margin: 0.3em 0; padding: 0; font-size: 1.05em; }
            nav.toc ul { list-style: none; margin: 0.2em 0 0.5em; padding-left: 0.4em; }
            nav.toc li { margin: 0.15em 0; }
            nav.toc .count { color: var(--muted); font-size: 0.88em; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; margin: 0.5em 0 1.4em; font-size: 0.93em; }
            caption { caption-side: top; text-align: left; padding: 0 0 6px; color: var(--muted); }
            caption strong { color: var(--fg); }
            th, td { border: 1px solid var(--line); padding: 5px 10px; text-align: left; vertical-align: top; }
            thead th { background: var(--soft); font-weight: 600; }
            tbody tr:nth-child(even) { background: #fbfcfd; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.idx { color: var(--muted); text-align: right; }
            .where { display: block; color: var(--muted); font-size: 0.85em; }
            table.claims tr.differ td { background: #fff5e6; }
            table.claims tr.differ td:first-child { box-shadow: inset 4px 0 0 #d4760a; }
            .agree { color: #116329; white-space: nowrap; }
            .differ-mark { color: #a34700; font-weight: 700; white-space: nowrap; }
            .none { color: var(--muted); }
            .badge { display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 0.84em;
              font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
            .badge.positive { background: #dafbe1; color: #116329; border-color: #aceebb; }
            .badge.negative { background: #ffebe9; color: #a40e26; border-color: #ffcecb; }
            .badge.uncertain { background: #fff8c5; color: #7d4e00; border-color: #eed888; }
            .badge.other { background: #eef1f4; color: #424a53; border-color: #d1d9e0; }
            table.kv th { width: 28%; background: var(--soft); font-weight: 600; }
            pre { margin: 0; white-space: pre-wrap; word-break: break-word; font-size: 0.88em; }
            pre, code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
            details summary { cursor: pointer; color: var(--link); }
            .claim { border: 1px solid var(--line); border-left: 4px solid #8c959f; border-radius: 6px;
              padding: 8px 14px; margin: 10px 0; background: #fff; }
            .claim.differ { border-left-color: #d4760a; background: #fffaf2; }
            .claim .label { color: var(--muted); font-size: 0.85em; font-weight: 600; }
            .claim .text { margin: 2px 0 6px; }
            .claim .verdicts { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; }
            .claim .impl { color: var(--muted); font-size: 0.88em; margin-right: 4px; }
            .claim .note { color: var(--muted); font-size: 0.9em; margin: 6px 0 0; }
            figure { margin: 1.2em 0 2em; border: 1px solid var(--line); border-radius: 8px; padding: 12px 12px 10px; }
            figure img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
            figcaption { color: var(--muted); font-size: 0.92em; margin-top: 8px; }
            figcaption strong { color: var(--fg); }
            .notdrawn { color: #8a5300; }
            .more { color: var(--muted); font-size: 0.9em; }
            footer { color: var(--muted); font-size: 0.85em; margin-top: 3.5em; border-top: 1px solid var(--line); padding-top: 1em; }
            @media print { nav.toc { display: none; } figure { break-inside: avoid; } }
            """;

    private final Report report;
    private final RenderOptions options;
    private final List<String> implementations;
    private final Map<String, Integer> claimNumbers = new HashMap<>();
    private final Map<String, Integer> figureNumbers = new HashMap<>();
    private final Map<String, Integer> tableNumbers = new HashMap<>();
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private HtmlReport(Report report, RenderOptions options) {
        this.report = report;
        this.options = options;
        this.implementations = report.implementations();
        for (Section section : report.sections()) {
            section.claims().forEach(c -> claimNumbers.put(c.id(), claimNumbers.size() + 1));
            section.figures().forEach(f -> figureNumbers.put(f.id(), figureNumbers.size() + 1));
            section.tables().forEach(t -> tableNumbers.put(t.id(), tableNumbers.size() + 1));
        }
    }

    static String render(Report report, RenderOptions options) {
        return new HtmlReport(report, options).page();
    }

    private String page() {
        line("<!DOCTYPE html>");
        line("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">");
        line("<head>");
        line("<meta charset=\"utf-8\" />");
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />");
        line("<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; object-src 'none'; base-uri 'none'\" />");
        line("<meta name=\"generator\" content=\"twinnet-reports\" />");
        // An empty inline icon: without it a browser serving the page over HTTP asks for
        // /favicon.ico and logs a 404 in the console.
        line("<link rel=\"icon\" href=\"data:,\" />");
        line("<title>" + escape(report.title()) + "</title>");
        line("<style>");
        out.append(CSS);
        line("</style>");
        line("</head>");
        line("<body>");
        line("<div class=\"page\">");
        header();
        toc();
        claimsTable();
        provenance();
        for (int i = 0; i < report.sections().size(); i++) {
            section(i + 1, report.sections().get(i));
        }
        line("<footer>Made by twinnet-reports. The whole report as data: <a href=\"" + ReportLayout.JSON
                + "\">" + ReportLayout.JSON + "</a>; a Markdown summary: <a href=\"" + ReportLayout.SUMMARY + "\">"
                + ReportLayout.SUMMARY + "</a>.</footer>");
        line("</div>");
        line("</body>");
        line("</html>");
        return out.toString();
    }

    private void header() {
        line("<header>");
        line("<h1>" + escape(report.title()) + "</h1>");
        if (!report.subtitle().isBlank()) {
            line("<p class=\"subtitle\">" + escapeLines(report.subtitle()) + "</p>");
        }
        line("<p class=\"files\">Data: <a href=\"" + ReportLayout.JSON + "\">" + ReportLayout.JSON + "</a> · <a href=\""
                + ReportLayout.CLAIMS_CSV + "\">" + ReportLayout.CLAIMS_CSV + "</a> · <a href=\"" + ReportLayout.SUMMARY
                + "\">" + ReportLayout.SUMMARY + "</a></p>");
        List<Claim> claims = report.allClaims();
        if (!claims.isEmpty()) {
            line("<div class=\"cards\">");
            card(Integer.toString(claims.size()), claims.size() == 1 ? "claim checked" : "claims checked", false);
            for (String implementation : implementations) {
                long positive = claims.stream()
                        .filter(c -> VerdictTone.of(c.verdictOf(implementation)) == VerdictTone.POSITIVE).count();
                long given = claims.stream().filter(c -> c.verdictOf(implementation) != null).count();
                card(positive + " / " + given, "reproduced by " + implementation, false);
            }
            long differ = claims.stream().filter(Claim::verdictsDiffer).count();
            if (implementations.size() > 1) {
                card(Long.toString(differ), differ == 1 ? "claim where the verdicts differ"
                        : "claims where the verdicts differ", differ > 0);
            }
            line("</div>");
        }
        line("</header>");
    }

    private void card(String number, String what, boolean alert) {
        line("<div class=\"card" + (alert ? " alert" : "") + "\"><span class=\"n\">" + escape(number)
                + "</span><span class=\"what\">" + escape(what) + "</span></div>");
    }

    private void toc() {
        line("<nav class=\"toc\">");
        line("<h2>Contents</h2>");
        line("<ul>");
        line("<li><a href=\"#claims\">Claims and verdicts</a></li>");
        line("<li><a href=\"#provenance\">Provenance</a></li>");
        for (int i = 0; i < report.sections().size(); i++) {
            Section s = report.sections().get(i);
            line("<li><a href=\"#" + sectionAnchor(s) + "\">" + (i + 1) + ". " + escape(s.title()) + "</a> <span class=\"count\">"
                    + escape(counts(s)) + "</span></li>");
        }
        line("</ul>");
        line("</nav>");
    }

    private static String counts(Section s) {
        StringBuilder text = new StringBuilder();
        append(text, s.claims().size(), "claim", "claims");
        append(text, s.figures().size(), "figure", "figures");
        append(text, s.tables().size(), "table", "tables");
        return text.length() == 0 ? "" : "(" + text + ")";
    }

    private static void append(StringBuilder text, int n, String one, String many) {
        if (n > 0) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(n).append(' ').append(n == 1 ? one : many);
        }
    }

    private void claimsTable() {
        line("<section id=\"claims\">");
        line("<h2>Claims and verdicts</h2>");
        List<Claim> claims = report.allClaims();
        if (claims.isEmpty()) {
            line("<p class=\"none\">This report checks no claims.</p>");
            line("</section>");
            return;
        }
        line("<div class=\"scroll\">");
        line("<table class=\"claims\">");
        out.append("<thead><tr><th>#</th><th>Claim</th>");
        for (String implementation : implementations) {
            out.append("<th>").append(escape(implementation)).append("</th>");
        }
        if (implementations.size() > 1) {
            out.append("<th>Agreement</th>");
        }
        line("</tr></thead>");
        line("<tbody>");
        for (Section section : report.sections()) {
            for (Claim claim : section.claims()) {
                boolean differ = claim.verdictsDiffer();
                out.append(differ ? "<tr class=\"differ\">" : "<tr>");
                out.append("<td class=\"idx\">").append(claimNumbers.get(claim.id())).append("</td>");
                out.append("<td><a href=\"#").append(claimAnchor(claim)).append("\">").append(escape(claim.text()))
                        .append("</a><span class=\"where\">").append(escape(section.title())).append("</span></td>");
                for (String implementation : implementations) {
                    out.append("<td>").append(badge(claim.verdictOf(implementation))).append("</td>");
                }
                if (implementations.size() > 1) {
                    out.append("<td>").append(agreement(claim)).append("</td>");
                }
                line("</tr>");
            }
        }
        line("</tbody>");
        line("</table>");
        line("</div>");
        line("</section>");
    }

    private String agreement(Claim claim) {
        if (claim.verdictsDiffer()) {
            return "<span class=\"differ-mark\" title=\"the implementations reached different verdicts\">≠ differ</span>";
        }
        if (claim.verdicts().size() == implementations.size()) {
            return "<span class=\"agree\">= agree</span>";
        }
        return "<span class=\"none\">incomplete</span>";
    }

    private static String badge(String verdict) {
        if (verdict == null) {
            return "<span class=\"none\" title=\"no verdict\">—</span>";
        }
        String tone = VerdictTone.of(verdict).name().toLowerCase(Locale.ROOT);
        return "<span class=\"badge " + tone + "\">" + escape(verdict) + "</span>";
    }

    private void provenance() {
        line("<section id=\"provenance\">");
        line("<h2>Provenance</h2>");
        if (report.provenance().isEmpty()) {
            line("<p class=\"none\">No provenance was recorded.</p>");
        }
        for (ProvenanceGroup group : report.provenance()) {
            line("<h3>" + escape(group.title()) + "</h3>");
            line("<div class=\"scroll\">");
            line("<table class=\"kv\">");
            line("<tbody>");
            for (Map.Entry<String, String> e : group.entries().entrySet()) {
                line("<tr><th>" + escape(e.getKey()) + "</th><td>" + provenanceValue(e.getValue()) + "</td></tr>");
            }
            line("</tbody>");
            line("</table>");
            line("</div>");
        }
        line("</section>");
    }

    /** Short values inline; multi-line or long ones (a whole spec) folded away under their first line. */
    private static String provenanceValue(String value) {
        boolean multiLine = value.contains("\n");
        if (!multiLine && value.length() <= 160) {
            return escape(value);
        }
        String first = value.strip().lines().findFirst().orElse("");
        if (first.length() > 80) {
            first = first.substring(0, 80) + "…";
        }
        long lines = value.lines().count();
        String size = lines > 1 ? lines + " lines" : value.length() + " characters";
        return "<details><summary><code>" + escape(first) + "</code> (" + size + ")</summary><pre>" + escape(value)
                + "</pre></details>";
    }

    private void section(int number, Section section) {
        line("<section id=\"" + sectionAnchor(section) + "\">");
        line("<h2>" + number + ". " + escape(section.title()) + "</h2>");
        for (String paragraph : section.paragraphs()) {
            line("<p>" + escapeLines(paragraph) + "</p>");
        }
        for (Claim claim : section.claims()) {
            claimCard(claim);
        }
        for (Figure figure : section.figures()) {
            figure(figure);
        }
        for (Table table : section.tables()) {
            table(table);
        }
        line("</section>");
    }

    private void claimCard(Claim claim) {
        boolean differ = claim.verdictsDiffer();
        line("<div class=\"claim" + (differ ? " differ" : "") + "\" id=\"" + claimAnchor(claim) + "\">");
        line("<div class=\"label\">Claim " + claimNumbers.get(claim.id()) + (differ ? " · <span class=\"differ-mark\">≠ the"
                + " implementations differ</span>" : "") + "</div>");
        line("<div class=\"text\">" + escapeLines(claim.text()) + "</div>");
        if (!claim.verdicts().isEmpty()) {
            out.append("<div class=\"verdicts\">");
            for (Map.Entry<String, String> e : claim.verdicts().entrySet()) {
                out.append("<span><span class=\"impl\">").append(escape(e.getKey())).append("</span>")
                        .append(badge(e.getValue())).append("</span>");
            }
            line("</div>");
        }
        if (claim.hasNote()) {
            line("<p class=\"note\">" + escapeLines(claim.note()) + "</p>");
        }
        line("</div>");
    }

    private void figure(Figure figure) {
        int number = figureNumbers.get(figure.id());
        line("<figure id=\"" + figureAnchor(figure) + "\">");
        line("<img src=\"" + escape(ReportLayout.figureSvg(figure)) + "\" width=\"" + options.figureWidth()
                + "\" height=\"" + options.figureHeight() + "\" alt=\"" + escape("Figure " + number + ": "
                + figure.title()) + "\" />");
        out.append("<figcaption><strong>Figure ").append(number).append(".</strong> ").append(escape(figure.title()))
                .append('.');
        if (!figure.caption().isBlank()) {
            out.append(' ').append(escapeLines(figure.caption()));
        }
        String notDrawn = FigureNotes.notDrawn(figure.chart());
        if (!notDrawn.isEmpty()) {
            out.append(" <span class=\"notdrawn\">").append(escape(notDrawn)).append("</span>");
        }
        out.append(" <a href=\"").append(escape(ReportLayout.figureCsv(figure))).append("\">data (CSV)</a>");
        out.append(" · <a href=\"").append(escape(ReportLayout.figureSvg(figure))).append("\">SVG</a>");
        if (options.png()) {
            out.append(" · <a href=\"").append(escape(ReportLayout.figurePng(figure))).append("\">PNG</a>");
        }
        line("</figcaption>");
        line("</figure>");
    }

    private void table(Table table) {
        int number = tableNumbers.get(table.id());
        line("<div class=\"scroll\">");
        line("<table class=\"data\" id=\"" + tableAnchor(table) + "\">");
        out.append("<caption><strong>Table ").append(number).append(".</strong> ").append(escape(table.title()))
                .append('.');
        if (!table.caption().isBlank()) {
            out.append(' ').append(escapeLines(table.caption()));
        }
        out.append(" <a href=\"").append(escape(ReportLayout.tableCsv(table))).append("\">CSV</a>");
        line("</caption>");
        out.append("<thead><tr>");
        for (Column column : table.columns()) {
            out.append("<th>").append(escape(column.header())).append("</th>");
        }
        line("</tr></thead>");
        line("<tbody>");
        int shown = Math.min(table.rows().size(), options.maxHtmlRows());
        for (int r = 0; r < shown; r++) {
            out.append("<tr>");
            List<Cell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                if (cell instanceof NumberCell n) {
                    out.append("<td class=\"num\">").append(escape(table.columns().get(c).format().format(n.value())))
                            .append("</td>");
                } else {
                    out.append("<td>").append(escapeLines(((TextCell) cell).text())).append("</td>");
                }
            }
            line("</tr>");
        }
        line("</tbody>");
        line("</table>");
        line("</div>");
        if (shown < table.rows().size()) {
            line("<p class=\"more\">Showing the first " + shown + " of " + table.rows().size() + " rows; every row is in <a href=\""
                    + escape(ReportLayout.tableCsv(table)) + "\">" + escape(ReportLayout.tableCsv(table)) + "</a>.</p>");
        }
    }

    static String sectionAnchor(Section s) {
        return "sec-" + s.id();
    }

    static String claimAnchor(Claim c) {
        return "claim-" + c.id();
    }

    static String figureAnchor(Figure f) {
        return "fig-" + f.id();
    }

    static String tableAnchor(Table t) {
        return "tab-" + t.id();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
