package io.twinnet.experiments.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MedianTest {
    @Test
    void oddCountGivesTheMiddleValue() {
        assertEquals(3.0, Median.of(new double[]{9, 1, 3}));
    }

    @Test
    void evenCountGivesTheMeanOfTheTwoMiddleValues() {
        assertEquals(2.5, Median.of(new double[]{4, 1, 2, 3}));
    }

    @Test
    void emptySampleIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Median.of(new double[0]));
    }
}
