package io.twinnet.core.train;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SgdTest {

    @Test
    void stepDividesTheGradientSumByTheBatchThenScalesAndSubtractsOnlyInsideTheRange() {
        double[] p = {1.0, 2.0, 3.0};
        double[] g = {0.5, -1.0, 3.0};
        Sgd.INSTANCE.step(p, g, 1, 3, 0.1, 4);
        assertArrayEquals(new double[]{1.0, 2.0 - 0.1 * (-1.0 / 4), 3.0 - 0.1 * (3.0 / 4)}, p);
        Sgd.INSTANCE.step(p, g, 0, 1, 0.1, 1);
        assertEquals(1.0 - 0.1 * 0.5, p[0]);
    }

    @Test
    void rankOneStepEqualsStoringTheOuterProductThenStepping() {
        double[] x = {0.3, 0.0, -1.7, Double.MIN_VALUE};
        double[] delta = {0.11, -2.5, 1e-9};
        double[] viaGradient = new double[14];
        for (int k = 0; k < viaGradient.length; k++) viaGradient[k] = Math.sin(k + 1);
        double[] direct = viaGradient.clone();
        double[] g = new double[viaGradient.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < delta.length; j++) g[2 + i * 3 + j] = x[i] * delta[j];
        }
        Sgd.INSTANCE.step(viaGradient, g, 2, 14, 0.7, 1);
        Sgd.INSTANCE.stepRankOne(x, 4, delta, 3, direct, 2, 0.7);
        for (int k = 0; k < direct.length; k++) {
            assertEquals(Double.doubleToRawLongBits(viaGradient[k]), Double.doubleToRawLongBits(direct[k]), "parameter " + k);
        }
    }

    @Test
    void anOptimiserWithStateDeclinesTheRankOneRouteByDefault() {
        Optimiser stateful = (p, g, from, to, lr, n) -> { };
        assertTrue(Sgd.INSTANCE.takesRankOne());
        assertEquals(false, stateful.takesRankOne());
        assertThrows(UnsupportedOperationException.class, () -> stateful.stepRankOne(new double[1], 1, new double[1], 1, new double[1], 0, 0.1));
    }
}
