package io.twinnet.reports.render;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels of a log axis as plain text with Unicode superscripts: 10⁻³, 10⁰, 10². JFreeChart's
 * own labels are attributed strings, which JFreeSVG can only draw as glyph outlines; plain text
 * stays text in the SVG (selectable, searchable, small). A value that is not a power of ten
 * (never the case with the decade tick units the renderer sets) is shown with 3 significant digits.
 */
final class PowerOfTenFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    @Override
    public StringBuffer format(double value, StringBuffer out, FieldPosition position) {
        if (value > 0 && Double.isFinite(value)) {
            long exponent = Math.round(Math.log10(value));
            double power = Math.pow(10, exponent);
            if (Math.abs(value - power) <= 1e-9 * power) {
                out.append("10");
                if (exponent < 0) {
                    out.append('⁻');
                }
                for (char digit : Long.toString(Math.abs(exponent)).toCharArray()) {
                    out.append(SUPERSCRIPT_DIGITS.charAt(digit - '0'));
                }
                return out;
            }
        }
        return out.append(String.format(Locale.ROOT, "%.3g", value));
    }

    @Override
    public StringBuffer format(long value, StringBuffer out, FieldPosition position) {
        return format((double) value, out, position);
    }

    /** Labels are only ever written, never read back. */
    @Override
    public Number parse(String source, ParsePosition position) {
        return null;
    }
}
