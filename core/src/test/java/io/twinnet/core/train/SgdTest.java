package io.twinnet.core.train;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.math.SparseRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.SplittableRandom;

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

    /** The step on a long range (SIMD blocks and a plain tail) is the formula rounded after every operation, entry by entry. */
    @ParameterizedTest(name = "{0}, n = {1}")
    @CsvSource({"DOUBLE, 1", "DOUBLE, 7", "FLOAT, 1", "FLOAT, 7", "FLOAT, 128"})
    void stepOnALongRangeIsTheFormulaRoundedAfterEveryOperation(Arithmetic ar, int n) {
        SplittableRandom r = new SplittableRandom(n + 31L * ar.ordinal());
        double[] p = new double[50];
        double[] g = new double[50];
        for (int k = 0; k < p.length; k++) {
            p[k] = ar.round(r.nextDouble(-1, 1));
            g[k] = ar.round(r.nextDouble(-1, 1) * Math.scalb(1.0, r.nextInt(-30, 5)));
        }
        double lr = ar.round(0.037);
        double[] before = p.clone();
        Sgd.of(ar).step(p, g, 2, 47, lr, n);
        for (int k = 0; k < p.length; k++) {
            double expected = k < 2 || k >= 47 ? before[k] : ar.round(before[k] - ar.round(lr * ar.round(g[k] / n)));
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(p[k]), "entry " + k);
        }
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
        SparseRows inputs = new SparseRows(4);
        Sgd.INSTANCE.stepRankOne(inputs, inputs.gatherNonZero(x, 0, 1, 4, 2, 3), delta, 3, direct, 0.7);
        for (int k = 0; k < direct.length; k++) {
            assertEquals(Double.doubleToRawLongBits(viaGradient[k]), Double.doubleToRawLongBits(direct[k]), "parameter " + k);
        }
    }

    @Test
    void anOptimiserWithStateDeclinesTheRankOneRouteByDefault() {
        Optimiser stateful = (p, g, from, to, lr, n) -> { };
        assertTrue(Sgd.INSTANCE.takesRankOne());
        assertEquals(false, stateful.takesRankOne());
        assertThrows(UnsupportedOperationException.class, () -> stateful.stepRankOne(new SparseRows(1), 0, new double[1], 1, new double[1], 0.1));
    }

    /**
     * Random rows of every width around the SIMD block (8 doubles with AVX-512; 10 and 17 end in an overlapping vector): the rank-one step equals the
     * stored outer product followed by {@link Sgd#step}, bit for bit, in either precision; in float32 also with
     * an input or a learning rate that is not a float (the SIMD form then leaves the row to the plain loop).
     */
    @ParameterizedTest(name = "{0}, width {1}, float-valued x and lr: {2}")
    @CsvSource({"DOUBLE, 3, true", "DOUBLE, 8, true", "DOUBLE, 10, true", "DOUBLE, 17, true", "DOUBLE, 100, true", "FLOAT, 10, true",
            "FLOAT, 3, true", "FLOAT, 8, true", "FLOAT, 17, true", "FLOAT, 100, true", "FLOAT, 100, false"})
    void rankOneStepMatchesTheStoredGradientStepOnRandomRows(Arithmetic ar, int nOut, boolean floatValued) {
        SplittableRandom r = new SplittableRandom(nOut * 7L + ar.ordinal() + (floatValued ? 0 : 99));
        int nIn = 20;
        int wOff = 5;
        for (int trial = 0; trial < 20; trial++) {
            double[] x = new double[nIn];
            for (int i = 0; i < nIn; i++) {
                if (r.nextInt(3) == 0) continue;
                double v = r.nextDouble(-2, 2);
                x[i] = floatValued ? ar.round(v) : v;
            }
            double[] delta = new double[nOut];
            for (int j = 0; j < nOut; j++) delta[j] = ar.round(r.nextDouble(-1, 1) * Math.scalb(1.0, r.nextInt(-20, 0)));
            double[] viaGradient = new double[wOff + nIn * nOut + 3];
            for (int k = 0; k < viaGradient.length; k++) viaGradient[k] = ar.round(r.nextDouble(-0.5, 0.5));
            double[] direct = viaGradient.clone();
            double lr = floatValued ? ar.round(0.01 + r.nextDouble()) : 0.01 + r.nextDouble();
            double[] g = new double[viaGradient.length];
            for (int i = 0; i < nIn; i++) {
                for (int j = 0; j < nOut; j++) g[wOff + i * nOut + j] = ar.round(x[i] * delta[j]);
            }
            Sgd.of(ar).step(viaGradient, g, wOff, wOff + nIn * nOut, lr, 1);
            SparseRows inputs = new SparseRows(nIn);
            Sgd.of(ar).stepRankOne(inputs, inputs.gatherNonZero(x, 0, 1, nIn, wOff, nOut), delta, nOut, direct, lr);
            for (int k = 0; k < direct.length; k++) {
                assertEquals(Double.doubleToRawLongBits(viaGradient[k]), Double.doubleToRawLongBits(direct[k]), "trial " + trial + ", parameter " + k);
            }
        }
    }
}
