package io.twinnet.core.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetTest {
    static final Dataset DATA = Dataset.of("d", new double[]{1, 2, 3, 4, 5, 6}, new double[]{0, 1, 1, 0, 0, 1}, 2, 2);

    @Test
    void gatheringCopiesTheRowsOfABatch() {
        double[] f = new double[4], l = new double[4];
        DATA.gatherFeatures(new int[]{2, 0}, 0, 2, f);
        DATA.gatherLabels(new int[]{2, 0}, 0, 2, l);
        assertArrayEquals(new double[]{5, 6, 1, 2}, f);
        assertArrayEquals(new double[]{0, 1, 0, 1}, l);
        assertEquals(1, DATA.classOf(0));
        assertEquals(0, DATA.classOf(1));
    }

    @Test
    void mismatchedOrNonFiniteArraysAreRefusedNamingTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of("d", new double[]{1, 2, 3}, new double[]{1}, 2, 1));
        assertTrue(e.getMessage().startsWith("features"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Dataset.of("d", new double[]{1, 2}, new double[]{1, 2}, 2, 1));
        assertTrue(e.getMessage().startsWith("labels"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Dataset.of("d", new double[]{1, Double.NaN}, new double[]{1}, 2, 1));
        assertTrue(e.getMessage().startsWith("features"), e.getMessage());
    }

    @Test
    void equalContentMeansEqualHash() {
        Dataset copy = Dataset.of("other name", DATA.features().clone(), DATA.labels().clone(), 2, 2);
        assertEquals(DATA, copy);
        assertEquals(DATA.contentHash(), copy.contentHash());
    }
}
