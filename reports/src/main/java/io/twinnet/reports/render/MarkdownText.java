package io.twinnet.reports.render;

/**
 * Escaping for Markdown (CommonMark and GitHub's dialect). Markdown passes raw HTML through, so
 * {@code & < >} become entities, and the characters that start emphasis, code, links,
 * strike-through or table cells ({@code \ ` * _ [ ] | ~}) get a backslash. The text is always
 * placed after a prefix (a table cell, a heading's number, a list bullet), never at the start of a
 * line, so block markers such as {@code #}, {@code -} or {@code 1.} need no escape. A table cell
 * also loses its line breaks.
 */
public final class MarkdownText {

    private static final String SPECIAL = "\\`*_[]|~";

    private MarkdownText() {
    }

    /** Inline text that shows as written. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Text for one table cell: escaped, on one line. */
    public static String cell(String text) {
        return escape(text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip());
    }
}
