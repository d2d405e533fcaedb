package io.twinnet.core.train;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.math.Kernels;
import io.twinnet.core.math.SparseRows;

/**
 * Plain stochastic gradient descent, DL4J's {@code org.nd4j.linalg.learning.config.Sgd} with
 * {@code miniBatch(true)} and no regularisation (the spec has none):
 * <pre>
 *   θ ← θ − lr·(g/N)
 * </pre>
 * with g the gradient summed over the N examples of the minibatch, evaluated in that order (divide, scale,
 * subtract), as DL4J's updater does: it first divides the summed gradient by the batch size
 * ({@code BaseMultiLayerUpdater.update}), then {@code SgdUpdater.applyUpdater} multiplies by lr, and the
 * step subtracts the result; in float32 each of the three results is rounded to float, as ND4J's float ops
 * (with lr rounded to float by the caller) do. No state, so the one-example route {@link #stepRankOne} is available.
 * Robbins and Monro (1951), "A stochastic approximation method".
 */
public final class Sgd implements Optimiser {
    /** SGD in double precision (SGD has no state, so one instance per precision is enough). */
    public static final Sgd INSTANCE = new Sgd(Arithmetic.DOUBLE);
    private static final Sgd FLOAT = new Sgd(Arithmetic.FLOAT);

    private final Arithmetic ar;

    private Sgd(Arithmetic ar) {
        this.ar = ar;
    }

    /** SGD computing in the precision of {@code ar}: every division, product and difference rounded to it. */
    public static Sgd of(Arithmetic ar) {
        return ar == Arithmetic.FLOAT ? FLOAT : INSTANCE;
    }

    /** p[k] ← p[k] − lr·(g[k]/n) for k in [from, to). For n = 1 the division is skipped, which changes no bit (x/1 = x). */
    @Override
    public void step(double[] p, double[] g, int from, int to, double lr, int n) {
        int lead = Kernels.sgdStepLead(ar, p, g, from, to, lr, n); // [from, lead) in SIMD form when on, same bits
        if (n == 1) {
            for (int k = lead; k < to; k++) {
                p[k] = ar.round(p[k] - ar.round(lr * g[k]));
            }
        } else {
            double count = n;
            for (int k = lead; k < to; k++) {
                p[k] = ar.round(p[k] - ar.round(lr * ar.round(g[k] / count)));
            }
        }
    }

    @Override
    public boolean takesRankOne() {
        return true;
    }

    /**
     * W[i][j] ← W[i][j] − lr·(x[i]·δ[j]) for every listed input i (the caller lists those with x[i] ≠ 0, NaN
     * included); unlisted rows are untouched. Each product and difference is the one that storing
     * g[i][j] = x[i]·δ[j] and calling {@link #step} with n = 1 computes, so the result is the same bit for
     * bit; only the write and re-read of the gradient rows is skipped. Going down a list rather than testing
     * every x[i] for 0 spares the branch its mispredictions on MNIST's irregular pattern of lit pixels. With
     * {@code Simd} on, the leading part of each row is done in SIMD form ({@link Kernels#sgdRowLead}), with
     * the same operations; this loop does the rest.
     */
    @Override
    public void stepRankOne(SparseRows inputs, int count, double[] delta, int nOut, double[] p, double lr) {
        for (int k = 0; k < count; k++) {
            double v = inputs.value(k);
            int row = inputs.offset(k);
            for (int j = Kernels.sgdRowLead(ar, p, row, delta, nOut, v, lr); j < nOut; j++) {
                p[row + j] = ar.round(p[row + j] - ar.round(lr * ar.round(v * delta[j])));
            }
        }
    }

    @Override
    public String toString() {
        return ar == Arithmetic.FLOAT ? "Sgd(float)" : "Sgd";
    }
}
