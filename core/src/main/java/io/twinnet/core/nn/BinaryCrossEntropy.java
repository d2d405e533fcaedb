package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.LossFunction;

/**
 * DL4J {@code LossBinaryXENT} on a sigmoid output, with its default clipping ε = 1e-5
 * ({@code DEFAULT_CLIPPING_EPSILON}): ã = a clipped to [ε, 1 − ε],
 * loss_b = −Σ_k [t_k ln ã_k + (1 − t_k) ln(1 − ã_k)].
 * The gradient follows DL4J's two steps: ∂loss/∂a_k = (ã_k − t_k)/(ã_k(1 − ã_k)), then the sigmoid's
 * backward pass multiplies by a_k(1 − a_k); inside the clipping range this is a_k − t_k.
 */
public final class BinaryCrossEntropy implements Loss {
    private final Arithmetic ar;
    /** DL4J's {@code LossBinaryXENT.DEFAULT_CLIPPING_EPSILON}. */
    public static final double CLIP = 1e-5;

    /** The loss computed in the precision of {@code ar}. */
    BinaryCrossEntropy(Arithmetic ar) {
        this.ar = ar;
    }

    @Override
    public Arithmetic arithmetic() {
        return ar;
    }

    @Override
    public LossFunction spec() {
        return LossFunction.XENT;
    }

    /** a clipped to [ε, 1 − ε], the bounds in this precision. */
    private double clip(double a) {
        return Math.min(ar.round(1.0 - CLIP), Math.max(ar.round(CLIP), a));
    }

    @Override
    public double exampleLoss(double[] a, double[] t, int b, int units) {
        double s = 0;
        int row = b * units;
        for (int k = 0; k < units; k++) {
            double p = clip(a[row + k]);
            double y = t[row + k];
            double q = ar.round(1.0 - p);
            s = ar.add(s, ar.add(ar.round(y * ar.round(Math.log(p))), ar.round(ar.round(1.0 - y) * ar.round(Math.log(q)))));
        }
        return -s;
    }

    @Override
    public void preActivationGradient(double[] a, double[] t, ActivationFunction f, double[] g, int batch, int units) {
        int n = batch * units;
        for (int k = 0; k < n; k++) {
            double p = clip(a[k]);
            g[k] = ar.round(ar.round(p - t[k]) / ar.round(p * ar.round(1.0 - p)));
        }
        f.backward(a, g, batch, units);
    }
}
