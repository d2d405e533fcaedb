package io.twinnet.experiments.catalog;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The Jacobian of one dense layer h = f(h_prev·W + b) at one input, and what Glorot &amp; Bengio
 * (2010, §4.2.2) read from it: J = ∂h/∂h_prev, an nOut × nIn matrix with
 * J[k][j] = f′(z_k)·W[j][k] (W in the core's layout, row-major [nIn, nOut]), and the mean of its
 * singular values, computed by commons-math3's {@link SingularValueDecomposition}.
 *
 * <p>The theory ({@link #quarterCircleMean}, {@link #predictedMean}): for an n × n matrix of i.i.d.
 * zero-mean entries of variance σ², the singular values divided by σ√n follow, as n → ∞, the
 * quarter-circle law with density √(4 − s²)/π on [0, 2] (Marchenko–Pastur at ratio 1), whose mean
 * is ∫₀² s·√(4 − s²)/π ds = 8/(3π) ≈ 0.8488; so the mean singular value tends to (8/3π)·σ√n. Through
 * the activation J = D·Wᵀ with D = diag(f′(z)); the prediction replaces D by E[f′]·I, which assumes
 * (a) the entries of W i.i.d. with the layer square and wide, and (b) every unit of the layer sharing
 * one slope. (b) holds exactly for a linear layer (f′ = 1, where the formula is exact in the limit)
 * and nearly for tanh in its linear regime (small pre-activations, f′ ≈ 1); when the slopes spread,
 * the mean singular value of D·Wᵀ is no longer E[f′] times that of W (a mixture of slopes 0 and 1
 * gives more than the product), so the figure is an approximation there.
 */
final class LayerJacobian {
    private LayerJacobian() {
    }

    /** 8/(3π), the mean of the quarter-circle law on [0, 2]. */
    static final double QUARTER_CIRCLE_MEAN = 8 / (3 * Math.PI);

    /** (8/3π)·σ√n: the large-n mean singular value of an n × n matrix of i.i.d. entries of variance σ². */
    static double quarterCircleMean(double variance, int n) {
        return QUARTER_CIRCLE_MEAN * Math.sqrt(variance * n);
    }

    /** (8/3π)·σ√n·E[f′]: the mean singular value of D·Wᵀ with D replaced by E[f′]·I (see the class comment for what that assumes). */
    static double predictedMean(double variance, int n, double meanSlope) {
        return quarterCircleMean(variance, n) * meanSlope;
    }

    /**
     * J[k][j] = slope[k]·W[j][k] for one example.
     *
     * @param weights the layer's W, row-major [nIn, nOut] (the core's layout)
     * @param slopes  f′(z_k) of the layer's nOut units at that example
     */
    static double[][] of(double[] weights, int nIn, int nOut, double[] slopes) {
        if (weights.length != nIn * nOut) throw new IllegalArgumentException("weights: expected " + nIn * nOut + " values, got " + weights.length);
        if (slopes.length != nOut) throw new IllegalArgumentException("slopes: expected " + nOut + " values, got " + slopes.length);
        double[][] j = new double[nOut][nIn];
        for (int in = 0; in < nIn; in++) {
            for (int k = 0; k < nOut; k++) j[k][in] = slopes[k] * weights[in * nOut + k];
        }
        return j;
    }

    /** The mean of the singular values of {@code matrix} (as many as its smaller dimension). */
    static double meanSingularValue(double[][] matrix) {
        double[] s = new SingularValueDecomposition(new Array2DRowRealMatrix(matrix, false)).getSingularValues();
        double sum = 0;
        for (double v : s) sum += v;
        return sum / s.length;
    }
}
