package io.twinnet.dl4j.inits;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HolmBonferroniTest {

    /**
     * α = 0.05, m = 4. Sorted: 0.005 ≤ 0.05/4 and 0.01 ≤ 0.05/3 are rejected; 0.03 &gt; 0.05/2 stops the procedure,
     * so 0.04 is kept although it is below 0.05/1.
     */
    @Test
    void stepsDownAndStopsAtTheFirstPValueAboveItsThreshold() {
        HolmBonferroni h = HolmBonferroni.of(0.05, new double[] {0.01, 0.04, 0.03, 0.005});
        assertEquals(List.of(true, false, false, true), h.rejected());
        assertEquals(List.of(2, 4, 3, 1), h.ranks());
        assertEquals(0.05 / 3, h.thresholds().get(0), 1e-15);
        assertEquals(0.05 / 1, h.thresholds().get(1), 1e-15);
        assertEquals(0.05 / 2, h.thresholds().get(2), 1e-15);
        assertEquals(0.05 / 4, h.thresholds().get(3), 1e-15);
        assertEquals(2, h.rejections());
        assertEquals(0.0125, h.strictestThreshold(), 1e-15);
    }

    @Test
    void equalPValuesTakeConsecutiveRanksAndTheSameVerdict() {
        HolmBonferroni h = HolmBonferroni.of(0.1, new double[] {0.02, 0.02, 0.5});
        assertEquals(List.of(1, 2, 3), h.ranks());
        assertEquals(List.of(true, true, false), h.rejected());
    }

    @Test
    void rejectsAnAlphaOutsideZeroToOneAndPValuesOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> HolmBonferroni.of(0, new double[] {0.5}));
        assertThrows(IllegalArgumentException.class, () -> HolmBonferroni.of(1, new double[] {0.5}));
        assertThrows(IllegalArgumentException.class, () -> HolmBonferroni.of(0.05, new double[] {1.5}));
    }
}
