package io.twinnet.experiments.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeadUnitProbeTest {

    @Test
    void deadFractionCountsColumnsThatAreZeroInEveryRow() {
        double[] acts = {0, 1, 0, 0.5, 0, 0, 0, 2, 0, 0, 0, 3};
        assertEquals(0.5, DeadUnitProbe.deadFraction(acts, 3), 0.0, "units 0 and 2 of 4 are zero in all 3 rows");
    }
}
