package io.twinnet.core.nn;

import io.twinnet.core.spec.Activation;

/**
 * max(0, z); derivative 1 for z &gt; 0 and 0 otherwise, including at z = 0 exactly, as DL4J's
 * {@code ActivationReLU}. Since a &gt; 0 exactly when z &gt; 0, the derivative is read from a.
 */
public final class Relu implements ActivationFunction {
    public static final Relu INSTANCE = new Relu();

    private Relu() {
    }

    @Override
    public Activation spec() {
        return Activation.RELU;
    }

    @Override
    public void forward(double[] z, int batch, int units) {
        int n = batch * units;
        for (int k = 0; k < n; k++) {
            z[k] = Math.max(0.0, z[k]);
        }
    }

    /** ∂L/∂z = ∂L/∂a if a &gt; 0, else 0. */
    @Override
    public void backward(double[] a, double[] g, int batch, int units) {
        int n = batch * units;
        for (int k = 0; k < n; k++) {
            g[k] = a[k] > 0.0 ? g[k] : 0.0;
        }
    }
}
