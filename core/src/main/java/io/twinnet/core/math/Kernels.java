package io.twinnet.core.math;

import java.util.Arrays;

/**
 * The dense-layer kernels, on flat row-major arrays. A minibatch of B examples with n features is a
 * {@code double[]} whose row b occupies [b·n, (b+1)·n); a weight matrix W of size nIn × nOut is stored
 * row-major from {@code wOff}: W[i][j] at {@code wOff + i·nOut + j}.
 *
 * <p>Speed: every inner loop is an "axpy" (y[j] += a·x[j] over contiguous memory), which HotSpot's C2
 * compiler turns into SIMD code; the only reduction (the input gradient) is a dot product with four
 * independent accumulators. The outer loops are blocked so that a slab of W stays in the L1 cache
 * while every example of the minibatch passes over it. Rows of the input that are exactly 0 are
 * skipped: for finite weights the result is bit-for-bit the same (adding 0·w changes nothing but
 * the sign of a zero), and sparse inputs such as MNIST pixels run several times faster.
 *
 * <p>Summation order is fixed by the code alone (no threads), so results are bit-reproducible.
 */
public final class Kernels {
    /** Target size in doubles of the slab of W kept hot in L1 (4096 doubles = 32 KiB). */
    private static final int SLAB_DOUBLES = 4096;

    private Kernels() {
    }

    /** y[yOff + k] += a·x[xOff + k] for k in [0, n). */
    public static void axpy(int n, double a, double[] x, int xOff, double[] y, int yOff) {
        for (int k = 0; k < n; k++) {
            y[yOff + k] += a * x[xOff + k];
        }
    }

