package io.twinnet.reports.render;

/**
 * Escaping for HTML and XML: every string from a report passes through {@link #escape} before it
 * reaches a page, whether as element text or inside a quoted attribute value.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /**
     * The text with {@code & < > " '} replaced by {@code &amp; &lt; &gt; &quot; &#39;}: safe as
     * element content and inside single- or double-quoted attributes, in HTML and in XML.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #escape} with every line break turned into {@code <br />}. */
    public static String escapeLines(String text) {
        return escape(text).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br />\n");
    }
}
