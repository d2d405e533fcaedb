package io.twinnet.experiments.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.init.Rng;
import org.junit.jupiter.api.Test;

class SpectralNormTest {

    @Test
    void diagonalMatrixHasItsLargestEntryAsNorm() {
        double[] w = {3, 0, 0, 0, -5, 0}; // 2 × 3, singular values 5 and 3
        assertEquals(5, SpectralNorm.of(w, 2, 3), 5e-5);
    }

    @Test
    void rankOneMatrixHasNormProductOfItsFactorsNorms() {
        double[] u = {1, 2, 2};      // ‖u‖ = 3
        double[] v = {3, 4};         // ‖v‖ = 5
        double[] w = new double[6];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 2; j++) w[i * 2 + j] = u[i] * v[j];
        assertEquals(15, SpectralNorm.of(w, 3, 2), 15 * 2e-6);
    }

    @Test
    void estimateNeverFallsBelowTheNormOfAnyImageOfAUnitVector() {
        Rng rng = new Rng(7);
        int rows = 40;
        int cols = 30;
        double[] w = new double[rows * cols];
        for (int i = 0; i < w.length; i++) w[i] = rng.nextGaussian();
        double norm = SpectralNorm.of(w, rows, cols);
        for (int trial = 0; trial < 200; trial++) {
            double[] x = new double[cols];
            double nx = 0;
            for (int j = 0; j < cols; j++) {
                x[j] = rng.nextGaussian();
                nx += x[j] * x[j];
            }
            double ny = 0;
            for (int i = 0; i < rows; i++) {
                double s = 0;
                for (int j = 0; j < cols; j++) s += w[i * cols + j] * x[j];
                ny += s * s;
            }
            assertTrue(Math.sqrt(ny / nx) <= norm, "‖Wx‖/‖x‖ exceeded the estimate");
        }
        // and it lies below the Frobenius norm, as every spectral norm does
        assertTrue(norm <= SpectralNorm.frobenius(w));
    }
}
