package io.twinnet.reports.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A reproducibility report as data: what was checked (sections with claims, tables and figures)
 * and how it was obtained (provenance). Immutable; every part is validated when built, and ids
 * are unique per kind across the whole report (two figures never share a file name).
 *
 * <p>Render it with {@code io.twinnet.reports.render.ReportRenderer}; write and read it as JSON
 * with {@code io.twinnet.reports.json.ReportJson}.
 *
 * @param title      the report's title
 * @param subtitle   one line under the title, empty when there is none
 * @param provenance groups of facts about how the results were obtained, in display order
 * @param sections   the report's parts in display order
 */
public record Report(String title, String subtitle, List<ProvenanceGroup> provenance, List<Section> sections) {

    public Report {
        title = Checks.requiredText(title, "report.title");
        subtitle = Checks.text(subtitle, "report.subtitle");
        provenance = Checks.list(provenance, "report.provenance");
        Checks.uniqueIds(provenance, ProvenanceGroup::title, "report.provenance (group titles)");
        sections = Checks.list(sections, "report.sections");
        Checks.uniqueIds(sections, Section::id, "report.sections");
        Checks.uniqueIds(claimsOf(sections), Claim::id, "report claims");
        Checks.uniqueIds(sections.stream().flatMap(s -> s.tables().stream()).toList(), Table::id, "report tables");
        Checks.uniqueIds(sections.stream().flatMap(s -> s.figures().stream()).toList(), Figure::id,
                "report figures");
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Every claim of every section, in display order. */
    public List<Claim> allClaims() {
        return claimsOf(sections);
    }

    /**
     * The implementations that gave verdicts, in order of first appearance: the columns of the
     * claims table.
     */
    public List<String> implementations() {
        Set<String> names = new LinkedHashSet<>();
        for (Claim claim : allClaims()) {
            names.addAll(claim.verdicts().keySet());
        }
        return List.copyOf(names);
    }

    private static List<Claim> claimsOf(List<Section> sections) {
        List<Claim> claims = new ArrayList<>();
        for (Section section : sections) {
            claims.addAll(section.claims());
        }
        return claims;
    }

    /** Collects provenance and sections in display order. */
    public static final class Builder {
        private final String title;
        private String subtitle = "";
        private final List<ProvenanceGroup> provenance = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        public Builder provenance(ProvenanceGroup group) {
            provenance.add(group);
            return this;
        }

        public Builder section(Section section) {
            sections.add(section);
            return this;
        }

        public Report build() {
            return new Report(title, subtitle, provenance, sections);
        }
    }
}
