package io.twinnet.core.math;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The three products against textbook triple loops, on offsets inside larger arrays, with zeros in A. */
class MatrixProductsTest {
    static final int M = 5, K = 7, N = 11, OFF = 3;

    static double[] random(int n, SplittableRandom r) {
        double[] a = new double[n + OFF];
        for (int i = OFF; i < a.length; i++) a[i] = r.nextInt(4) == 0 ? 0.0 : r.nextDouble(-1, 1);
        return a;
    }

    @Test
    void multiplyEqualsTheTripleLoop() {
        SplittableRandom r = new SplittableRandom(1);
        double[] a = random(M * K, r), b = random(K * N, r), c = new double[M * N + OFF];
        MatrixProducts.multiply(Arithmetic.DOUBLE, a, OFF, M, K, b, OFF, N, c, OFF, new SparseRows(K));
        for (int i = 0; i < M; i++) {
            for (int j = 0; j < N; j++) {
                double s = 0;
                for (int k = 0; k < K; k++) s += a[OFF + i * K + k] * b[OFF + k * N + j];
                assertEquals(s, c[OFF + i * N + j], 1e-14);
            }
        }
    }

    @Test
    void multiplyTransposedLeftEqualsTheTripleLoop() {
        SplittableRandom r = new SplittableRandom(2);
        double[] a = random(M * K, r), b = random(M * N, r), c = new double[K * N + OFF];
        MatrixProducts.multiplyTransposedLeft(Arithmetic.DOUBLE, a, OFF, M, K, b, OFF, N, c, OFF, new SparseRows(M));
        for (int k = 0; k < K; k++) {
            for (int j = 0; j < N; j++) {
                double s = 0;
                for (int i = 0; i < M; i++) s += a[OFF + i * K + k] * b[OFF + i * N + j];
                assertEquals(s, c[OFF + k * N + j], 1e-14);
            }
        }
    }

    @Test
    void accumulateTransposedRightAddsToWhatIsThere() {
        SplittableRandom r = new SplittableRandom(3);
        double[] a = random(M * N, r), b = random(K * N, r), c = random(M * K, r);
        double[] before = c.clone();
        MatrixProducts.accumulateTransposedRight(Arithmetic.DOUBLE, a, OFF, M, N, b, OFF, K, c, OFF);
        for (int i = 0; i < M; i++) {
            for (int k = 0; k < K; k++) {
                double s = before[OFF + i * K + k];
                for (int j = 0; j < N; j++) s += a[OFF + i * N + j] * b[OFF + k * N + j];
                assertEquals(s, c[OFF + i * K + k], 1e-14);
            }
        }
    }
}
