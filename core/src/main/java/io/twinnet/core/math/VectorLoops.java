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
 * <p>The row kernels ({@link #accumulateDouble}, {@link #accumulateFloat}, and {@link #sgdRow} in double) take
 * every row of n ≥ L outputs whole: when L does not divide n, one more vector covers the last L outputs,
 * overlapping the one before. The two are computed together, from the values the row held on entry (a sum
 * may accumulate in place), and stored one after the other, so the overlapped outputs are written twice with
 * the same bits. On MNIST's widths (100 and 10 outputs) this replaced 4 or 2 scalar passes over a row's list
 * by one vector pass. Rows narrower than L are left to the plain loop, and so is the float row step's
 * remainder (its overlapping pair boxed).
 *
 * <p>Every loop here must be compiled by C2 into vector instructions; where it is not, the API runs its Java
 * fallback, which allocates a vector object per operation (the allocation test of {@code NetworkTest} and the
 * bench's allocation column show it). Measured on JDK 17.0.15 with AVX-512: the full width (8 doubles, or 8
 * floats widened from them) compiles; a half-width stage for 4 outputs did not. Two shapes of code made C2
 * box vectors (tens of KB per step, or a few KB in some runs): a kernel calling the same vector helper from
 * two or three sites (only some copies were inlined), and a vector computed before a loop and kept across it;
 * so each kernel calls its pass from one site, and the overlapping vector is summed in the same pass as the
 * one it overlaps. Whether C2 boxes depends on what it compiled before (the float row step's pair boxed only
 * after double steps had run in the same JVM), so the tests run both precisions in one JVM.
 */
final class VectorLoops {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    /**
     * The float species of {@link #D}'s shape: 16 lanes beside AVX-512's 8 doubles, of which the conversions
     * fill the first 8. (The 8-lane half-width species measured no faster.)
     */
    private static final VectorSpecies<Float> F = D.withLanes(float.class);
    private static final int L = D.length();

    private VectorLoops() {
    }

    static int doubleLanes() {
        return L;
    }

    /**
     * {@link Kernels#accumulate} in double for outputs [0, n) when n ≥ L (else none; returns how many it did):
     * four vectors (4L outputs) at a time kept in registers over the list, then two or one; when L does not
     * divide n, the last whole vector and the one over the last L outputs, which overlaps it, go together in
     * one pass, so both are summed from the values the row held on entry (start may be out itself).
     */
    static int accumulateDouble(int[] at, double[] v, int m, double[] a, double[] start, int initOff, int n, double[] out, int outOff) {
        if (n < L) return 0;
        int alone = (n % L == 0 ? n / L : n / L - 1) * L; // whole vectors before the final pair, in outputs
        int j = 0;
        for (; j + 4 * L <= alone; j += 4 * L) fourDouble(at, v, m, a, start, initOff, j, out, outOff);
        // One call site, so C2 inlines one copy: two vectors, else the last alone one (twice), else the last whole
        // one with the overlapping one over [n - L, n).
        while (j < n) {
            int second = j + 2 * L <= alone ? j + L : j + L <= alone ? j : n - L;
            twoDouble(at, v, m, a, start, initOff, j, second, out, outOff);
            j = second == j ? j + L : second + L;
        }
        return n;
    }

    /** Outputs [j, j + 4L) in one pass over the list. */
    private static void fourDouble(int[] at, double[] v, int m, double[] a, double[] start, int initOff, int j, double[] out, int outOff) {
        DoubleVector s0, s1, s2, s3;
        if (initOff >= 0) {
            int s = initOff + j;
            s0 = DoubleVector.fromArray(D, start, s);
            s1 = DoubleVector.fromArray(D, start, s + L);
            s2 = DoubleVector.fromArray(D, start, s + 2 * L);
            s3 = DoubleVector.fromArray(D, start, s + 3 * L);
        } else if (initOff == Kernels.FROM_FIRST_TERM) {
            double c = v[0];
            int o = at[0] + j;
            s0 = DoubleVector.fromArray(D, a, o).mul(c);
            s1 = DoubleVector.fromArray(D, a, o + L).mul(c);
            s2 = DoubleVector.fromArray(D, a, o + 2 * L).mul(c);
            s3 = DoubleVector.fromArray(D, a, o + 3 * L).mul(c);
        } else {
            s0 = s1 = s2 = s3 = DoubleVector.zero(D);
        }
        for (int k = initOff == Kernels.FROM_FIRST_TERM ? 1 : 0; k < m; k++) {
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

    /**
     * Outputs [ja, ja + L) and [jb, jb + L) in one pass over the list, both from the values on entry, stored in that
     * order (jb may overlap ja's vector, or be ja).
     */
    private static void twoDouble(int[] at, double[] v, int m, double[] a, double[] start, int initOff, int ja, int jb, double[] out,
            int outOff) {
        DoubleVector sa, sb;
        if (initOff >= 0) {
            sa = DoubleVector.fromArray(D, start, initOff + ja);
            sb = DoubleVector.fromArray(D, start, initOff + jb);
        } else if (initOff == Kernels.FROM_FIRST_TERM) {
            sa = DoubleVector.fromArray(D, a, at[0] + ja).mul(v[0]);
            sb = DoubleVector.fromArray(D, a, at[0] + jb).mul(v[0]);
        } else {
            sa = sb = DoubleVector.zero(D);
        }
        for (int k = initOff == Kernels.FROM_FIRST_TERM ? 1 : 0; k < m; k++) {
            double c = v[k];
            sa = sa.add(DoubleVector.fromArray(D, a, at[k] + ja).mul(c));
            sb = sb.add(DoubleVector.fromArray(D, a, at[k] + jb).mul(c));
        }
        sa.intoArray(out, outOff + ja);
        sb.intoArray(out, outOff + jb);
    }

    /**
     * {@link Kernels#accumulate} in float32, as {@link #accumulateDouble} on float lanes (two vectors at a
     * time, then the last whole one with the overlapping one).
     */
    static int accumulateFloat(int[] at, double[] v, int m, double[] a, double[] start, int initOff, int n, double[] out, int outOff) {
        if (n < L) return 0;
        int alone = (n % L == 0 ? n / L : n / L - 1) * L;
        for (int j = 0; j < n; ) { // one call site, as in accumulateDouble
            int second = j + 2 * L <= alone ? j + L : j + L <= alone ? j : n - L;
            twoFloat(at, v, m, a, start, initOff, j, second, out, outOff);
            j = second == j ? j + L : second + L;
        }
        return n;
    }

    /** As {@link #twoDouble}, on float lanes. */
    private static void twoFloat(int[] at, double[] v, int m, double[] a, double[] start, int initOff, int ja, int jb, double[] out,
            int outOff) {
        FloatVector sa, sb;
        if (initOff >= 0) {
            sa = floats(start, initOff + ja);
            sb = floats(start, initOff + jb);
        } else if (initOff == Kernels.FROM_FIRST_TERM) {
            float c = (float) v[0];
            sa = floats(a, at[0] + ja).mul(c);
            sb = floats(a, at[0] + jb).mul(c);
        } else {
            sa = sb = FloatVector.zero(F);
        }
        for (int k = initOff == Kernels.FROM_FIRST_TERM ? 1 : 0; k < m; k++) {
            float c = (float) v[k];
            sa = sa.add(floats(a, at[k] + ja).mul(c));
            sb = sb.add(floats(a, at[k] + jb).mul(c));
        }
        store(sa, out, outOff + ja);
        store(sb, out, outOff + jb);
    }

    /**
     * The SGD step of one row for outputs [0, j): p[row + j] ← p[row + j] − lr·(v·δ[j]), each operation
     * rounded to the precision of {@code ar}, as {@code Sgd.stepRankOne} defines it; returns j. In double the
     * whole row when n ≥ L (an overlapping last vector); in float32 the whole vectors only, and only when v
     * and lr are floats (then float arithmetic is the emulation's rounding after every operation); the caller
     * does the rest.
     */
    static int sgdRow(Arithmetic ar, double[] p, int row, double[] delta, int n, double v, double lr) {
        return ar == Arithmetic.DOUBLE ? sgdRowDouble(p, row, delta, n, v, lr) : sgdRowFloat(p, row, delta, n, v, lr);
    }

    private static int sgdRowDouble(double[] p, int row, double[] delta, int n, double v, double lr) {
        if (n < L) return 0;
        // every whole vector alone, except that when L does not divide n the last one goes with the one over
        // [n - L, n): both from p's values on entry, then stored, the second overlapping the first
        int last = n % L == 0 ? n : (n / L - 1) * L;
        for (int j = 0; j < last; j += L) {
            DoubleVector.fromArray(D, p, row + j).sub(DoubleVector.fromArray(D, delta, j).mul(v).mul(lr)).intoArray(p, row + j);
        }
        if (last == n) return n;
        int tail = n - L;
        DoubleVector x = DoubleVector.fromArray(D, p, row + last).sub(DoubleVector.fromArray(D, delta, last).mul(v).mul(lr));
        DoubleVector y = DoubleVector.fromArray(D, p, row + tail).sub(DoubleVector.fromArray(D, delta, tail).mul(v).mul(lr));
        x.intoArray(p, row + last);
        y.intoArray(p, row + tail);
        return n;
    }

    private static int sgdRowFloat(double[] p, int row, double[] delta, int n, double v, double lr) {
        float fv = (float) v;
        float flr = (float) lr;
        if (fv != v || flr != lr) return 0;
        // whole vectors only, the caller's plain loop does the last n mod L outputs: an overlapping last pair, as in
        // sgdRowDouble, had its float vectors boxed in some runs (about 100 KB per step of the 784-100 layer, seen
        // in the bench after the double sides had run), with the helpers or written out
        int j = 0;
        for (; j + L <= n; j += L) store(floats(p, row + j).sub(floats(delta, j).mul(fv).mul(flr)), p, row + j);
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
        // one loop, its conversions written out: with floats() and store() called from two loops, C2 sometimes left
        // copies not inlined and boxed every vector (285 MB per 200 training calls, in one test run of four); the
        // division by n = 1 is exact, so the one loop gives the plain loop's bits for every n
        int k = from;
        for (; k + L <= to; k += L) {
            FloatVector pk = (FloatVector) DoubleVector.fromArray(D, p, k).convertShape(VectorOperators.D2F, F, 0);
            FloatVector gk = (FloatVector) DoubleVector.fromArray(D, g, k).convertShape(VectorOperators.D2F, F, 0);
            ((DoubleVector) pk.sub(gk.div(count).mul(flr)).convertShape(VectorOperators.F2D, D, 0)).intoArray(p, k);
        }
        return k;
    }

    /**
     * {@code Kernels.axpy} in float32 for k in [0, K), K = L·⌊n/L⌋ (returned; the caller's plain loop does the
     * rest): y[k] ← y[k] + a·x[k] in float lanes, the product and the sum rounded to float as the plain loop's
     * {@code mulAdd} does; only when a is a float (else K = 0 and the caller does it all).
     */
    static int axpyFloat(int n, double a, double[] x, int xOff, double[] y, int yOff) {
        float c = (float) a;
        if (c != a) return 0;
        int k = 0;
        for (; k + L <= n; k += L) store(floats(y, yOff + k).add(floats(x, xOff + k).mul(c)), y, yOff + k);
        return k;
    }

    /**
     * {@link Kernels#dot} in double of rows [0, R) of W against δ, R = 4⌊rows/4⌋ (returned; the caller does the
     * rest): out[outOff + i] = Σ_k W[i][k]·δ[k] for the rows i of width n at w[wOff + i·n], in the dot's order. Its
     * eight partial sums are the lanes of one vector, and four rows go through together, so four independent sums
     * are in flight. Only with 8 lanes (the dot's eight sums) and n ≥ 8; else R = 0.
     */
    static int dotRows(int rows, int n, double[] w, int wOff, double[] delta, int dOff, double[] out, int outOff) {
        if (L != Kernels.DOT_PARTIAL_SUMS || n < L) return 0;
        int whole = n / L * L;
        int i = 0;
        for (; i + 4 <= rows; i += 4) {
            int r0 = wOff + i * n, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
            DoubleVector a0 = DoubleVector.zero(D), a1 = a0, a2 = a0, a3 = a0;
            for (int k = 0; k < whole; k += L) {
                DoubleVector d = DoubleVector.fromArray(D, delta, dOff + k);
                a0 = a0.add(DoubleVector.fromArray(D, w, r0 + k).mul(d));
                a1 = a1.add(DoubleVector.fromArray(D, w, r1 + k).mul(d));
                a2 = a2.add(DoubleVector.fromArray(D, w, r2 + k).mul(d));
                a3 = a3.add(DoubleVector.fromArray(D, w, r3 + k).mul(d));
            }
            // the lanes are taken here, not in a helper given the vectors (a helper called from four sites boxes them)
            out[outOff + i] = finishDot(a0.lane(0), a0.lane(1), a0.lane(2), a0.lane(3), a0.lane(4), a0.lane(5), a0.lane(6), a0.lane(7),
                    n, whole, w, r0, delta, dOff);
            out[outOff + i + 1] = finishDot(a1.lane(0), a1.lane(1), a1.lane(2), a1.lane(3), a1.lane(4), a1.lane(5), a1.lane(6), a1.lane(7),
                    n, whole, w, r1, delta, dOff);
            out[outOff + i + 2] = finishDot(a2.lane(0), a2.lane(1), a2.lane(2), a2.lane(3), a2.lane(4), a2.lane(5), a2.lane(6), a2.lane(7),
                    n, whole, w, r2, delta, dOff);
            out[outOff + i + 3] = finishDot(a3.lane(0), a3.lane(1), a3.lane(2), a3.lane(3), a3.lane(4), a3.lane(5), a3.lane(6), a3.lane(7),
                    n, whole, w, r3, delta, dOff);
        }
        return i;
    }

    /** The dot's end for one row: its terms past {@code whole} added to s0, then the fixed tree of the eight sums. */
    private static double finishDot(double s0, double s1, double s2, double s3, double s4, double s5, double s6, double s7, int n, int whole,
            double[] w, int row, double[] delta, int dOff) {
        for (int k = whole; k < n; k++) s0 += w[row + k] * delta[dOff + k];
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
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