    /** Σ_k x[xOff + k]·y[yOff + k], summed in four interleaved partial sums (fixed order). */
    public static double dot(int n, double[] x, int xOff, double[] y, int yOff) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += x[xOff + k] * y[yOff + k];
            s1 += x[xOff + k + 1] * y[yOff + k + 1];
            s2 += x[xOff + k + 2] * y[yOff + k + 2];
            s3 += x[xOff + k + 3] * y[yOff + k + 3];
        }
        for (; k < n; k++) {
            s0 += x[xOff + k] * y[yOff + k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Rows of W per slab for a layer of width nOut. */
    private static int slabRows(int nOut) {
        return Math.max(1, SLAB_DOUBLES / nOut);
    }

    /**
     * Affine forward pass Z = X·W + b: z[b][j] = bias[j] + Σ_i x[b][i]·W[i][j].
     *
     * @param x     batch × nIn inputs
     * @param p     the array holding W (at wOff) and b (at bOff; bOff &lt; 0 when there is no bias)
     * @param z     batch × nOut outputs, overwritten
     */
    public static void affine(double[] x, int batch, int nIn, double[] p, int wOff, int bOff, int nOut, double[] z) {
        for (int b = 0; b < batch; b++) {
            if (bOff >= 0) {
                System.arraycopy(p, bOff, z, b * nOut, nOut);
            } else {
                Arrays.fill(z, b * nOut, (b + 1) * nOut, 0.0);
            }
        }
        int slab = slabRows(nOut);
        for (int i0 = 0; i0 < nIn; i0 += slab) {
            int i1 = Math.min(nIn, i0 + slab);
            for (int b = 0; b < batch; b++) {
                int xRow = b * nIn;
                int zRow = b * nOut;
                for (int i = i0; i < i1; i++) {
                    double xi = x[xRow + i];
                    if (xi != 0.0) {
                        axpy(nOut, xi, p, wOff + i * nOut, z, zRow);
                    }
                }
            }
        }
    }

    /**
     * Weight gradient summed over the minibatch, G = Xᵀ·Δ: g[i][j] = Σ_b x[b][i]·δ[b][j], written (not
     * accumulated) into {@code g} from {@code gOff}.
     */
    public static void weightGradient(double[] x, int batch, int nIn, double[] delta, int nOut, double[] g, int gOff) {
        Arrays.fill(g, gOff, gOff + nIn * nOut, 0.0);
        int slab = slabRows(nOut);
        for (int i0 = 0; i0 < nIn; i0 += slab) {
            int i1 = Math.min(nIn, i0 + slab);
            for (int b = 0; b < batch; b++) {
                int xRow = b * nIn;
                int dRow = b * nOut;
                for (int i = i0; i < i1; i++) {
                    double xi = x[xRow + i];
                    if (xi != 0.0) {
                        axpy(nOut, xi, delta, dRow, g, gOff + i * nOut);
                    }
                }
            }
        }
    }

    /**
     * The same gradient G = Xᵀ·Δ for inputs with many zeros, touching only the rows of G that change.
     * Row i of G is zero exactly when x[b][i] = 0 for every example b, so such rows need no work unless
     * they still hold values from an earlier call. {@code rowState[i]} tracks this: on entry, 0 means row
     * i of {@code g} is known to be all zero and 1 that it may not be; on return, 1 means row i received
     * a contribution in this call and 0 that it is all zero. (Value 2 is used during the call.) The result
     * equals {@link #weightGradient} bit for bit, up to the sign of zero entries.
     */
    public static void weightGradientSparse(double[] x, int batch, int nIn, double[] delta, int nOut, double[] g, int gOff,
                                            byte[] rowState) {
        int slab = slabRows(nOut);
        for (int i0 = 0; i0 < nIn; i0 += slab) {
            int i1 = Math.min(nIn, i0 + slab);
            for (int b = 0; b < batch; b++) {
                int xRow = b * nIn;
                int dRow = b * nOut;
                for (int i = i0; i < i1; i++) {
                    double xi = x[xRow + i];
                    if (xi != 0.0) {
                        if (rowState[i] == 2) {
                            axpy(nOut, xi, delta, dRow, g, gOff + i * nOut);
                        } else {
                            scale(nOut, xi, delta, dRow, g, gOff + i * nOut);
                            rowState[i] = 2;
                        }
                    }
                }
            }
            for (int i = i0; i < i1; i++) {
                if (rowState[i] == 1) {
                    Arrays.fill(g, gOff + i * nOut, gOff + (i + 1) * nOut, 0.0);
                    rowState[i] = 0;
                } else if (rowState[i] == 2) {
                    rowState[i] = 1;
                }
            }
        }
    }

    /** y[yOff + k] = a·x[xOff + k] for k in [0, n). */
    public static void scale(int n, double a, double[] x, int xOff, double[] y, int yOff) {
        for (int k = 0; k < n; k++) {
            y[yOff + k] = a * x[xOff + k];
        }
    }

    /** Bias gradient summed over the minibatch: g[j] = Σ_b δ[b][j], written into {@code g} from {@code gOff}. */
    public static void columnSums(double[] delta, int batch, int nOut, double[] g, int gOff) {
        System.arraycopy(delta, 0, g, gOff, nOut);
        for (int b = 1; b < batch; b++) {
            axpy(nOut, 1.0, delta, b * nOut, g, gOff);
        }
    }

    /** Input gradient Δ_in = Δ·Wᵀ: dx[b][i] = Σ_j δ[b][j]·W[i][j], overwriting {@code dx}. */
    public static void inputGradient(double[] delta, int batch, int nOut, double[] p, int wOff, int nIn, double[] dx) {
        for (int b = 0; b < batch; b++) {
            int dRow = b * nOut;
            int xRow = b * nIn;
            for (int i = 0; i < nIn; i++) {
                dx[xRow + i] = dot(nOut, p, wOff + i * nOut, delta, dRow);
            }
        }
    }

    /**
     * Plain SGD on a range: p[k] ← p[k] − lr·(g[k]/n), evaluated in that order (divide, scale,
     * subtract), as DL4J's updater does with {@code miniBatch(true)}. For n = 1 the division is skipped,
     * which changes no bit (x/1 = x).
     */
    public static void sgdStep(double[] p, double[] g, int from, int to, double lr, double n) {
        if (n == 1.0) {
            for (int k = from; k < to; k++) {
                p[k] -= lr * g[k];
            }
        } else {
            for (int k = from; k < to; k++) {
                p[k] -= lr * (g[k] / n);
            }
        }
    }

    /** max_k |a[k]| over [from, to); NaN if any value is NaN, 0 for an empty range. */
    public static double maxAbs(double[] a, int from, int to) {
        double m = 0;
        for (int k = from; k < to; k++) {
            m = Math.max(m, Math.abs(a[k]));
        }
        return m;
    }

    /** True when every value in [from, to) is finite (no NaN, no ±∞). */
    public static boolean allFinite(double[] a, int from, int to) {
        // v·0 is 0 for a finite v and NaN for NaN or ±∞, so the sums stay 0 unless a value is not finite.
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int k = from;
        for (; k + 3 < to; k += 4) {
            s0 += a[k] * 0.0;
            s1 += a[k + 1] * 0.0;
            s2 += a[k + 2] * 0.0;
            s3 += a[k + 3] * 0.0;
        }
        for (; k < to; k++) s0 += a[k] * 0.0;
        return (s0 + s1) + (s2 + s3) == 0.0;
    }
}
