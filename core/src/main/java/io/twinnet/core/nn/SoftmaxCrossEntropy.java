package io.twinnet.core.nn;

import io.twinnet.core.spec.LossFunction;

/**
 * DL4J {@code LossMCXENT} on a softmax output: loss_b = −Σ_k t_k ln p̃_k with p̃ = p clipped to
 * [1e-10, 1 − 1e-10] ({@code softmaxClipEps}); the gradient is fused with the softmax:
 * ∂loss/∂z_k = p_k − t_k (DL4J computes it from the unclipped p, and so do we; it is exact when the
 * labels of a row sum to 1).
 */
public final class SoftmaxCrossEntropy implements Loss {
    public static final SoftmaxCrossEntropy INSTANCE = new SoftmaxCrossEntropy();
    /** DL4J's {@code LossMCXENT.DEFAULT_SOFTMAX_CLIPPING_EPSILON}. */
    public static final double CLIP = 1e-10;

    private SoftmaxCrossEntropy() {
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
            double p = Math.min(1.0 - CLIP, Math.max(CLIP, a[row + k]));
            s += t[row + k] * Math.log(p);
        }
        return -s;
    }

    @Override
    public void preActivationGradient(double[] a, double[] t, ActivationFunction f, double[] g, int batch, int units) {
        int n = batch * units;
        for (int k = 0; k < n; k++) g[k] = a[k] - t[k];
    }
}
