package io.twinnet.reports.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.IllegalFormatException;
import java.util.Locale;

/**
 * How a column shows its numbers to a reader: {@code "auto"} or a {@link java.util.Formatter}
 * pattern for one double, such as {@code "%.3f"} or {@code "%.2e"} (always with
 * {@link Locale#ROOT}, so a decimal point whatever the machine's locale).
 *
 * <p>{@code auto}: integers (|v| &lt; 10¹⁵) in full; other values with |v| in [10⁻³, 10⁶) with 4
 * significant digits and no trailing zeros (0.1235, 12.5); the rest in scientific notation with 4
 * significant digits (1.235e-05). Non-finite values read NaN, ∞ and −∞ in every pattern.
 *
 * @param pattern {@code "auto"} or a pattern that formats a double
 */
public record NumberFormatSpec(String pattern) {

    public static final NumberFormatSpec AUTO = new NumberFormatSpec("auto");

    public NumberFormatSpec {
        if (pattern == null || pattern.isBlank()) {
            pattern = "auto";
        }
        if (!pattern.equals("auto")) {
            try {
                String.format(Locale.ROOT, pattern, 1.5);
            } catch (IllegalFormatException e) {
                throw new ReportModelException("column.format", "'" + pattern + "' cannot format a number ("
                        + e.getMessage() + "); use \"auto\" or a pattern such as \"%.4f\" or \"%.3e\"");
            }
            if (!pattern.contains("%")) {
                throw new ReportModelException("column.format", "'" + pattern + "' has no % conversion;"
                        + " use \"auto\" or a pattern such as \"%.4f\" or \"%.3e\"");
            }
        }
    }

    public static NumberFormatSpec of(String pattern) {
        return new NumberFormatSpec(pattern);
    }

    /** The value as this spec shows it. */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (!pattern.equals("auto")) {
            return String.format(Locale.ROOT, pattern, value);
        }
        return auto(value);
    }

    private static String auto(double value) {
        double magnitude = Math.abs(value);
        if (value == Math.rint(value) && magnitude < 1e15) {
            return Long.toString((long) value);
        }
        if (magnitude >= 1e-3 && magnitude < 1e6) {
            return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
        String scientific = String.format(Locale.ROOT, "%.3e", value);
        int e = scientific.indexOf('e');
        String mantissa = scientific.substring(0, e).replaceAll("\\.?0+$", "");
        return mantissa + scientific.substring(e);
    }
}
