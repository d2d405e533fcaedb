package io.twinnet.reports.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumberFormatSpecTest {

    private static String auto(double v) {
        return NumberFormatSpec.AUTO.format(v);
    }

    @Test
    void autoShowsIntegersWhole() {
        assertEquals("42", auto(42));
        assertEquals("-7", auto(-7));
        assertEquals("0", auto(0));
        assertEquals("25000000", auto(2.5e7));
        assertEquals("999999999999999", auto(999_999_999_999_999.0));
    }

    @Test
    void autoShowsMidRangeValuesWithFourSignificantDigits() {
        assertEquals("0.1235", auto(0.123456));
        assertEquals("12.5", auto(12.5));
        assertEquals("2.303", auto(2.302585));
        assertEquals("0.001", auto(0.001));
        assertEquals("-0.5", auto(-0.5));
        assertEquals("123500", auto(123456.7));
    }

    @Test
    void autoUsesScientificNotationForTinyAndHugeValues() {
        assertEquals("1.235e-05", auto(1.23456e-5));
        assertEquals("1e-07", auto(1e-7));
        assertEquals("2.5e+17", auto(2.5e17));
        assertEquals("-3e-04", auto(-3e-4));
        assertEquals("1.5e+06", auto(1.5e6 + 0.5 - 0.5 + 0.25));
    }

    @Test
    void nonFiniteValuesReadTheSameInEveryPattern() {
        for (NumberFormatSpec spec : new NumberFormatSpec[] {NumberFormatSpec.AUTO, NumberFormatSpec.of("%.3f")}) {
            assertEquals("NaN", spec.format(Double.NaN));
            assertEquals("∞", spec.format(Double.POSITIVE_INFINITY));
            assertEquals("−∞", spec.format(Double.NEGATIVE_INFINITY));
        }
    }

    @Test
    void patternsUseADecimalPointWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("0.123", NumberFormatSpec.of("%.3f").format(0.12345));
            assertEquals("1.23e-05", NumberFormatSpec.of("%.2e").format(1.2345e-5));
            assertEquals("0.1235", auto(0.123456));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void patternsThatCannotFormatADoubleAreRefused() {
        ReportModelException integer = assertThrows(ReportModelException.class, () -> NumberFormatSpec.of("%d"));
        assertTrue(integer.getMessage().contains("'%d' cannot format a number"), integer.getMessage());
        assertThrows(ReportModelException.class, () -> NumberFormatSpec.of("plain"));
        assertThrows(ReportModelException.class, () -> NumberFormatSpec.of("%.2f and %.2f"));
        assertEquals(NumberFormatSpec.AUTO, NumberFormatSpec.of(null));
        assertEquals("50.0%", NumberFormatSpec.of("%.1f%%").format(50));
    }
}
