package io.twinnet.core.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.twinnet.core.spec.SpecException;
import io.twinnet.core.spec.WeightInit;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrthogonalInitialiserTest {

    private static double[] draw(double gain, int rows, int cols, long seed) {
        return Initialisers.draw(WeightInit.orthogonal(gain), rows, cols, new int[]{rows, cols}, seed);
    }

    /** The Gram matrix of the shorter side: WᵀW (rows ≥ cols) or WWᵀ, from a row-major rows × cols W. */
    private static double[][] gram(double[] w, int rows, int cols) {
        int n = Math.min(rows, cols), len = Math.max(rows, cols);
        double[][] g = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double s = 0;
                for (int k = 0; k < len; k++) s += rows >= cols ? w[k * cols + a] * w[k * cols + b] : w[a * cols + k] * w[b * cols + k];
                g[a][b] = s;
            }
        }
        return g;
    }

    @ParameterizedTest(name = "{0} x {1}, gain {2}")
    @CsvSource({"8, 8, 1", "12, 5, 1", "5, 12, 1", "30, 30, 2.5", "1, 7, 0.01", "100, 10, 1"})
    void theShorterSidesVectorsAreOrthonormalTimesTheGain(int rows, int cols, double gain) {
        double[] w = draw(gain, rows, cols, 3);
        double[][] g = gram(w, rows, cols);
        for (int a = 0; a < g.length; a++) {
            for (int b = 0; b < g.length; b++) {
                // rounding: a few ulps per product, summed over at most 100 terms
                assertEquals(a == b ? gain * gain : 0, g[a][b], 1e-13 * gain * gain, "(" + a + ", " + b + ")");
            }
        }
    }

    /**
     * Haar measure: Q and −Q (column by column) are equally likely, so each diagonal entry has mean 0; a
     * Householder Q without the sign correction has Q₀₀ = −|x₀|/‖x‖ &lt; 0 always (mean ≈ −0.46 at n = 4). Over 4000
     * draws of a 4 × 4 Q, E[Q_ii] = 0 with standard error √(1/(4·4000)) ≈ 0.008; E[Q_ii²] = 1/4 (a column of a
     * Haar matrix is uniform on the sphere) with standard error below 0.003. Both within five standard errors.
     */
    @Test
    void theDiagonalHasMeanZeroAsUnderTheHaarMeasure() {
        int n = 4, draws = 4000;
        double[] sum = new double[n], sumSq = new double[n];
        for (int d = 0; d < draws; d++) {
            double[] q = draw(1, n, n, 1000 + d);
            for (int i = 0; i < n; i++) {
                sum[i] += q[i * n + i];
                sumSq[i] += q[i * n + i] * q[i * n + i];
            }
        }
        for (int i = 0; i < n; i++) {
            assertEquals(0, sum[i] / draws, 5 * Math.sqrt(1.0 / n / draws), "mean of Q[" + i + "][" + i + "]");
            assertEquals(1.0 / n, sumSq[i] / draws, 0.015, "mean square of Q[" + i + "][" + i + "]");
        }
    }

    @Test
    void theSameSeedGivesTheSameBitsAndAnotherSeedOtherWeights() {
        assertArrayEquals(draw(1, 9, 6, 42), draw(1, 9, 6, 42));
        assertFalse(Arrays.equals(draw(1, 9, 6, 42), draw(1, 9, 6, 43)));
    }

    @Test
    void theGainOnlyScales() {
        double[] one = draw(1, 6, 6, 5), three = draw(3, 6, 6, 5);
        for (int i = 0; i < one.length; i++) assertEquals(3 * one[i], three[i], 1e-15);
    }

    @Test
    void aConvolutionKernelIsOrthogonalAsAnOutputChannelsByFanInMatrix() {
        int nOut = 4, nIn = 2, k = 3, cols = nIn * k * k;
        double[] w = Initialisers.draw(WeightInit.orthogonal(1), cols, nOut * k * k, new int[]{nOut, nIn, k, k}, 7);
        double[][] g = gram(w, nOut, cols);
        for (int a = 0; a < nOut; a++) {
            for (int b = 0; b < nOut; b++) assertEquals(a == b ? 1 : 0, g[a][b], 1e-14);
        }
    }

    @Test
    void anEntryHasMeanZeroAndVarianceGainSquaredOverTheLongerSide() {
        WeightDistribution d = Initialisers.distribution(WeightInit.orthogonal(2), 400, 100);
        assertEquals(0, d.mean());
        assertEquals(4.0 / 400, d.variance(), 1e-15);
        double[] w = draw(2, 400, 100, 9);
        double sq = 0;
        for (double v : w) sq += v * v;
        // exact, not statistical: the 100 columns have squared norm 4 each, spread over 40,000 entries
        assertEquals(4.0 / 400, sq / w.length, 1e-14);
    }

    @Test
    void aGainThatIsNotPositiveIsRefusedNamingTheGain() {
        SpecException e = assertThrows(SpecException.class, () -> WeightInit.orthogonal(0));
        assertEquals("gain", e.field());
        assertEquals(WeightInit.orthogonal(1), WeightInit.of(io.twinnet.core.spec.InitScheme.ORTHOGONAL));
    }
}
