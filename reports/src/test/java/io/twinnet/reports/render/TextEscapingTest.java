package io.twinnet.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextEscapingTest {

    @Test
    void htmlEscapeReplacesTheFiveMarkupCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
                HtmlText.escape("<a href=\"x\" title='y'>&amp;</a>"));
        assertEquals("plain ünïcode ≠ text", HtmlText.escape("plain ünïcode ≠ text"));
    }

    @Test
    void htmlEscapeLinesKeepsLineBreaksVisible() {
        assertEquals("a<br />\nb<br />\nc<br />\n&lt;", HtmlText.escapeLines("a\r\nb\nc\r<"));
    }

    @Test
    void markdownEscapeNeutralisesHtmlAndInlineSyntax() {
        assertEquals("a\\|b\\*c\\_d\\`e\\[f\\](g) &lt;i&gt; &amp; \\~\\~ \\\\", MarkdownText.escape("a|b*c_d`e[f](g) <i> & ~~ \\"));
        assertEquals("U\\[-1,1\\], lr 1e-2. #1", MarkdownText.escape("U[-1,1], lr 1e-2. #1"));
    }

    @Test
    void markdownCellsStayOnOneLine() {
        assertEquals("one two three", MarkdownText.cell(" one\ntwo\r\nthree "));
    }

    @Test
    void csvNumbersAreExact() {
        assertEquals("3", CsvFiles.number(3.0));
        assertEquals("-12", CsvFiles.number(-12));
        assertEquals("0.1", CsvFiles.number(0.1));
        assertEquals("0.30000000000000004", CsvFiles.number(0.1 + 0.2));
        assertEquals("1.0E-7", CsvFiles.number(1e-7));
        assertEquals("1.0E15", CsvFiles.number(1e15));
        assertEquals("NaN", CsvFiles.number(Double.NaN));
        assertEquals("Infinity", CsvFiles.number(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", CsvFiles.number(Double.NEGATIVE_INFINITY));
    }
}
