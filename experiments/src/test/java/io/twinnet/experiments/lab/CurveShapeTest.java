package io.twinnet.experiments.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CurveShapeTest {

    @Test
    void aLineFallingByOnePercentOfItsMeanPerThousandStepsHasSlopeMinusOnePercent() {
        // y = 1 − 1e-5·x over x = 0..10000 in the last half: mean over x ∈ [5000, 10000] is 0.925, slope −1e-5
        double[] x = new double[11];
        double[] y = new double[11];
        for (int i = 0; i <= 10; i++) {
            x[i] = 1000 * i;
            y[i] = 1 - 1e-5 * x[i];
        }
        double s = CurveShape.relativeSlopePer1000Steps(new Series(x, y), 0.5);
        assertEquals(1000 * -1e-5 / 0.925, s, 1e-12);
    }

    @Test
    void aFlatCurveHasZeroSlopeWhateverItsLength() {
        double[] x = {0, 1000, 2000, 3000, 4000, 5000, 6000};
        double[] y = {0.09, 0.09, 0.09, 0.09, 0.09, 0.09, 0.09};
        assertEquals(0.0, CurveShape.relativeSlopePer1000Steps(new Series(x, y), 0.5), 1e-15);
    }

    @Test
    void tooFewPointsOrANonFiniteValueGiveNaN() {
        assertTrue(Double.isNaN(CurveShape.relativeSlopePer1000Steps(new Series(new double[] {0, 1}, new double[] {1, 1}), 1)));
        Series diverged = new Series(new double[] {0, 1, 2, 3}, new double[] {1, 0.9, Double.NaN, Double.NaN});
        assertTrue(Double.isNaN(CurveShape.relativeSlopePer1000Steps(diverged, 1)));
    }

    @Test
    void valueAtAStepIsTheFirstCheckpointAtOrAfterIt() {
        Series s = new Series(new double[] {0, 100, 200}, new double[] {3, 2, 1});
        assertEquals(2, CurveShape.at(s, 100));
        assertEquals(1, CurveShape.at(s, 150));
        assertTrue(Double.isNaN(CurveShape.at(s, 201)));
    }
}
