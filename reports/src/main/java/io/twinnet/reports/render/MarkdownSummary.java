package io.twinnet.reports.render;

import static io.twinnet.reports.render.MarkdownText.cell;
import static io.twinnet.reports.render.MarkdownText.escape;

import io.twinnet.reports.model.Claim;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.ProvenanceGroup;
import io.twinnet.reports.model.Report;
import io.twinnet.reports.model.Section;
import io.twinnet.reports.model.Table;
import io.twinnet.reports.model.VerdictTone;
import java.util.List;
import java.util.Map;

/**
 * The report's summary in Markdown ({@code summary.md}): the claims with every implementation's
 * verdict side by side, links to the page, the data, each table's CSV and each figure, and the
 * provenance (long values cut to their first line; report.json has them whole).
 */
final class MarkdownSummary {

    private final Report report;
    private final StringBuilder out = new StringBuilder(16 * 1024);

    private MarkdownSummary(Report report) {
        this.report = report;
    }

    static String render(Report report) {
        return new MarkdownSummary(report).document();
    }

    private String document() {
        line("# " + escape(report.title()));
        line("");
        if (!report.subtitle().isBlank()) {
            line(cell(report.subtitle()));
            line("");
        }
        line("Full report: [" + ReportLayout.INDEX + "](" + ReportLayout.INDEX + ") · data: [" + ReportLayout.JSON + "]("
                + ReportLayout.JSON + ") · claims as CSV: [" + ReportLayout.CLAIMS_CSV + "](" + ReportLayout.CLAIMS_CSV + ")");
        line("");
        claims();
        sections();
        provenance();
        return out.toString();
    }

    private void claims() {
        line("## Claims and verdicts");
        line("");
        List<Claim> claims = report.allClaims();
        if (claims.isEmpty()) {
            line("This report checks no claims.");
            line("");
            return;
        }
        List<String> implementations = report.implementations();
        boolean agreementColumn = implementations.size() > 1;
        StringBuilder header = new StringBuilder("| # | Claim | Section |");
        StringBuilder rule = new StringBuilder("|--:|---|---|");
        for (String implementation : implementations) {
            header.append(' ').append(cell(implementation)).append(" |");
            rule.append("---|");
        }
        if (agreementColumn) {
            header.append(" Agreement |");
            rule.append("---|");
        }
        line(header.toString());
        line(rule.toString());
        int number = 0;
        for (Section section : report.sections()) {
            for (Claim claim : section.claims()) {
                number++;
                StringBuilder row = new StringBuilder("| " + number + " | " + cell(claim.text()) + " | "
                        + cell(section.title()) + " |");
                for (String implementation : implementations) {
                    row.append(' ').append(verdict(claim.verdictOf(implementation))).append(" |");
                }
                if (agreementColumn) {
                    row.append(' ').append(claim.verdictsDiffer() ? "**≠ differ**"
                            : claim.verdicts().size() == implementations.size() ? "= agree" : "incomplete").append(" |");
                }
                line(row.toString());
            }
        }
        line("");
        long differ = claims.stream().filter(Claim::verdictsDiffer).count();
        line(claims.size() + (claims.size() == 1 ? " claim" : " claims") + (agreementColumn ? "; the verdicts differ on "
                + differ + "." : "."));
        line("");
    }

    /** A verdict with a mark that reads without colour: ✔ positive, ✘ negative, ? uncertain. */
    private static String verdict(String verdict) {
        if (verdict == null) {
            return "—";
        }
        String mark = switch (VerdictTone.of(verdict)) {
            case POSITIVE -> "✔ ";
            case NEGATIVE -> "✘ ";
            case UNCERTAIN -> "? ";
            case OTHER -> "";
        };
        return mark + cell(verdict);
    }

    private void sections() {
        line("## Sections");
        line("");
        if (report.sections().isEmpty()) {
            line("This report has no sections.");
            line("");
        }
        for (int i = 0; i < report.sections().size(); i++) {
            Section section = report.sections().get(i);
            line("### " + (i + 1) + ". " + escape(section.title()));
            line("");
            for (Figure figure : section.figures()) {
                line("- Figure: [" + cell(figure.title()) + "](" + ReportLayout.figureSvg(figure) + ") (data: ["
                        + ReportLayout.figureCsv(figure) + "](" + ReportLayout.figureCsv(figure) + "))");
            }
            for (Table table : section.tables()) {
                line("- Table: [" + cell(table.title()) + "](" + ReportLayout.tableCsv(table) + ") ("
                        + table.rows().size() + (table.rows().size() == 1 ? " row)" : " rows)"));
            }
            if (section.figures().isEmpty() && section.tables().isEmpty()) {
                line("- no figures or tables");
            }
            line("");
        }
    }

    private void provenance() {
        line("## Provenance");
        line("");
        if (report.provenance().isEmpty()) {
            line("No provenance was recorded.");
            line("");
        }
        for (ProvenanceGroup group : report.provenance()) {
            line("### " + escape(group.title()));
            line("");
            line("| Key | Value |");
            line("|---|---|");
            for (Map.Entry<String, String> e : group.entries().entrySet()) {
                line("| " + cell(e.getKey()) + " | " + shortValue(e.getValue()) + " |");
            }
            line("");
        }
    }

    private static String shortValue(String value) {
        String first = value.strip().lines().findFirst().orElse("");
        boolean cut = value.contains("\n") || first.length() > 120;
        if (first.length() > 120) {
            first = first.substring(0, 120);
        }
        return cell(first) + (cut ? " … (whole value in " + ReportLayout.JSON + ")" : "");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
