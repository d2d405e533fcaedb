package io.twinnet.experiments.app.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.reports.render.RenderedReport;
import io.twinnet.reports.render.ReportRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileLabelEscapingTest {

    @Test
    void aHostileExperimentTitleAndClaimAreEscapedInTheHtml(@TempDir Path dir) throws Exception {
        RenderedReport r = ReportRenderer.render(ResultsReport.build(
                SyntheticResults.document(SyntheticResults.HOSTILE, "claim " + SyntheticResults.HOSTILE)), dir);
        String html = Files.readString(r.index());
        assertFalse(html.contains("<script>alert(1)"), "raw script tag in the HTML");
        assertFalse(html.contains("</script>\"'&"), "raw quote/ampersand sequence in the HTML");
        // The text is there, escaped as HTML text: < > & always; quotes as entities.
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped title missing");
        assertTrue(html.matches("(?s).*&lt;/script&gt;(&quot;|&#34;|&#x22;)(&#39;|&#x27;|&apos;)&amp;.*"), "quotes and ampersand not escaped");
    }

    @Test
    void hostileLabelsOfADeclaredFigureAreEscapedInTheHtmlAndTheSvg(@TempDir Path dir) throws Exception {
        RenderedReport r = ReportRenderer.render(ResultsReport.build(SyntheticResults.withDeclaredFigure(
                SyntheticResults.document("demo", "claim"))), dir);
        String html = Files.readString(r.index());
        assertFalse(html.contains("<script>alert(1)"), "raw script tag in the HTML");
        assertTrue(html.contains("loss &lt;script&gt;alert(1)&lt;/script&gt;"), "escaped figure title missing");
        Path svg = dir.resolve("figures").resolve("demo-declared-eval-loss.svg");
        assertTrue(Files.isRegularFile(svg), "the declared figure was not drawn");
        String drawn = Files.readString(svg);
        assertFalse(drawn.contains("<script>alert(1)"), "raw script tag in the SVG");
        assertTrue(drawn.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the hostile series label is not in the SVG's legend as text");
    }
}
