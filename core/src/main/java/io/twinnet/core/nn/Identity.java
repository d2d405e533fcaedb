package io.twinnet.core.nn;

import io.twinnet.core.spec.Activation;

/** f(z) = z; f'(z) = 1 (DL4J {@code ActivationIdentity}). */
public final class Identity implements ActivationFunction {
    public static final Identity INSTANCE = new Identity();

    private Identity() {
    }

    @Override
    public Activation spec() {
        return Activation.IDENTITY;
    }

    @Override
    public void forward(double[] z, int batch, int units) {
        // nothing to do
    }

    /** ∂L/∂z = ∂L/∂a. */
    @Override
    public void backward(double[] a, double[] g, int batch, int units) {
        // nothing to do
    }
}
