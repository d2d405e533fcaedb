package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.Activation;

/**
 * σ(z) = 1/(1 + e^(−z)); σ'(z) = σ(z)(1 − σ(z)) = a(1 − a), at most 1/4 (DL4J {@code ActivationSigmoid}).
 */
public final class Sigmoid implements ActivationFunction {
    private final Arithmetic ar;

    /** The function computed in the precision of {@code ar}. */
    public Sigmoid(Arithmetic ar) {
        this.ar = ar;
    }

    @Override
    public Activation spec() {
        return Activation.SIGMOID;
    }

    @Override
    public void forward(double[] z, int batch, int units) {
        int n = batch * units;
        for (int k = 0; k < n; k++) {
            z[k] = ar.round(1.0 / ar.add(1.0, ar.round(Math.exp(-z[k]))));
        }
    }

    /** ∂L/∂z = ∂L/∂a · a(1 − a). */
    @Override
    public void backward(double[] a, double[] g, int batch, int units) {
        int n = batch * units;
        for (int k = 0; k < n; k++) {
            g[k] = ar.round(g[k] * ar.round(a[k] * (1.0 - a[k])));
        }
    }
}
