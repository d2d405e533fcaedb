package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.LossFunction;

/**
 * DL4J {@code LossL2}: loss_b = Σ_k (a_k − t_k)², summed (not averaged) over the K output units;
 * ∂loss/∂a_k = 2(a_k − t_k), then through the activation's backward pass.
 */
public final class SquaredError implements Loss {
    private final Arithmetic ar;

    /** The loss computed in the precision of {@code ar}. */
    SquaredError(Arithmetic ar) {
        this.ar = ar;
    }

    @Override
    public Arithmetic arithmetic() {
        return ar;
    }

    @Override
    public LossFunction spec() {
        return LossFunction.L2;
    }

    @Override
    public double exampleLoss(double[] a, double[] t, int b, int units) {
        double s = 0;
        int row = b * units;
        for (int k = 0; k < units; k++) {
            double d = ar.round(a[row + k] - t[row + k]);
            s = ar.mulAdd(s, d, d);
        }
        return s;
    }

    @Override
    public void preActivationGradient(double[] a, double[] t, ActivationFunction f, double[] g, int batch, int units) {
        int n = batch * units;
        for (int k = 0; k < n; k++) g[k] = ar.round(ar.round(a[k] - t[k]) * 2.0);
        f.backward(a, g, batch, units);
    }
}
