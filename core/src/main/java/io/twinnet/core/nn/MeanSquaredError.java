package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.LossFunction;

/**
 * DL4J {@code LossMSE}: loss_b = (1/K) Σ_k (a_k − t_k)², the mean over the K output units;
 * ∂loss/∂a_k = 2(a_k − t_k)/K. As in DL4J the factor 1/K is applied after the activation's backward
 * pass ({@code LossL2}'s gradient divided by K). Example (DL4J's documentation): zero outputs against
 * targets {1, 0, 0} and {0, 2, 0} score ((1/3) + (4/3))/2 = 0.8333.
 */
public final class MeanSquaredError implements Loss {
    private final Arithmetic ar;
    private final SquaredError sum;

    /** The loss computed in the precision of {@code ar}. */
    MeanSquaredError(Arithmetic ar) {
        this.ar = ar;
        this.sum = new SquaredError(ar);
    }

    @Override
    public Arithmetic arithmetic() {
        return ar;
    }

    @Override
    public LossFunction spec() {
        return LossFunction.MSE;
    }

    @Override
    public double exampleLoss(double[] a, double[] t, int b, int units) {
        return ar.round(sum.exampleLoss(a, t, b, units) / units);
    }

    @Override
    public void preActivationGradient(double[] a, double[] t, ActivationFunction f, double[] g, int batch, int units) {
        sum.preActivationGradient(a, t, f, g, batch, units);
        int n = batch * units;
        double k = units;
        for (int i = 0; i < n; i++) g[i] = ar.round(g[i] / k);
    }
}
