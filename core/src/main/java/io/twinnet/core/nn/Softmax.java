package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.Activation;

/**
 * Row-wise softmax a_j = e^(z_j − m) / Σ_k e^(z_k − m), m = max_k z_k (the shift changes nothing
 * mathematically and keeps e^x finite); DL4J {@code ActivationSoftmax}.
 *
 * <p>Backward is the full Jacobian-vector product, so softmax works with any loss (the seeds pair it
 * with MSE): ∂a_j/∂z_i = a_j(δ_ij − a_i), hence ∂L/∂z_i = a_i (g_i − Σ_j g_j a_j) with g = ∂L/∂a.
 */
public final class Softmax implements ActivationFunction {
    private final Arithmetic ar;

    /** The function computed in the precision of {@code ar}. */
    public Softmax(Arithmetic ar) {
        this.ar = ar;
    }

    @Override
    public Activation spec() {
        return Activation.SOFTMAX;
    }

    @Override
    public void forward(double[] z, int batch, int units) {
        for (int b = 0; b < batch; b++) {
            int row = b * units;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < units; j++) max = Math.max(max, z[row + j]);
            double sum = 0;
            for (int j = 0; j < units; j++) {
                double e = ar.round(Math.exp(ar.round(z[row + j] - max)));
                z[row + j] = e;
                sum = ar.add(sum, e);
            }
            for (int j = 0; j < units; j++) z[row + j] = ar.round(z[row + j] / sum);
        }
    }

    /** ∂L/∂z_i = a_i (g_i − Σ_j g_j a_j), per row. */
    @Override
    public void backward(double[] a, double[] g, int batch, int units) {
        for (int b = 0; b < batch; b++) {
            int row = b * units;
            double ga = 0;
            for (int j = 0; j < units; j++) ga = ar.mulAdd(ga, g[row + j], a[row + j]);
            for (int j = 0; j < units; j++) g[row + j] = ar.round(a[row + j] * ar.round(g[row + j] - ga));
        }
    }
}
