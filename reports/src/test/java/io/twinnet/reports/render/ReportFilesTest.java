package io.twinnet.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.reports.SampleReports;
import io.twinnet.reports.model.Cell;
import io.twinnet.reports.model.Claim;
import io.twinnet.reports.model.NumberCell;
import io.twinnet.reports.model.Report;
import io.twinnet.reports.model.Section;
import io.twinnet.reports.model.Table;
import io.twinnet.reports.model.TextCell;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What a render leaves on disk, read back the way a browser, a spreadsheet or a reader would. */
class ReportFilesTest {

    @TempDir
    static Path dir;
    static Report report;
    static RenderedReport rendered;

    @BeforeAll
    static void render() throws Exception {
        report = SampleReports.full();
        rendered = ReportRenderer.render(report, dir);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file); CSVParser parser = CSVParser.parse(in, CsvFiles.FORMAT)) {
            return parser.getRecords();
        }
    }

    @Test
    void everyImageAndEveryLocalLinkOfThePageExistsOnDisk() throws Exception {
        Document page = Xml.parse(rendered.index());
        List<String> targets = new ArrayList<>();
        for (Element img : Xml.elements(page, "img")) {
            targets.add(img.getAttribute("src"));
        }
        assertEquals(List.of("figures/loss.svg", "figures/accuracy.svg", "figures/gradient-depth.svg"), targets);
        for (Element a : Xml.elements(page, "a")) {
            String href = a.getAttribute("href");
            if (href.startsWith("#")) {
                String anchor = href.substring(1);
                boolean found = Stream.of("section", "div", "figure", "table")
                        .flatMap(tag -> Xml.elements(page, tag).stream())
                        .anyMatch(e -> anchor.equals(e.getAttribute("id")));
                assertTrue(found, "anchor " + href + " has no target");
            } else {
                targets.add(href);
            }
        }
        for (String target : targets) {
            assertFalse(target.contains("://") || target.startsWith("/"), "not a local relative link: " + target);
            Path file = dir.resolve(target);
            assertTrue(Files.isRegularFile(file), target + " is referenced but missing");
            assertTrue(Files.size(file) > 0, target + " is empty");
        }
        for (Element img : Xml.elements(page, "img")) {
            Document svg = Xml.parse(dir.resolve(img.getAttribute("src")));
            assertEquals("svg", svg.getDocumentElement().getLocalName());
            assertEquals("0.0 0.0 760.0 430.0", svg.getDocumentElement().getAttribute("viewBox"));
        }
    }

    @Test
    void thePageNeedsNoScriptAndNoExternalResource() throws Exception {
        String html = Files.readString(rendered.index());
        assertFalse(html.contains("<script"));
        assertEquals(1, html.split("<link", -1).length - 1, "only the empty inline icon");
        assertTrue(html.contains("<link rel=\"icon\" href=\"data:,\" />"));
        String withoutNamespace = html.replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "");
        assertFalse(withoutNamespace.contains("http:") || withoutNamespace.contains("https:"));
        assertTrue(html.contains("<style>"));
        assertTrue(html.contains("script-src 'none'"));
    }

    @Test
    void theClaimsTableShowsEveryVerdictSideBySideAndMarksTheDisagreement() throws Exception {
        Document page = Xml.parse(rendered.index());
        Element claims = Xml.elements(page, "table").stream()
                .filter(t -> t.getAttribute("class").equals("claims")).findFirst().orElseThrow();
        List<Element> headers = new ArrayList<>();
        Xml.elements(page, "th").stream().filter(th -> claims.isSameNode(th.getParentNode().getParentNode().getParentNode()))
                .forEach(headers::add);
        assertEquals(List.of("#", "Claim", "core", "DL4J", "Agreement"),
                headers.stream().map(Element::getTextContent).toList());
        List<Element> rows = Xml.elements(page, "tr").stream()
                .filter(tr -> claims.isSameNode(tr.getParentNode().getParentNode()))
                .filter(tr -> tr.getParentNode().getLocalName().equals("tbody")).toList();
        assertEquals(4, rows.size());
        List<String> differing = rows.stream().filter(r -> r.getAttribute("class").equals("differ"))
                .map(r -> r.getTextContent()).toList();
        assertEquals(1, differing.size());
        assertTrue(differing.get(0).contains("A 100 times smaller rate rescues U[-1,1]"));
        assertTrue(differing.get(0).contains("inconclusive"));
        assertTrue(differing.get(0).contains("≠ differ"));
        String html = Files.readString(rendered.index());
        assertTrue(html.contains("<span class=\"badge positive\">reproduced</span>"));
        assertTrue(html.contains("<span class=\"badge negative\">not-reproduced</span>"));
        assertTrue(html.contains("<span class=\"badge uncertain\">inconclusive</span>"));
    }

    @Test
    void theCaptionSaysWhichPointsWereNotDrawn() throws Exception {
        String html = Files.readString(rendered.index());
        // loss: U[-1,1] has a NaN and an infinity; theory has a 0 on the log y axis; "not run" is empty.
        assertTrue(html.contains("Not drawn: U[-1,1]: 2 of 40 points not finite (NaN or ±∞); theory: 1 of 40 points"
                + " ≤ 0 on a log axis; not run: no points."), html);
        // gradient-depth: the point at depth −1 cannot sit on the log x axis.
        assertTrue(html.contains("Not drawn: sigmoid: 1 of 4 points ≤ 0 on a log axis."));
        assertTrue(html.contains("Not drawn: DL4J: 1 of 3 values not finite (NaN or ±∞)."));
    }

    @Test
    void everyTableCsvReadsBackToTheModelsCells() throws Exception {
        for (Section section : report.sections()) {
            for (Table table : section.tables()) {
                List<CSVRecord> records = csv(dir.resolve(ReportLayout.tableCsv(table)));
                assertEquals(table.rows().size() + 1, records.size(), table.id());
                assertEquals(table.columns().stream().map(c -> c.header()).toList(), records.get(0).toList());
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Cell> row = table.rows().get(r);
                    CSVRecord record = records.get(r + 1);
                    for (int c = 0; c < row.size(); c++) {
                        if (row.get(c) instanceof NumberCell n) {
                            assertEquals(n.value(), Double.parseDouble(record.get(c)), table.id() + " " + r + "," + c);
                        } else {
                            assertEquals(((TextCell) row.get(c)).text(), record.get(c));
                        }
                    }
                }
            }
        }
        List<CSVRecord> finalTable = csv(dir.resolve("tables/final.csv"));
        assertEquals(List.of("U[-1,1]", "core", "2.302585", "0.1135", "5"), finalTable.get(1).toList());
        assertEquals(List.of("diverged", "core", "NaN", "-Infinity", "2"), finalTable.get(3).toList());
        assertEquals("text, with \"quotes\"\nand a line break", finalTable.get(4).get(1));
        assertEquals("1.0E-7", finalTable.get(4).get(2));
        assertEquals("123456789", finalTable.get(4).get(3));
    }

    @Test
    void theHtmlShowsNumbersInTheColumnsFormat() throws Exception {
        String html = Files.readString(rendered.index());
        assertTrue(html.contains("<td class=\"num\">2.3026</td><td class=\"num\">0.1135</td><td class=\"num\">5</td>"),
                "loss with %.4f, accuracy and epochs with auto");
        assertTrue(html.contains("<td class=\"num\">NaN</td><td class=\"num\">−∞</td>"));
        assertTrue(html.contains("<td>text, with &quot;quotes&quot;<br />\nand a line break</td>"));
    }

    @Test
    void claimsCsvHasOneRecordPerClaimWithEachImplementationsVerdict() throws Exception {
        List<CSVRecord> records = csv(rendered.claims());
        assertEquals(List.of("id", "section", "claim", "core", "DL4J", "verdicts_differ", "note"), records.get(0).toList());
        assertEquals(5, records.size());
        assertEquals(List.of("small-lr", "relu-range", "A 100 times smaller rate rescues U[-1,1]", "reproduced",
                "inconclusive", "true", ""), records.get(2).toList());
        assertEquals("loss moved 0.1% in 5 epochs", records.get(1).get(6));
    }

    @Test
    void figureDataCsvHoldsEveryPointIncludingTheUndrawnOnes() throws Exception {
        List<CSVRecord> loss = csv(dir.resolve("figures/loss.csv"));
        assertEquals(List.of("series", "reference", "x", "y"), loss.get(0).toList());
        assertEquals(1 + 40 * 3, loss.size());
        assertEquals(List.of("U[-1,1]", "false", "20", "NaN"), loss.get(1 + 40 + 20).toList());
        assertEquals(List.of("theory", "true", "0", "0"), loss.get(1 + 80).toList());
        List<CSVRecord> bars = csv(dir.resolve("figures/accuracy.csv"));
        assertEquals(List.of(List.of("category", "core", "DL4J"), List.of("U[-1,1]", "0.1135", "0.1135"),
                List.of("He", "0.9612", "NaN"), List.of("Xavier", "0.9544", "0.9544")),
                bars.stream().map(CSVRecord::toList).toList());
    }

    @Test
    void theMarkdownSummaryListsEveryClaimWithItsVerdictsAndLinksEveryCsv() throws Exception {
        String md = Files.readString(rendered.summary());
        for (Claim claim : report.allClaims()) {
            String escaped = claim.text().replace("[", "\\[").replace("]", "\\]");
            assertTrue(md.contains("| " + escaped + " |"), "missing claim: " + claim.text());
        }
        assertTrue(md.contains("| 2 | A 100 times smaller rate rescues U\\[-1,1\\] | ReLU and the uniform range"
                + " | ✔ reproduced | ? inconclusive | **≠ differ** |"), md);
        assertTrue(md.contains("| # | Claim | Section | core | DL4J | Agreement |"));
        assertTrue(md.contains("[Final metrics](tables/final.csv)"));
        assertTrue(md.contains("[No rows yet](tables/empty-table.csv) (0 rows)"));
        assertTrue(md.contains("[figures/loss.csv](figures/loss.csv)"));
        assertTrue(md.contains("[claims.csv](claims.csv)"));
        assertTrue(md.contains("| spec | { … (whole value in report.json) |"), md);
    }

    @Test
    void aLongTableIsCutInThePageButWholeInItsCsv(@TempDir Path out) throws Exception {
        Table.Builder builder = Table.builder("long", "Long").columns("i");
        for (int i = 0; i < 30; i++) {
            builder.row(i);
        }
        Report longReport = Report.builder("r").section(Section.builder("s", "S").table(builder.build()).build()).build();
        RenderedReport result = ReportRenderer.render(longReport, out, RenderOptions.defaults().withMaxHtmlRows(10));
        String html = Files.readString(result.index());
        assertTrue(html.contains("<td class=\"num\">9</td>"));
        assertFalse(html.contains("<td class=\"num\">10</td>"));
        assertTrue(html.contains("Showing the first 10 of 30 rows"));
        assertEquals(31, csv(out.resolve("tables/long.csv")).size());
    }

    @Test
    void renderingAgainRemovesFilesOfFiguresThatAreGone(@TempDir Path out) throws Exception {
        ReportRenderer.render(SampleReports.full(), out, RenderOptions.defaults().withPng(true));
        assertTrue(Files.exists(out.resolve("figures/loss.png")));
        Path notes = out.resolve("figures/notes.txt");
        Files.writeString(notes, "mine");
        Report smaller = Report.builder("r").section(SampleReports.full().sections().get(1)).build();
        RenderedReport second = ReportRenderer.render(smaller, out);
        try (Stream<Path> figures = Files.list(out.resolve("figures"))) {
            assertEquals(List.of("gradient-depth.csv", "gradient-depth.svg", "notes.txt"),
                    figures.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> tables = Files.list(out.resolve("tables"))) {
            assertEquals(List.of("empty-table.csv"), tables.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(List.of(out.resolve("figures/gradient-depth.svg").toAbsolutePath(),
                out.resolve("figures/gradient-depth.csv").toAbsolutePath()), second.figures());
    }

    @Test
    void aFileWhereTheDirectoryShouldBeGivesAClearError(@TempDir Path out) throws Exception {
        Path file = out.resolve("report");
        Files.writeString(file, "x");
        IOException e = assertThrows(IOException.class, () -> ReportRenderer.render(SampleReports.full(), file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("a file (not a directory) has that name"), e.getMessage());
    }

    @Test
    void aReportWithNothingInItStillRenders(@TempDir Path out) throws Exception {
        RenderedReport result = ReportRenderer.render(Report.builder("Empty").build(), out);
        String html = Files.readString(result.index());
        assertTrue(html.contains("This report checks no claims."));
        assertTrue(html.contains("No provenance was recorded."));
        Xml.parse(result.index());
        assertEquals(List.of(List.of("id", "section", "claim", "verdicts_differ", "note")),
                csv(result.claims()).stream().map(CSVRecord::toList).toList());
        assertInstanceOf(String.class, Files.readString(result.summary()));
    }
}
