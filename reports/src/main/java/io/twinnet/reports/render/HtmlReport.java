package io.twinnet.reports.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.twinnet.reports.model.Cell;
import io.twinnet.reports.model.Claim;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.NumberCell;
import io.twinnet.reports.model.ProvenanceGroup;
import io.twinnet.reports.model.Report;
import io.twinnet.reports.model.Section;
import io.twinnet.reports.model.Table;
import io.twinnet.reports.model.TextCell;
import io.twinnet.reports.model.VerdictTone;
import io.twinnet.reports.render.HtmlView.Badge;
import io.twinnet.reports.render.HtmlView.Card;
import io.twinnet.reports.render.HtmlView.CellView;
import io.twinnet.reports.render.HtmlView.ClaimCard;
import io.twinnet.reports.render.HtmlView.ClaimRow;
import io.twinnet.reports.render.HtmlView.ClaimsTable;
import io.twinnet.reports.render.HtmlView.Entry;
import io.twinnet.reports.render.HtmlView.FigureView;
import io.twinnet.reports.render.HtmlView.Folded;
import io.twinnet.reports.render.HtmlView.Group;
import io.twinnet.reports.render.HtmlView.Lines;
import io.twinnet.reports.render.HtmlView.More;
import io.twinnet.reports.render.HtmlView.Page;
import io.twinnet.reports.render.HtmlView.Row;
import io.twinnet.reports.render.HtmlView.SectionView;
import io.twinnet.reports.render.HtmlView.TableView;
import io.twinnet.reports.render.HtmlView.TocEntry;
import io.twinnet.reports.render.HtmlView.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * provenance; then each section with its prose, claims, figures and tables. The markup is the
 * Mustache template {@code report.mustache} (with the partials {@code lines} and {@code badge})
 * and the style sheet {@code report.css}, both resources beside this class; this class only turns
 * the model into the plain values of {@link HtmlView}.
 *
 * <p>Every string from the model is written by an escaping {@code {{name}}} tag, and the factory
 * escapes through {@link HtmlText#escape}, so the page stays well-formed XML (void elements
 * closed, only XML's five entities) and can be checked with an XML parser. The only unescaped
 * insertion is the style sheet, which is ours. A Content-Security-Policy forbids scripts outright
 * as a second line of defence.
 */
final class HtmlReport {

    private static final String RESOURCES = "io/twinnet/reports/render";
    private static final Mustache TEMPLATE = new EscapingFactory().compile("report.mustache");
    private static final String CSS = resource("report.css");

    private final Report report;
    private final RenderOptions options;
    private final List<String> implementations;
    private final Map<String, Integer> claimNumbers = new HashMap<>();
    private final Map<String, Integer> figureNumbers = new HashMap<>();
    private final Map<String, Integer> tableNumbers = new HashMap<>();

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
        StringWriter out = new StringWriter(64 * 1024);
        TEMPLATE.execute(out, new HtmlReport(report, options).page());
        return out.toString();
    }

    private Page page() {
        List<Card> cards = cards();
        List<TocEntry> toc = new ArrayList<>();
        List<SectionView> sections = new ArrayList<>();
        for (int i = 0; i < report.sections().size(); i++) {
            Section s = report.sections().get(i);
            toc.add(new TocEntry(sectionAnchor(s), i + 1, s.title(), counts(s)));
            sections.add(section(i + 1, s));
        }
        return new Page(report.title(), Lines.ofOptional(report.subtitle()), CSS,
                new HtmlView.Files(ReportLayout.JSON, ReportLayout.CLAIMS_CSV, ReportLayout.SUMMARY),
                !cards.isEmpty(), cards, toc, claimsTable(), provenance(), sections);
    }

    private List<Card> cards() {
        List<Claim> claims = report.allClaims();
        List<Card> cards = new ArrayList<>();
        if (claims.isEmpty()) {
            return cards;
        }
        cards.add(new Card(Integer.toString(claims.size()), claims.size() == 1 ? "claim checked" : "claims checked", false));
        for (String implementation : implementations) {
            long positive = claims.stream()
                    .filter(c -> VerdictTone.of(c.verdictOf(implementation)) == VerdictTone.POSITIVE).count();
            long given = claims.stream().filter(c -> c.verdictOf(implementation) != null).count();
            cards.add(new Card(positive + " / " + given, "reproduced by " + implementation, false));
        }
        if (implementations.size() > 1) {
            long differ = claims.stream().filter(Claim::verdictsDiffer).count();
            cards.add(new Card(Long.toString(differ), differ == 1 ? "claim where the verdicts differ"
                    : "claims where the verdicts differ", differ > 0));
        }
        return cards;
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

    private ClaimsTable claimsTable() {
        if (report.allClaims().isEmpty()) {
            return null;
        }
        List<ClaimRow> rows = new ArrayList<>();
        for (Section section : report.sections()) {
            for (Claim claim : section.claims()) {
                List<Badge> badges = implementations.stream().map(i -> badge(claim.verdictOf(i))).toList();
                rows.add(new ClaimRow(claim.verdictsDiffer(), claim.verdicts().size() == implementations.size(),
                        claimNumbers.get(claim.id()), claimAnchor(claim), claim.text(), section.title(), badges));
            }
        }
        return new ClaimsTable(implementations, implementations.size() > 1, rows);
    }

    private static Badge badge(String verdict) {
        return verdict == null ? new Badge(false, "", "")
                : new Badge(true, verdict, VerdictTone.of(verdict).name().toLowerCase(Locale.ROOT));
    }

    private List<Group> provenance() {
        List<Group> groups = new ArrayList<>();
        for (ProvenanceGroup group : report.provenance()) {
            List<Entry> entries = new ArrayList<>();
            group.entries().forEach((key, value) -> entries.add(new Entry(key, value, folded(value))));
            groups.add(new Group(group.title(), entries));
        }
        return groups;
    }

    /** Short values inline (null); multi-line or long ones (a whole spec) folded away under their first line. */
    private static Folded folded(String value) {
        if (!value.contains("\n") && value.length() <= 160) {
            return null;
        }
        String first = value.strip().lines().findFirst().orElse("");
        if (first.length() > 80) {
            first = first.substring(0, 80) + "…";
        }
        long lines = value.lines().count();
        return new Folded(first, lines > 1 ? lines + " lines" : value.length() + " characters");
    }

    private SectionView section(int number, Section section) {
        return new SectionView(sectionAnchor(section), number, section.title(),
                section.paragraphs().stream().map(Lines::of).toList(),
                section.claims().stream().map(this::claimCard).toList(),
                section.figures().stream().map(this::figure).toList(),
                section.tables().stream().map(this::table).toList());
    }

    private ClaimCard claimCard(Claim claim) {
        List<Verdict> verdicts = new ArrayList<>();
        claim.verdicts().forEach((implementation, verdict) -> verdicts.add(new Verdict(implementation, badge(verdict))));
        return new ClaimCard(claim.verdictsDiffer(), claimAnchor(claim), claimNumbers.get(claim.id()),
                Lines.of(claim.text()), !verdicts.isEmpty(), verdicts, claim.hasNote() ? Lines.of(claim.note()) : null);
    }

    private FigureView figure(Figure figure) {
        String notDrawn = FigureNotes.notDrawn(figure.chart());
        return new FigureView(figureAnchor(figure), figureNumbers.get(figure.id()), figure.title(),
                Lines.ofOptional(figure.caption()), notDrawn.isEmpty() ? null : notDrawn, ReportLayout.figureSvg(figure),
                ReportLayout.figureCsv(figure), options.png() ? ReportLayout.figurePng(figure) : null,
                options.figureWidth(), options.figureHeight());
    }

    private TableView table(Table table) {
        int shown = Math.min(table.rows().size(), options.maxHtmlRows());
        List<Row> rows = new ArrayList<>(shown);
        for (List<Cell> row : table.rows().subList(0, shown)) {
            List<CellView> cells = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                cells.add(cell instanceof NumberCell n
                        ? new CellView(table.columns().get(c).format().format(n.value()), null)
                        : new CellView(null, Lines.of(((TextCell) cell).text())));
            }
            rows.add(new Row(cells));
        }
        return new TableView(tableAnchor(table), tableNumbers.get(table.id()), table.title(),
                Lines.ofOptional(table.caption()), ReportLayout.tableCsv(table),
                table.columns().stream().map(c -> c.header()).toList(), rows,
                shown < table.rows().size() ? new More(shown, table.rows().size()) : null);
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

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(RESOURCES + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCES + "/" + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + name, e);
        }
    }

    /**
     * Templates from this package's resources, every {@code {{name}}} escaped by
     * {@link HtmlText#escape} (Mustache's own escaper writes other entities for the same characters;
     * one escaper for the page, the SVG titles and the tests keeps what "escaped" means in one place).
     */
    private static final class EscapingFactory extends DefaultMustacheFactory {

        EscapingFactory() {
            super(RESOURCES);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(HtmlText.escape(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
