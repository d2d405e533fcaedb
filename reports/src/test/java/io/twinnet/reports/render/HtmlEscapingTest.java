package io.twinnet.reports.render;

import static io.twinnet.reports.SampleReports.HOSTILE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.reports.SampleReports;
import io.twinnet.reports.json.ReportJson;
import io.twinnet.reports.model.Report;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * A report whose every free text is {@code <script>alert(1)</script>"'&}: the page, the summary and
 * the figures must show it as text and never carry it as markup; the data files keep it exactly.
 */
class HtmlEscapingTest {

    @TempDir
    static Path dir;
    static RenderedReport rendered;

    @BeforeAll
    static void render() throws Exception {
        rendered = ReportRenderer.render(SampleReports.hostile(), dir, RenderOptions.defaults().withPng(true));
    }

    private static List<Path> files(String... suffixes) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(suffixes).anyMatch(s -> p.toString().endsWith(s)))
                    .sorted().toList();
        }
    }

    @Test
    void theHostileStringNeverAppearsRawInThePageTheSummaryOrAnySvg() throws Exception {
        List<Path> markup = files(".html", ".md", ".svg");
        assertEquals(8, markup.size(), "index.html, summary.md and six SVG figures (one of each kind and more): " + markup);
        for (Path file : markup) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertFalse(text.contains(HOSTILE), file + " holds the raw string");
            assertFalse(text.contains("<script"), file + " holds a script tag");
            assertFalse(text.contains("</script"), file + " holds a script end tag");
        }
    }

    @Test
    void thePageIsWellFormedAndShowsTheHostileTextVerbatimEverywhere() throws Exception {
        Document page = Xml.parse(rendered.index());
        List<String> texts = Xml.allTexts(page);
        long exact = texts.stream().filter(HOSTILE::equals).count();
        // title element, h1, subtitle, provenance group, key and value, section heading, paragraph,
        // claim text (table and card), claim note, verdict, implementation name, figure alt texts,
        // table caption, column header and cell: each shows the decoded string on its own.
        assertTrue(exact >= 15, "the hostile text appears decoded " + exact + " times");
        assertTrue(Xml.elements(page, "script").isEmpty());
        String html = Files.readString(rendered.index());
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"));
        assertTrue(html.contains("alt=\"Figure 1: &lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;\""),
                "escaped inside an attribute too");
    }

    @Test
    void everySvgIsWellFormedAndDrawsTheHostileTextAsText() throws Exception {
        for (Path svg : files(".svg")) {
            Document document = Xml.parse(svg);
            assertTrue(Xml.elements(document, "script").isEmpty());
            List<String> texts = Xml.allTexts(document);
            assertTrue(texts.contains(HOSTILE), svg + " should draw the hostile title, labels and series as text");
        }
    }

    @Test
    void theSummaryEscapesMarkupAndTableSyntax() throws Exception {
        String md = Files.readString(rendered.summary());
        assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;\"'&amp;"), md);
    }

    @Test
    void csvAndJsonKeepTheHostileTextExactly() throws Exception {
        try (Reader in = Files.newBufferedReader(dir.resolve("tables/t.csv"));
             CSVParser csv = CSVParser.parse(in, CsvFiles.FORMAT)) {
            List<CSVRecord> records = csv.getRecords();
            assertEquals(HOSTILE, records.get(0).get(0));
            assertEquals(HOSTILE, records.get(1).get(0));
        }
        Report back = ReportJson.read(rendered.json());
        assertEquals(SampleReports.hostile(), back);
    }
}
