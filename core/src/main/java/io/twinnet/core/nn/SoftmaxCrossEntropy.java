package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.LossFunction;

/**
 * DL4J {@code LossMCXENT} on a softmax output: loss_b = −Σ_k t_k ln p̃_k with p̃ = p clipped to
 * [1e-10, 1 − 1e-10] ({@code softmaxClipEps}); the gradient is fused with the softmax:
 * ∂loss/∂z_k = p_k − t_k (DL4J computes it from the unclipped p, and so do we; it is exact when the
 * labels of a row sum to 1).
 */
public final class SoftmaxCrossEntropy implements Loss {
    private final Arithmetic ar;
    /** DL4J's {@code LossMCXENT.DEFAULT_SOFTMAX_CLIPPING_EPSILON}. */
    public static final double CLIP = 1e-10;

    /** The loss computed in the precision of {@code ar}. */
    SoftmaxCrossEntropy(Arithmetic ar) {
        this.ar = ar;
    }

    @Override
    public Arithmetic arithmetic() {
        return ar;
    }

    @Override
    public LossFunction spec() {
        return LossFunction.MCXENT;
    }

    @Override
    public double exampleLoss(double[] a, double[] t, int b, int units) {
        double s = 0;
        int row = b * units;
        for (int k = 0; k < units; k++) {
            double p = Math.min(ar.round(1.0 - CLIP), Math.max(ar.round(CLIP), a[row + k]));
            s = ar.mulAdd(s, t[row + k], ar.round(Math.log(p)));
        }
        return -s;
    }

    @Override
    public void preActivationGradient(double[] a, double[] t, ActivationFunction f, double[] g, int batch, int units) {
        int n = batch * units;
        for (int k = 0; k < n; k++) g[k] = ar.round(a[k] - t[k]);
    }
}
