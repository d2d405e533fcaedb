package io.twinnet.core.math;

/**
 * The three matrix products of a layer that is a matrix multiplication per example (a convolution after
 * {@link Im2Col}), on row-major blocks of flat arrays given by their offsets.
 * <pre>
 *   forward           C[M][N]  = A[M][K] · B[K][N]            {@link #multiply}
 *   input gradient    C[K][N]  = A[M][K]ᵀ · B[M][N]           {@link #multiplyTransposedLeft}
 *   weight gradient   C[M][K] += A[M][N] · B[K][N]ᵀ           {@link #accumulateTransposedRight}
 * </pre>
 * The first two keep eight outputs of a row of C in registers and run over the non-zero entries of the
 * matching row (or column) of A, like {@link Kernels#affine}: an exactly zero weight (an identity or
 * mostly-zero kernel) costs nothing, and the sum is the same bit for bit as with it. The third is a dot
 * product per output (four interleaved partial sums). Every sum runs in a fixed order: results are
 * bit-reproducible, in either {@link Arithmetic}. Nothing is allocated; {@code scratch} must hold max(K, M) entries.
 */
public final class MatrixProducts {
    private MatrixProducts() {
    }

    /**
     * C = A·B: c[i][j] = Σ_k a[i][k]·b[k][j] (in increasing k, zero a[i][k] skipped), overwriting C.
     *
     * @param a A, [m][k] row-major from aOff
     * @param b B, [k][n] row-major from bOff
     * @param c C, [m][n] row-major from cOff
     */
    public static void multiply(Arithmetic ar, double[] a, int aOff, int m, int k, double[] b, int bOff, int n, double[] c, int cOff,
                                SparseRows scratch) {
        for (int i = 0; i < m; i++) {
            int listed = scratch.gatherNonZero(a, aOff + i * k, 1, k, bOff, n);
            Kernels.accumulate(ar, scratch, listed, b, b, Kernels.FROM_ZERO, n, c, cOff + i * n);
        }
    }

    /**
     * C = Aᵀ·B: c[r][j] = Σ_i a[i][r]·b[i][j] (in increasing i, zero a[i][r] skipped), overwriting C.
     *
     * @param a A, [m][k] row-major from aOff (C has k rows)
     * @param b B, [m][n] row-major from bOff
     * @param c C, [k][n] row-major from cOff
     */
    public static void multiplyTransposedLeft(Arithmetic ar, double[] a, int aOff, int m, int k, double[] b, int bOff, int n, double[] c,
                                              int cOff, SparseRows scratch) {
        for (int r = 0; r < k; r++) {
            int listed = scratch.gatherNonZero(a, aOff + r, k, m, bOff, n);
            Kernels.accumulate(ar, scratch, listed, b, b, Kernels.FROM_ZERO, n, c, cOff + r * n);
        }
    }

    /**
     * C += A·Bᵀ: c[i][r] += Σ_j a[i][j]·b[r][j], each sum a {@link Kernels#dot} over the shared length n.
     *
     * @param a A, [m][n] row-major from aOff
     * @param b B, [k][n] row-major from bOff
     * @param c C, [m][k] row-major from cOff, accumulated into
     */
    public static void accumulateTransposedRight(Arithmetic ar, double[] a, int aOff, int m, int n, double[] b, int bOff, int k, double[] c,
                                                 int cOff) {
        for (int i = 0; i < m; i++) {
            int aRow = aOff + i * n;
            int cRow = cOff + i * k;
            for (int r = 0; r < k; r++) {
                c[cRow + r] = ar.add(c[cRow + r], Kernels.dot(ar, n, a, aRow, b, bOff + r * n));
            }
        }
    }
}
