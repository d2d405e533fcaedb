package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.Activation;

/**
 * z for z &gt; 0, αz otherwise (0 &lt; α &lt; 1); derivative 1 for z &gt; 0 and α otherwise
 * (DL4J {@code ActivationLReLU(alpha)}). With α &gt; 0, a &gt; 0 exactly when z &gt; 0.
 *
 * <p>DL4J convention mirrored on purpose: DL4J 1.0.0-M2.1's {@code ActivationLReLU.backprop} applies
 * α rounded to float32 on the negative side (its forward pass uses α exactly), so for α = 0.01 the
 * backward slope is 0.009999999776482582. The core does the same, so that its gradients match DL4J's
 * to rounding; the difference from the exact derivative is below 3e-8 relative (half a float ulp of α),
 * far under the gradient checker's 1e-6, and zero for α exactly representable in float (0.25, 0.125, ...).
 * In float32 both passes use α rounded to float (an ND4J float op casts its scalar to the array's type).
 */
public final class LeakyRelu implements ActivationFunction {
    private final double alpha;
    private final double backwardSlope;

    private final Arithmetic ar;

    /** Leaky ReLU with slope α, computed in the precision of {@code ar}. */
    public LeakyRelu(double alpha, Arithmetic ar) {
        this.ar = ar;
        this.alpha = alpha;
        this.backwardSlope = (float) alpha;
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
        double s = ar.round(alpha);
        for (int k = 0; k < n; k++) {
            double v = z[k];
            z[k] = v > 0.0 ? v : ar.round(s * v);
        }
    }

    /** ∂L/∂z = ∂L/∂a if a &gt; 0, else α·∂L/∂a, with α rounded to float as DL4J does (see the class comment). */
    @Override
    public void backward(double[] a, double[] g, int batch, int units) {
        int n = batch * units;
        double s = backwardSlope;
        for (int k = 0; k < n; k++) {
            g[k] = a[k] > 0.0 ? g[k] : ar.round(s * g[k]);
        }
    }
}
