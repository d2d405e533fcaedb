package io.twinnet.core.math;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kernels against textbook triple loops, on shapes that exercise the slab blocking and sparse inputs. */
class KernelsTest {
    static final int B = 5, N_IN = 97, N_OUT = 53; // 4096/53 = 77 rows per slab: two slabs

    static double[] random(SplittableRandom r, int n, double zeroFraction) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) a[k] = r.nextDouble() < zeroFraction ? 0.0 : r.nextDouble(-1, 1);
        return a;
    }

    @Test
    void affineEqualsTheDefinitionWithAndWithoutBias() {
        SplittableRandom r = new SplittableRandom(1);
        double[] x = random(r, B * N_IN, 0.5);
        double[] p = random(r, 3 + N_IN * N_OUT + N_OUT, 0.0);
        int wOff = 3, bOff = 3 + N_IN * N_OUT;
        double[] z = new double[B * N_OUT];
        Kernels.affine(Arithmetic.DOUBLE, x, B, N_IN, p, wOff, bOff, N_OUT, z);
        double[] zNoBias = new double[B * N_OUT];
        Kernels.affine(Arithmetic.DOUBLE, x, B, N_IN, p, wOff, -1, N_OUT, zNoBias);
        for (int b = 0; b < B; b++) {
            for (int j = 0; j < N_OUT; j++) {
                double s = 0;
                for (int i = 0; i < N_IN; i++) s += x[b * N_IN + i] * p[wOff + i * N_OUT + j];
                assertEquals(s + p[bOff + j], z[b * N_OUT + j], 1e-13);
                assertEquals(s, zNoBias[b * N_OUT + j], 1e-13);
            }
        }
    }

    @Test
    void weightGradientIsTheSumOfOuterProducts() {
        SplittableRandom r = new SplittableRandom(2);
        double[] x = random(r, B * N_IN, 0.3);
        double[] d = random(r, B * N_OUT, 0.0);
        double[] g = random(r, 7 + N_IN * N_OUT, 0.0); // stale values must be overwritten
        Kernels.weightGradient(Arithmetic.DOUBLE, x, B, N_IN, d, N_OUT, g, 7);
        for (int i = 0; i < N_IN; i++) {
            for (int j = 0; j < N_OUT; j++) {
                double s = 0;
                for (int b = 0; b < B; b++) s += x[b * N_IN + i] * d[b * N_OUT + j];
                assertEquals(s, g[7 + i * N_OUT + j], 1e-13);
            }
        }
    }

    @Test
    void sparseWeightGradientMatchesTheDenseOneAcrossChangingSparsityPatterns() {
        SplittableRandom r = new SplittableRandom(3);
        double[] g = new double[N_IN * N_OUT];
        Arrays.fill(g, 42.0); // unknown contents: every row state starts at 1
        byte[] state = new byte[N_IN];
        Arrays.fill(state, (byte) 1);
        double[] expected = new double[N_IN * N_OUT];
        for (int call = 0; call < 6; call++) {
            int batch = 1 + call % 3;
            double[] x = random(r, batch * N_IN, call % 2 == 0 ? 0.8 : 0.2);
            if (call == 4) Arrays.fill(x, 0.0); // every row zero
            double[] d = random(r, batch * N_OUT, 0.0);
            Kernels.weightGradient(Arithmetic.DOUBLE, x, batch, N_IN, d, N_OUT, expected, 0);
            Kernels.weightGradientSparse(Arithmetic.DOUBLE, x, batch, N_IN, d, N_OUT, g, 0, state, new SparseRows(batch));
            for (int k = 0; k < g.length; k++) {
                assertEquals(expected[k], g[k], 0.0, "call " + call + ", entry " + k); // bitwise up to the sign of 0
            }
            for (int i = 0; i < N_IN; i++) {
                boolean anyNonZero = false;
                for (int b = 0; b < batch; b++) anyNonZero |= x[b * N_IN + i] != 0.0;
                assertEquals(anyNonZero ? 1 : 0, state[i], "row state " + i + " after call " + call);
            }
        }
    }

    @Test
    void batchedKernelsSumInIncreasingOrderAcrossTheirBlocks() {
        // nOut = 1100 makes blocks of 2 rows of W in affine and of 2 examples in the weight gradient, so a batch
        // of 7 spans several blocks; the expectations are plain loops in the documented order (from the bias,
        // increasing i; from the first non-zero term, increasing b), which the blocking must reproduce bit for bit.
        int batch = 7, nIn = 9, nOut = 1100;
        SplittableRandom r = new SplittableRandom(11);
        double[] x = random(r, batch * nIn, 0.4);
        for (int b = 0; b < batch; b++) x[b * nIn + 3] = 0.0; // a row of G with no contribution
        x[2 * nIn + 5] = 0.0; // row 5 starts in a later block for some examples
        x[5] = 0.0;
        x[nIn + 5] = 0.0;
        double[] p = random(r, 4 + nIn * nOut + nOut, 0.0);
        int wOff = 4, bOff = 4 + nIn * nOut;
        double[] z = new double[batch * nOut];
        Kernels.affine(Arithmetic.DOUBLE, x, batch, nIn, p, wOff, bOff, nOut, z);
        double[] d = random(r, batch * nOut, 0.0);
        double[] g = random(r, nIn * nOut, 0.0);
        byte[] state = new byte[nIn];
        Arrays.fill(state, (byte) 1);
        Kernels.weightGradientSparse(Arithmetic.DOUBLE, x, batch, nIn, d, nOut, g, 0, state, new SparseRows(batch));
        for (int j = 0; j < nOut; j++) {
            for (int b = 0; b < batch; b++) {
                double s = p[bOff + j];
                for (int i = 0; i < nIn; i++) if (x[b * nIn + i] != 0.0) s += x[b * nIn + i] * p[wOff + i * nOut + j];
                assertEquals(s, z[b * nOut + j], 0.0, "z[" + b + "][" + j + "]");
            }
            for (int i = 0; i < nIn; i++) {
                double s = 0.0;
                boolean first = true;
                for (int b = 0; b < batch; b++) {
                    double xi = x[b * nIn + i];
                    if (xi == 0.0) continue;
                    s = first ? xi * d[b * nOut + j] : s + xi * d[b * nOut + j];
                    first = false;
                }
                assertEquals(s, g[i * nOut + j], 0.0, "g[" + i + "][" + j + "]");
            }
        }
        for (int i = 0; i < nIn; i++) assertEquals(i == 3 ? 0 : 1, state[i], "row state " + i);
    }

    @Test
    void inputGradientIsDeltaTimesWTransposed() {
        SplittableRandom r = new SplittableRandom(4);
        double[] d = random(r, B * N_OUT, 0.0);
        double[] p = random(r, 2 + N_IN * N_OUT, 0.0);
        double[] dx = new double[B * N_IN];
        Kernels.inputGradient(Arithmetic.DOUBLE, d, B, N_OUT, p, 2, N_IN, dx);
        for (int b = 0; b < B; b++) {
            for (int i = 0; i < N_IN; i++) {
                double s = 0;
                for (int j = 0; j < N_OUT; j++) s += d[b * N_OUT + j] * p[2 + i * N_OUT + j];
                assertEquals(s, dx[b * N_IN + i], 1e-13);
            }
        }
    }

    /**
     * Each input gradient is exactly the plain {@link Kernels#dot} of its row of W with δ, in either precision:
     * numbers of rows around the SIMD form's four rows at a time, widths below, at and around its eight lanes.
     */
    @ParameterizedTest(name = "{0}, {1} rows of width {2}, batch {3}")
    @CsvSource({"DOUBLE, 97, 53, 5", "DOUBLE, 8, 8, 2", "DOUBLE, 10, 7, 2", "DOUBLE, 3, 100, 1", "DOUBLE, 100, 10, 1", "DOUBLE, 13, 257, 3",
            "FLOAT, 97, 53, 5", "FLOAT, 8, 8, 2", "FLOAT, 10, 7, 2", "FLOAT, 3, 100, 1", "FLOAT, 100, 10, 1", "FLOAT, 13, 257, 3"})
    void inputGradientIsThePlainDotOfEachRowBitForBit(Arithmetic ar, int nIn, int nOut, int batch) {
        SplittableRandom r = new SplittableRandom(nIn * 31L + nOut + ar.ordinal());
        double[] d = random(r, batch * nOut, 0.2);
        double[] p = random(r, 2 + nIn * nOut, 0.0);
        ar.round(d, 0, d.length);
        ar.round(p, 0, p.length);
        double[] dx = new double[batch * nIn];
        Kernels.inputGradient(ar, d, batch, nOut, p, 2, nIn, dx);
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < nIn; i++) {
                double expected = Kernels.dot(ar, nOut, p, 2 + i * nOut, d, b * nOut);
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(dx[b * nIn + i]), "dx[" + b + "][" + i + "]");
            }
        }
    }

    /**
     * On a wide layer (300 outputs: 3072 / 300 would give slabs of 10 rows, the floor makes them 32) and in both
     * precisions, the batched forward pass is the sum from the bias in increasing i over the non-zero inputs, bit for bit.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Arithmetic.class)
    void batchedAffineOnAWideLayerSumsFromTheBiasInIncreasingInputOrder(Arithmetic ar) {
        int batch = 3, nIn = 70, nOut = 300;
        SplittableRandom r = new SplittableRandom(12);
        double[] x = random(r, batch * nIn, 0.4);
        double[] p = random(r, nIn * nOut + nOut, 0.0);
        ar.round(x, 0, x.length);
        ar.round(p, 0, p.length);
        double[] z = new double[batch * nOut];
        Kernels.affine(ar, x, batch, nIn, p, 0, nIn * nOut, nOut, z);
        for (int b = 0; b < batch; b++) {
            for (int j = 0; j < nOut; j++) {
                double s = p[nIn * nOut + j];
                for (int i = 0; i < nIn; i++) {
                    if (x[b * nIn + i] != 0.0) s = ar.mulAdd(s, x[b * nIn + i], p[i * nOut + j]);
                }
                assertEquals(Double.doubleToRawLongBits(s), Double.doubleToRawLongBits(z[b * nOut + j]), "z[" + b + "][" + j + "]");
            }
        }
    }

    @Test
    void dotSumsEightInterleavedPartialSumsThenATree() {
        double[] x = new double[19];
        double[] y = new double[19];
        SplittableRandom r = new SplittableRandom(9);
        for (int k = 0; k < 19; k++) {
            x[k] = r.nextDouble(-1, 1) * Math.scalb(1.0, r.nextInt(-30, 30)); // wide exponents, so the order shows in the bits
            y[k] = r.nextDouble(-1, 1);
        }
        double[] s = new double[8];
        for (int k = 0; k < 16; k++) s[k % 8] += x[k] * y[k];
        for (int k = 16; k < 19; k++) s[0] += x[k] * y[k];
        double expected = ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(Kernels.dot(Arithmetic.DOUBLE, 19, x, 0, y, 0)));
    }

    @Test
    void columnSumsAddTheRows() {
        double[] d = {1, 2, 3, 10, 20, 30};
        double[] g = new double[5];
        Kernels.columnSums(Arithmetic.DOUBLE, d, 2, 3, g, 1);
        assertArrayEquals(new double[]{0, 11, 22, 33, 0}, g);
    }

    @Test
    void dotHandlesEveryRemainderLength() {
        for (int n = 0; n < 10; n++) {
            double[] x = new double[n + 1], y = new double[n + 2];
            double expected = 0;
            for (int k = 0; k < n; k++) {
                x[k + 1] = k + 1;
                y[k + 2] = 2 * k - 3;
                expected += (k + 1) * (2 * k - 3);
            }
            assertEquals(expected, Kernels.dot(Arithmetic.DOUBLE, n, x, 1, y, 2));
        }
    }

    @Test
    void allFiniteSpotsNaNAndInfinityAnywhere() {
        double[] a = new double[11];
        Arrays.fill(a, 1e300);
        assertTrue(Kernels.allFinite(a, 0, a.length));
        for (double bad : new double[]{Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            for (int k = 0; k < a.length; k++) {
                double[] c = a.clone();
                c[k] = bad;
                assertFalse(Kernels.allFinite(c, 0, c.length), bad + " at " + k);
                assertTrue(Kernels.allFinite(c, k + 1, c.length) || k + 1 == c.length);
            }
        }
    }

    @Test
    void maxAbsPropagatesNaN() {
        assertEquals(3.0, Kernels.maxAbs(new double[]{1, -3, 2}, 0, 3));
        assertTrue(Double.isNaN(Kernels.maxAbs(new double[]{1, Double.NaN, 2}, 0, 3)));
        assertEquals(0.0, Kernels.maxAbs(new double[]{}, 0, 0));
    }
}
