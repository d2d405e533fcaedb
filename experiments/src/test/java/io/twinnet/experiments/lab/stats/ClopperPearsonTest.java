package io.twinnet.experiments.lab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClopperPearsonTest {

    /**
     * Closed forms at the edges: k = 0 gives [0, 1 − 0.025^(1/n)], k = n gives [0.025^(1/n), 1];
     * 5 of 10 is the textbook [0.1871, 0.8129] (e.g. Agresti &amp; Coull 1998, table 1).
     */
    @ParameterizedTest(name = "{0} of {1} -> [{2}, {3}]")
    @CsvSource({
            "0, 10, 0.0,    0.30850",
            "10, 10, 0.69150, 1.0",
            "4, 4, 0.39764, 1.0",
            "5, 10, 0.18709, 0.81291",
            "0, 24, 0.0,    0.14248",
    })
    void intervalMatchesTheExactBinomialBounds(int k, int n, double lower, double upper) {
        Estimate e = ClopperPearson.fraction(k, n);
        assertEquals((double) k / n, e.value(), 1e-15);
        assertEquals(lower, e.lower(), 5e-5);
        assertEquals(upper, e.upper(), 5e-5);
        assertEquals(n, e.seeds());
    }

    @Test
    void edgeFormulasHoldExactly() {
        assertEquals(1 - Math.pow(0.025, 1.0 / 10), ClopperPearson.fraction(0, 10).upper(), 1e-9);
        assertEquals(Math.pow(0.025, 1.0 / 7), ClopperPearson.fraction(7, 7).lower(), 1e-9);
    }

    @Test
    void noTrialsMeansNothingMeasured() {
        assertFalse(ClopperPearson.fraction(0, 0).measured());
    }

    @Test
    void moreSuccessesThanTrialsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClopperPearson.fraction(3, 2));
    }
}
