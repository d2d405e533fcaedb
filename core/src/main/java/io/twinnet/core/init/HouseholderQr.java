package io.twinnet.core.init;

/**
 * The Q factor of the QR decomposition of a tall matrix by Householder reflections (Golub &amp; Van Loan,
 * <i>Matrix Computations</i>, the Householder QR algorithm), with the signs fixed so that R has a positive
 * diagonal. Written out by hand because the core depends on nothing but the JDK; with plain {@code +, −, ×, ÷}
 * and {@link Math#sqrt} (all correctly rounded) the result depends only on the input, bit for bit.
 *
 * <p>For column k of the partly reduced A, x = A[k:m, k]: α = −sign(x₀)·‖x‖ (the sign that avoids
 * cancellation), v = x − α·e₁, and H_k = I − 2vvᵀ/(vᵀv) maps x to α·e₁, so R_kk = α. Then
 * A = H₀H₁⋯H_{n−1}·R and the thin Q is H₀⋯H_{n−1} applied to the first n columns of I_m. Multiplying column k of
 * Q by sign(R_kk) gives the unique factorisation with R_kk &gt; 0; for a Gaussian A that Q is Haar-distributed
 * (Mezzadri 2007, "How to generate random matrices from the classical compact groups", §5), where the raw
 * Householder Q is not.
 */
final class HouseholderQr {
    private HouseholderQr() {
    }

    /**
     * The m × n matrix Q (row-major, {@code q[i][j]}) with orthonormal columns and A = QR, R upper triangular
     * with a positive diagonal (a zero R_kk, which a Gaussian A has with probability 0, keeps its column's sign).
     *
     * @param a an m × n matrix with m ≥ n ≥ 1, row-major; not changed
     */
    static double[][] orthonormalFactor(double[][] a) {
        int m = a.length, n = a[0].length;
        if (m < n) throw new IllegalArgumentException("a: QR needs rows >= columns, got " + m + " x " + n);
        double[][] r = new double[m][];
        for (int i = 0; i < m; i++) r[i] = a[i].clone();
        double[][] v = new double[n][];
        double[] sign = new double[n];
        for (int k = 0; k < n; k++) {
            double norm = 0;
            for (int i = k; i < m; i++) norm += r[i][k] * r[i][k];
            norm = Math.sqrt(norm);
            double alpha = r[k][k] >= 0 ? -norm : norm;
            sign[k] = alpha < 0 ? -1 : 1;
            double[] vk = new double[m - k];
            for (int i = k; i < m; i++) vk[i - k] = r[i][k];
            vk[0] -= alpha;
            v[k] = vk;
            for (int j = k; j < n; j++) reflect(vk, r, k, j);
        }
        double[][] q = new double[m][n];
        for (int j = 0; j < n; j++) q[j][j] = 1;
        for (int k = n - 1; k >= 0; k--) {
            for (int j = 0; j < n; j++) reflect(v[k], q, k, j);
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) q[i][j] *= sign[j];
        }
        return q;
    }

    /** Column j of rows k.. of {@code x} ← (I − 2vvᵀ/(vᵀv))·that column; v = 0 (a zero column) leaves it. */
    private static void reflect(double[] v, double[][] x, int k, int j) {
        double vv = 0, vx = 0;
        for (int i = 0; i < v.length; i++) {
            vv += v[i] * v[i];
            vx += v[i] * x[k + i][j];
        }
        if (vv == 0) return;
        double f = 2 * vx / vv;
        for (int i = 0; i < v.length; i++) x[k + i][j] -= f * v[i];
    }
}
