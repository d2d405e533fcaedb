package io.twinnet.core.train;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.Updater;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adam's update against Kingma &amp; Ba's formulas worked by hand for the first two steps. */
class AdamTest {
    private static final Updater.Adam DEFAULTS = (Updater.Adam) Updater.adam();

    @Test
    void theFirstStepMovesByAlmostLrTimesTheGradientsSignBecauseBiasCorrectionCancelsTheAverages() {
        // t = 1: m = 0.1·g, v = 0.001·g², α = lr·√0.001/0.1, so Δ = lr·|g|√0.001 / (|g|√0.001 + ε)·sign(g)
        Adam adam = new Adam(DEFAULTS, Arithmetic.DOUBLE, 3);
        double[] p = {1.0, 2.0, 3.0};
        double[] g = {0.5, -2.0, 0.0};
        adam.beginStep(0);
        adam.step(p, g, 0, 3, 0.1, 1);
        double r = Math.sqrt(0.001);
        assertEquals(1.0 - 0.1 * 0.5 * r / (0.5 * r + 1e-8), p[0], 1e-15);
        assertEquals(2.0 + 0.1 * 2.0 * r / (2.0 * r + 1e-8), p[1], 1e-15);
        assertEquals(3.0, p[2], "no gradient and no momentum yet: no move");
    }

    @Test
    void aZeroGradientStillMovesTheParameterByItsMomentumOnTheSecondStep() {
        // t = 2 with g₂ = 0: m = 0.9·0.1·g₁, v = 0.999·0.001·g₁², α = lr·√(1 − 0.999²)/(1 − 0.9²)
        Adam adam = new Adam(DEFAULTS, Arithmetic.DOUBLE, 1);
        double[] p = {0.0};
        adam.beginStep(0);
        adam.step(p, new double[] {1.0}, 0, 1, 0.01, 1);
        double afterFirst = p[0];
        adam.beginStep(1);
        adam.step(p, new double[] {0.0}, 0, 1, 0.01, 1);
        double m = 0.9 * 0.1;
        double v = 0.999 * 0.001;
        double alpha = 0.01 * Math.sqrt(1 - 0.999 * 0.999) / (1 - 0.9 * 0.9);
        assertEquals(afterFirst - m * alpha / (Math.sqrt(v) + 1e-8), p[0], 1e-17);
        assertTrue(adam.movesWithZeroGradient());
        assertFalse(adam.takesRankOne());
    }

    @Test
    void theSummedGradientIsDividedByTheBatchBeforeTheAverages() {
        Adam perBatch = new Adam(DEFAULTS, Arithmetic.DOUBLE, 2);
        Adam perExample = new Adam(DEFAULTS, Arithmetic.DOUBLE, 2);
        double[] a = {0.3, -0.7};
        double[] b = a.clone();
        perBatch.beginStep(0);
        perExample.beginStep(0);
        perBatch.step(a, new double[] {2.0, -6.0}, 0, 2, 0.05, 4);
        perExample.step(b, new double[] {0.5, -1.5}, 0, 2, 0.05, 1);
        assertArrayEquals(b, a);
        assertArrayEquals(perExample.firstMoments(), perBatch.firstMoments());
    }

    @Test
    void theStepSizeFollowsTheIterationCounterNotTheNumberOfCalls() {
        Adam adam = new Adam(DEFAULTS, Arithmetic.DOUBLE, 0);
        assertEquals(0.1 * Math.sqrt(0.001) / 0.1, adam.stepSize(0.1, 0), 1e-16);
        assertEquals(0.1 * Math.sqrt(1 - Math.pow(0.999, 10)) / (1 - Math.pow(0.9, 10)), adam.stepSize(0.1, 9), 1e-16);
    }

    @Test
    void aCopyCarriesTheMomentsAndThenEvolvesOnItsOwn() {
        Adam adam = new Adam(DEFAULTS, Arithmetic.DOUBLE, 2);
        double[] p = {1.0, -1.0};
        adam.beginStep(0);
        adam.step(p, new double[] {0.2, 0.4}, 0, 2, 0.1, 1);
        Optimiser copy = adam.copy();
        assertEquals(adam, copy);
        double[] q = p.clone();
        adam.beginStep(1);
        copy.beginStep(1);
        adam.step(p, new double[] {-0.1, 0.3}, 0, 2, 0.1, 1);
        copy.step(q, new double[] {-0.1, 0.3}, 0, 2, 0.1, 1);
        assertArrayEquals(p, q);
        adam.step(p, new double[] {1.0, 1.0}, 0, 2, 0.1, 1);
        assertNotEquals(adam, copy);
    }

    @Test
    void inFloat32EveryKeptValueIsAFloat() {
        Adam adam = new Adam(new Updater.Adam(0.8, 0.95, 1e-7), Arithmetic.FLOAT, 3);
        double[] p = {(float) 0.1, (float) -0.2, (float) 0.3};
        for (int t = 0; t < 5; t++) {
            adam.beginStep(t);
            adam.step(p, new double[] {(float) 0.37, (float) -1.1, (float) (0.01 * t)}, 0, 3, (float) 0.01, 3);
        }
        assertTrue(Arithmetic.FLOAT.holds(p, 0, 3));
        assertTrue(Arithmetic.FLOAT.holds(adam.firstMoments(), 0, 3));
        assertTrue(Arithmetic.FLOAT.holds(adam.secondMoments(), 0, 3));
    }
}
