package io.twinnet.experiments.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConvergencePointTest {
    private static final ConvergencePoint LAST_TENTH = new ConvergencePoint(0.1, 0.01);

    /** A loss read every 100 steps from 0 to 1000. */
    private static Series every100(double... y) {
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) x[i] = 100 * i;
        return new Series(x, y);
    }

    @Test
    void theChangeIsReadBetweenNinetyPercentOfTheStepsAndTheEnd() {
        Series loss = every100(1, 0.8, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.102, 0.1);
        assertEquals(0.02, LAST_TENTH.relativeChange(loss), 1e-12);
        assertFalse(LAST_TENTH.reached(loss));
    }

    @ParameterizedTest(name = "L(900) = {0}, L(1000) = 0.1: reached {1}")
    @CsvSource({"0.1005, true", "0.0995, true", "0.1011, false", "0.0989, false", "0.1, true"})
    void aLossThatStillMovesEitherWayByMoreThanTheBoundHasNotConverged(double at900, boolean reached) {
        assertEquals(reached, LAST_TENTH.reached(every100(1, 0.5, 0.4, 0.3, 0.2, 0.15, 0.12, 0.11, 0.105, at900, 0.1)));
    }

    @Test
    void checkpointsTooSparseForTheTailTakeTheLastOneBeforeIt() {
        // read every 400 steps to 1200: the last checkpoint at or before 1080 is 800, so the change covers 400 steps
        Series loss = new Series(new double[] {0, 400, 800, 1200}, new double[] {1, 0.3, 0.2, 0.1});
        assertEquals(1.0, LAST_TENTH.relativeChange(loss), 1e-12);
    }

    @Test
    void aDivergedOrMissingCurveHasNotConverged() {
        assertTrue(Double.isNaN(LAST_TENTH.relativeChange(null)));
        assertFalse(LAST_TENTH.reached(every100(1, 0.5, Double.NaN)));
        assertFalse(LAST_TENTH.reached(new Series(new double[] {0}, new double[] {1})));
    }

    @Test
    void itDescribesItselfInPercent() {
        assertEquals("the loss changed by less than 1 % of its final value over the last 10 % of the steps", LAST_TENTH.describe());
        assertEquals("the loss changed by less than 0.5 % of its final value over the last 25 % of the steps",
                new ConvergencePoint(0.25, 0.005).describe());
    }

    @Test
    void aTailOutsideTheRunOrANonPositiveBoundIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ConvergencePoint(1, 0.01));
        assertThrows(IllegalArgumentException.class, () -> new ConvergencePoint(0.1, 0));
    }
}
