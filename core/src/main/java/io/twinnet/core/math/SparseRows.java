package io.twinnet.core.math;

/**
 * Reusable working space for {@link Kernels}: a list of the non-zero entries of a strided slice of an
 * array (each entry's value, and an offset derived from its position), so kernels allocate nothing.
 */
public final class SparseRows {
    final int[] offsets;
    final double[] values;

    /** Space for slices of up to {@code n} entries. */
    public SparseRows(int n) {
        this.offsets = new int[n];
        this.values = new double[n];
    }

    /** The largest slice this can hold. */
    public int capacity() {
        return offsets.length;
    }

    /**
     * Lists the non-zero values among a[start + k·stride] for k in [0, count), in increasing k, with the
     * offset base + k·step for each; returns how many were listed.
     */
    public int gatherNonZero(double[] a, int start, int stride, int count, int base, int step) {
        // Branch-free: every entry is written at the next free place, which moves on only past a non-zero
        // one, so the branch predictor never guesses at the pattern of zeros (it would miss often on MNIST).
        int m = 0;
        for (int k = 0; k < count; k++) {
            double v = a[start + k * stride];
            offsets[m] = base + k * step;
            values[m] = v;
            m += v != 0.0 ? 1 : 0;
        }
        return m;
    }

    /** The offset of listed entry k (valid for k below the count the last listing returned). */
    public int offset(int k) {
        return offsets[k];
    }

    /** The value of listed entry k. */
    public double value(int k) {
        return values[k];
    }

    /** Makes the list the single entry (offset 0, value v); returns 1. */
    int set(double v) {
        offsets[0] = 0;
        values[0] = v;
        return 1;
    }

    /** max |value| over the first m listed entries (NaN if one is NaN). */
    double maxAbs(int m) {
        double r = 0.0;
        for (int k = 0; k < m; k++) r = Math.max(r, Math.abs(values[k]));
        return r;
    }
}
