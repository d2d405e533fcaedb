package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.Activation;

/** tanh(z); tanh'(z) = 1 − tanh²(z) = 1 − a² (DL4J {@code ActivationTanH}). */
public final class Tanh implements ActivationFunction {
    private final Arithmetic ar;

    /** The function computed in the precision of {@code ar}. */
    public Tanh(Arithmetic ar) {
        this.ar = ar;
    }

    @Override
    public Activation spec() {
        return Activation.TANH;
    }

    @Override
    public void forward(double[] z, int batch, int units) {
        int n = batch * units;
        for (int k = 0; k < n; k++) {
            z[k] = ar.round(Math.tanh(z[k]));
        }
    }

    /** ∂L/∂z = ∂L/∂a · (1 − a²). */
    @Override
    public void backward(double[] a, double[] g, int batch, int units) {
        int n = batch * units;
        for (int k = 0; k < n; k++) {
            g[k] = ar.round(g[k] * ar.round(1.0 - ar.round(a[k] * a[k])));
        }
    }
}
