package io.twinnet.reports.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.reports.SampleReports;
import org.junit.jupiter.api.Test;

class HtmlTemplateTest {

    @Test
    void thePageFillsEveryTagOfTheTemplateAndInlinesTheStyleSheet() {
        String html = HtmlReport.render(SampleReports.hostile(), RenderOptions.defaults());
        assertFalse(html.contains("{{"), "a template tag was left in the page");
        assertTrue(html.contains("<style>\n:root { --fg: #1f2328;"), "the style sheet from report.css is inlined");
        assertTrue(html.contains("<p class=\"subtitle\">&lt;script&gt;"), "the subtitle is escaped by the template");
    }
}
