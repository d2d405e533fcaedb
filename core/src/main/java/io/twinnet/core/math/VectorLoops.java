package io.twinnet.core.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SIMD forms of the kernels' hottest loops, in the {@code jdk.incubator.vector} API; loaded only when
 * {@link Simd#ENABLED}. Each method does the leading part [0, j) of a loop over the outputs, L outputs per
 * vector (L = the machine's preferred number of double lanes, 8 with AVX-512), and returns j; the caller's
 * plain loop does the rest. Each output is computed with exactly the operations of the plain loop, in the
 * same order: a lane-wise {@code add(x.mul(c))} is the plain {@code s + c·x} (a multiply rounded, then an add
 * rounded — never {@code fma}), so both give the same bits. In float32 the lanes are Java floats (the
 * stored doubles hold floats, so the narrowing is exact), which is IEEE float arithmetic, as in the plain
 * float loops.
 *
 * <p>Every loop here must be compiled by C2 into vector instructions; where it is not, the API runs its Java
 * fallback, which allocates a vector object per operation (the allocation test of {@code NetworkTest} and the
 * bench's allocation column show it). Measured on JDK 17.0.15 with AVX-512: the full width (8 doubles, or 8
 * floats widened from them) compiles; a half-width stage for the last 4 outputs (4-lane double or float
 * vectors) did not, and was dropped; the plain loop does the last outputs instead.
 */
final class VectorLoops {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    /** As many float lanes as {@link #D} has double lanes (half the width). */
    private static final VectorSpecies<Float> F = D.withLanes(float.class);
    private static final int L = D.length();

    private VectorLoops() {
    }

    static int doubleLanes() {
        return L;
    }

    /**
     * {@link Kernels#accumulate} in double for outputs [0, j): four vectors (4L outputs) at a time kept in
     * registers over the list, then one vector at a time.
     */
    static int accumulateDouble(int[] at, double[] v, int m, double[] a, double[] start, int initOff, int n, double[] out, int outOff) {
        boolean first = initOff == Kernels.FROM_FIRST_TERM;
        int k0 = first ? 1 : 0;
        int j = 0;
        for (; j + 4 * L <= n; j += 4 * L) {
            DoubleVector s0, s1, s2, s3;
            if (initOff >= 0) {
                int s = initOff + j;
                s0 = DoubleVector.fromArray(D, start, s);
                s1 = DoubleVector.fromArray(D, start, s + L);
                s2 = DoubleVector.fromArray(D, start, s + 2 * L);
                s3 = DoubleVector.fromArray(D, start, s + 3 * L);
            } else if (first) {
                double c = v[0];
                int o = at[0] + j;
                s0 = DoubleVector.fromArray(D, a, o).mul(c);
                s1 = DoubleVector.fromArray(D, a, o + L).mul(c);
                s2 = DoubleVector.fromArray(D, a, o + 2 * L).mul(c);
                s3 = DoubleVector.fromArray(D, a, o + 3 * L).mul(c);
            } else {
                s0 = s1 = s2 = s3 = DoubleVector.zero(D);
            }
            for (int k = k0; k < m; k++) {
                double c = v[k];
                int o = at[k] + j;
                s0 = s0.add(DoubleVector.fromArray(D, a, o).mul(c));
                s1 = s1.add(DoubleVector.fromArray(D, a, o + L).mul(c));
                s2 = s2.add(DoubleVector.fromArray(D, a, o + 2 * L).mul(c));
                s3 = s3.add(DoubleVector.fromArray(D, a, o + 3 * L).mul(c));
            }
            int w = outOff + j;
            s0.intoArray(out, w);
            s1.intoArray(out, w + L);
            s2.intoArray(out, w + 2 * L);
            s3.intoArray(out, w + 3 * L);
        }
        for (; j + L <= n; j += L) {
            DoubleVector s = initOff >= 0 ? DoubleVector.fromArray(D, start, initOff + j)
                    : first ? DoubleVector.fromArray(D, a, at[0] + j).mul(v[0]) : DoubleVector.zero(D);
            for (int k = k0; k < m; k++) s = s.add(DoubleVector.fromArray(D, a, at[k] + j).mul(v[k]));
            s.intoArray(out, outOff + j);
        }
        return j;
    }

    /** {@link Kernels#accumulate} in float32 for outputs [0, j), as {@link #accumulateDouble} on float lanes. */
    static int accumulateFloat(int[] at, double[] v, int m, double[] a, double[] start, int initOff, int n, double[] out, int outOff) {
        boolean first = initOff == Kernels.FROM_FIRST_TERM;
        int k0 = first ? 1 : 0;
        int j = 0;
        for (; j + 2 * L <= n; j += 2 * L) {
            FloatVector s0, s1;
            if (initOff >= 0) {
                s0 = floats(start, initOff + j);
                s1 = floats(start, initOff + j + L);
            } else if (first) {
                float c = (float) v[0];
                int o = at[0] + j;
                s0 = floats(a, o).mul(c);
                s1 = floats(a, o + L).mul(c);
            } else {
                s0 = s1 = FloatVector.zero(F);
            }
            for (int k = k0; k < m; k++) {
                float c = (float) v[k];
                int o = at[k] + j;
                s0 = s0.add(floats(a, o).mul(c));
                s1 = s1.add(floats(a, o + L).mul(c));
            }
            store(s0, out, outOff + j);
            store(s1, out, outOff + j + L);
        }
        for (; j + L <= n; j += L) {
            FloatVector s = initOff >= 0 ? floats(start, initOff + j) : first ? floats(a, at[0] + j).mul((float) v[0]) : FloatVector.zero(F);
            for (int k = k0; k < m; k++) s = s.add(floats(a, at[k] + j).mul((float) v[k]));
            store(s, out, outOff + j);
        }
        return j;
    }

    /**
     * The SGD step of one row for outputs [0, j): p[row + j] ← p[row + j] − lr·(v·δ[j]), each operation
     * rounded to the precision of {@code ar}, as {@code Sgd.stepRankOne} defines it. In float32 it takes the
     * float lanes only when v and lr are floats (then float arithmetic is the emulation's rounding after
     * every operation) and otherwise leaves the whole row to the caller.
     */
    static int sgdRow(Arithmetic ar, double[] p, int row, double[] delta, int n, double v, double lr) {
        return ar == Arithmetic.DOUBLE ? sgdRowDouble(p, row, delta, n, v, lr) : sgdRowFloat(p, row, delta, n, v, lr);
    }

    private static int sgdRowDouble(double[] p, int row, double[] delta, int n, double v, double lr) {
        int j = 0;
        for (; j + L <= n; j += L) {
            DoubleVector d = DoubleVector.fromArray(D, delta, j);
            DoubleVector.fromArray(D, p, row + j).sub(d.mul(v).mul(lr)).intoArray(p, row + j);
        }
        return j;
    }

    private static int sgdRowFloat(double[] p, int row, double[] delta, int n, double v, double lr) {
        int j = 0;
        float fv = (float) v;
        float flr = (float) lr;
        if (fv != v || flr != lr) return 0;
        for (; j + L <= n; j += L) {
            FloatVector d = floats(delta, j);
            store(floats(p, row + j).sub(d.mul(fv).mul(flr)), p, row + j);
        }
        return j;
    }

    /**
     * The SGD step on [from, k): p ← round(p − round(lr·round(g/n))) (for n = 1 without the division), as
     * {@code Sgd.step} defines it; returns k, the caller's plain loop does [k, to). In float32 only when lr
     * and n are floats (so float arithmetic rounds as the emulation does), else k = from.
     */
    static int sgdStep(Arithmetic ar, double[] p, double[] g, int from, int to, double lr, int n) {
        return ar == Arithmetic.DOUBLE ? sgdStepDouble(p, g, from, to, lr, n) : sgdStepFloat(p, g, from, to, lr, n);
    }

    private static int sgdStepDouble(double[] p, double[] g, int from, int to, double lr, int n) {
        int k = from;
        double count = n;
        if (n == 1) {
            for (; k + L <= to; k += L) DoubleVector.fromArray(D, p, k).sub(DoubleVector.fromArray(D, g, k).mul(lr)).intoArray(p, k);
        } else {
            for (; k + L <= to; k += L) {
                DoubleVector.fromArray(D, p, k).sub(DoubleVector.fromArray(D, g, k).div(count).mul(lr)).intoArray(p, k);
            }
        }
        return k;
    }

    private static int sgdStepFloat(double[] p, double[] g, int from, int to, double lr, int n) {
        float flr = (float) lr;
        float count = n;
        if (flr != lr || count != n) return from;
        int k = from;
        if (n == 1) {
            for (; k + L <= to; k += L) store(floats(p, k).sub(floats(g, k).mul(flr)), p, k);
        } else {
            for (; k + L <= to; k += L) store(floats(p, k).sub(floats(g, k).div(count).mul(flr)), p, k);
        }
        return k;
    }

    /** Rounds a[from, k) to float in place and returns k; the caller rounds [k, to). */
    static int roundToFloat(double[] a, int from, int to) {
        int k = from;
        for (; k + L <= to; k += L) store(floats(a, k), a, k);
        return k;
    }

    /** L doubles from a[o], narrowed to floats (exact for values that are floats). */
    private static FloatVector floats(double[] a, int o) {
        return (FloatVector) DoubleVector.fromArray(D, a, o).convertShape(VectorOperators.D2F, F, 0);
    }

    /** Stores L floats, widened to doubles (exact), at out[o]. */
    private static void store(FloatVector s, double[] out, int o) {
        ((DoubleVector) s.convertShape(VectorOperators.F2D, D, 0)).intoArray(out, o);
    }
}
