package io.twinnet.core.nn;

import io.twinnet.core.spec.Activation;

/**
 * z for z &gt; 0, αz otherwise (0 &lt; α &lt; 1); derivative 1 for z &gt; 0 and α otherwise
 * (DL4J {@code ActivationLReLU(alpha)}). With α &gt; 0, a &gt; 0 exactly when z &gt; 0.
 */
public final class LeakyRelu implements ActivationFunction {
    private final double alpha;

    public LeakyRelu(double alpha) {
        this.alpha = alpha;
    }

    public double alpha() {
        return alpha;
    }

    @Override
    public Activation spec() {
        return Activation.leakyRelu(alpha);
    }

    @Override
    public void forward(double[] z, int batch, int units) {
        int n = batch * units;
        double s = alpha;
        for (int k = 0; k < n; k++) {
            double v = z[k];
            z[k] = v > 0.0 ? v : s * v;
        }
    }

    /** ∂L/∂z = ∂L/∂a if a &gt; 0, else α·∂L/∂a. */
    @Override
    public void backward(double[] a, double[] g, int batch, int units) {
        int n = batch * units;
        double s = alpha;
        for (int k = 0; k < n; k++) {
            g[k] = a[k] > 0.0 ? g[k] : s * g[k];
        }
    }
}
