package io.twinnet.experiments.catalog;

/**
 * The spectral norm ‖W‖₂ (largest singular value) of a dense weight matrix, by power iteration on
 * WᵀW: v ← WᵀW v / ‖WᵀW v‖, and ‖W‖₂ ≈ ‖W v‖ for the converged unit vector v (Golub &amp; Van Loan,
 * §8.2). Used to test the backpropagation bound ‖(W δ) ⊙ f′(z)‖ ≤ max|f′| · ‖W‖₂ · ‖δ‖.
 *
 * <p>Power iteration approaches ‖W‖₂ from below; the estimate is returned with a relative safety
 * margin {@link #MARGIN} so that a bound checked against it is never violated merely because the
 * iteration has not yet converged (the margin is far below the gaps the experiment looks at).
 */
final class SpectralNorm {
    /** Iterations; the error in ‖W‖₂ falls like (σ₂/σ₁)^(2k), negligible after a few hundred for the matrices used here. */
    static final int ITERATIONS = 400;
    /** Relative margin added to the estimate. */
    static final double MARGIN = 1e-6;

    private SpectralNorm() {
    }

    /**
     * @param w    row-major {@code rows × cols}
     * @param rows number of rows (the layer's nIn)
     * @param cols number of columns (the layer's nOut)
     * @return ‖W‖₂ · (1 + {@link #MARGIN})
     */
    static double of(double[] w, int rows, int cols) {
        if (w.length != rows * cols) {
            throw new IllegalArgumentException("w: expected " + rows + "×" + cols + " values, got " + w.length);
        }
        double[] v = new double[cols];
        for (int j = 0; j < cols; j++) v[j] = 1.0 + 0.01 * j; // deterministic start, not orthogonal to a generic top vector
        double[] u = new double[rows];
        double sigma = 0;
        for (int it = 0; it < ITERATIONS; it++) {
            normalise(v);
            // u = W v
            for (int i = 0; i < rows; i++) {
                double s = 0;
                int base = i * cols;
                for (int j = 0; j < cols; j++) s += w[base + j] * v[j];
                u[i] = s;
            }
            sigma = norm(u);
            if (sigma == 0) return 0;
            // v = Wᵀ u
            java.util.Arrays.fill(v, 0);
            for (int i = 0; i < rows; i++) {
                double ui = u[i];
                int base = i * cols;
                for (int j = 0; j < cols; j++) v[j] += w[base + j] * ui;
            }
        }
        return sigma * (1 + MARGIN);
    }

    /** The Frobenius norm √(Σ w²), an upper bound of ‖W‖₂. */
    static double frobenius(double[] w) {
        return norm(w);
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) s += v * v;
        return Math.sqrt(s);
    }

    private static void normalise(double[] x) {
        double n = norm(x);
        if (n == 0) return;
        for (int i = 0; i < x.length; i++) x[i] /= n;
    }
}
