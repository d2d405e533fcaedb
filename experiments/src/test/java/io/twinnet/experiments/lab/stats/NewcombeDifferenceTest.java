package io.twinnet.experiments.lab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NewcombeDifferenceTest {

    /** Newcombe 1998, Table II, method 10 (hybrid score), to the four decimals printed there. */
    @ParameterizedTest(name = "{0}/{1} - {2}/{3}")
    @CsvSource({"56, 70, 48, 80, 0.0524, 0.3339", "9, 10, 3, 10, 0.1705, 0.8090", "6, 7, 2, 7, 0.0582, 0.8062",
            "5, 56, 0, 29, -0.0381, 0.1926", "0, 10, 0, 20, -0.1611, 0.2775", "10, 10, 0, 20, 0.6791, 1.0000"})
    void matchesNewcombesPublishedIntervals(int k1, int n1, int k2, int n2, double lower, double upper) {
        Estimate e = NewcombeDifference.of(k1, n1, k2, n2);
        assertEquals((double) k1 / n1 - (double) k2 / n2, e.value(), 1e-15);
        assertEquals(lower, e.lower(), 5e-5);
        assertEquals(upper, e.upper(), 5e-5);
        assertEquals(n1 + n2, e.seeds());
    }

    @Test
    void noTrialsOnASideGiveNoEstimateAndBadCountsAreRefused() {
        assertFalse(NewcombeDifference.of(0, 0, 3, 5).measured());
        assertThrows(IllegalArgumentException.class, () -> NewcombeDifference.of(4, 3, 1, 2));
    }
}
