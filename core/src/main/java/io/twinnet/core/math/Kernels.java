package io.twinnet.core.math;

import java.util.Arrays;

/**
 * The dense-layer kernels, on flat row-major arrays. A minibatch of B examples with n features is a
 * {@code double[]} whose row b occupies [b·n, (b+1)·n); a weight matrix W of size nIn × nOut is stored
 * row-major from {@code wOff}: W[i][j] at {@code wOff + i·nOut + j}.
 *
 * <p>Speed. HotSpot's C2 compiler (JDK 17) only turns a loop into SIMD code when all its arrays are
 * indexed with the same loop-invariant offset, which rules out the natural "z[j] += x_i·W[i][j]" between
 * two different rows. The main kernels therefore keep eight outputs in registers and run over a list of
 * the non-zero inputs, so that every multiply-add costs one load and no store ({@link #affine},
 * {@link #weightGradientSparse}); elementwise loops on equally laid-out arrays (the optimiser's step)
 * do vectorise. Large batches of mostly non-zero inputs go through the transposed kernels
 * ({@link #affineTransposed}, {@link #weightGradientTransposed}), which list one output's terms and run the same
 * accumulation over the batch, so a row of Zᵀ or Gᵀ stays in registers while every term is added.
 * Inputs that are exactly 0 are skipped: for finite weights the result is the same bit for
 * bit (adding 0·w changes nothing but the sign of a zero), and sparse inputs — MNIST pixels, ReLU
 * outputs — run several times faster.
 *
 * <p>Summation order is fixed by the code alone (no threads, and the same order for every batch size),
 * so results are bit-reproducible. Every kernel takes the network's {@link Arithmetic}: in
 * {@link Arithmetic#FLOAT} each product and each partial sum is rounded to float
 * ({@link Arithmetic#mulAdd}), in the same order as in double, so the routes that agree bit for bit in double
 * (sparse, transposed, rank-one) agree bit for bit in float too ({@code Float32NetworkTest} pins them to Java
 * float sums). No kernel uses a fused multiply-add: that would change the bits of every sum.
 */
public final class Kernels {
    /** Target size in doubles of the slab of W kept hot in L1 (4096 doubles = 32 KiB). */
    private static final int SLAB_DOUBLES = 4096;
    /**
     * Target size in doubles of the block kept in L1 by the batched kernels (3072 doubles = 24 KiB, leaving
     * room in a 32 KiB L1 for the inputs and outputs streamed past it): rows of W in {@link #affine}, rows
     * of Δ in {@link #weightGradientSparse}.
     */
    private static final int BLOCK_DOUBLES = 3072;

    /**
     * The fewest rows of W per slab in the batched {@link #affine}, whatever the width: each slab costs a pass over
     * every example's partial sums (read and written) and a listing of its inputs, so on wide layers the slab of
     * 3072 doubles (3 rows of 1000) made those passes outweigh the products. 32 rows of 1000 outputs sit in L2
     * instead of L1, and each accumulate pass over 32 outputs still reads only its 32 × 32 block. Measured on one
     * layer of 1000 × 1000 at minibatch 8 with half the inputs 0: 224 µs per example at 3 rows, 83 at 32.
     */
    private static final int MIN_SLAB_ROWS = 32;

    /** {@link #accumulate}'s initOff for a sum from 0. */
    static final int FROM_ZERO = -1;
    /** {@link #accumulate}'s initOff for a sum from its first term. */
    static final int FROM_FIRST_TERM = -2;

    /** Row state used inside {@link #weightGradientSparse}: the row received its first term in this call. */
    private static final byte STARTED = 2;

    private Kernels() {
    }

    /** y[yOff + k] += a·x[xOff + k] for k in [0, n), in the precision of {@code ar}. */
    public static void axpy(Arithmetic ar, int n, double a, double[] x, int xOff, double[] y, int yOff) {
        // in float32 the leading part in float lanes, same operations (double loops C2 vectorises by itself)
        for (int k = Simd.ENABLED && ar == Arithmetic.FLOAT ? VectorLoops.axpyFloat(n, a, x, xOff, y, yOff) : 0; k < n; k++) {
            y[yOff + k] = ar.mulAdd(y[yOff + k], a, x[xOff + k]);
        }
    }

    /** How many interleaved partial sums {@link #dot} keeps: the double lanes of AVX-512, so its SIMD form is one vector. */
    public static final int DOT_PARTIAL_SUMS = 8;

    /**
     * Σ_k x[xOff + k]·y[yOff + k] in the precision of {@code ar}, in a fixed order: eight interleaved partial sums,
     * s_r over the terms k ≡ r (mod 8) with k &lt; 8⌊n/8⌋, in increasing k, each from 0; the remaining terms added
     * to s0; then ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)). The order does not depend on the machine:
     * with {@link Simd} on and 8 double lanes, {@link #inputGradient} in double keeps the eight sums as the lanes
     * of one vector (the same bits); with other lane counts, and in float32, it runs this loop.
     */
    public static double dot(Arithmetic ar, int n, double[] x, int xOff, double[] y, int yOff) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int k = 0;
        for (; k + 7 < n; k += 8) {
            int a = xOff + k;
            int b = yOff + k;
            s0 = ar.mulAdd(s0, x[a], y[b]);
            s1 = ar.mulAdd(s1, x[a + 1], y[b + 1]);
            s2 = ar.mulAdd(s2, x[a + 2], y[b + 2]);
            s3 = ar.mulAdd(s3, x[a + 3], y[b + 3]);
            s4 = ar.mulAdd(s4, x[a + 4], y[b + 4]);
            s5 = ar.mulAdd(s5, x[a + 5], y[b + 5]);
            s6 = ar.mulAdd(s6, x[a + 6], y[b + 6]);
            s7 = ar.mulAdd(s7, x[a + 7], y[b + 7]);
        }
        for (; k < n; k++) {
            s0 = ar.mulAdd(s0, x[xOff + k], y[yOff + k]);
        }
        return ar.add(ar.add(ar.add(s0, s1), ar.add(s2, s3)), ar.add(ar.add(s4, s5), ar.add(s6, s7)));
    }

    /**
     * The leading part of one row of the one-example SGD step ({@code Sgd.stepRankOne}): for j in [0, J),
     * p[row + j] ← round(p[row + j] − round(lr·round(v·δ[j]))), in SIMD form when {@link Simd} is on; returns J
     * (0 when off), the caller's plain loop does [J, n) with the same operations.
     */
    public static int sgdRowLead(Arithmetic ar, double[] p, int row, double[] delta, int n, double v, double lr) {
        return Simd.ENABLED ? VectorLoops.sgdRow(ar, p, row, delta, n, v, lr) : 0;
    }

    /**
     * The leading part of the elementwise SGD step ({@code Sgd.step}) on [from, K): p[k] ← round(p[k] −
     * round(lr·round(g[k]/n))), in SIMD form when {@link Simd} is on; returns K (from when off), the caller's
     * plain loop does [K, to) with the same operations.
     */
    public static int sgdStepLead(Arithmetic ar, double[] p, double[] g, int from, int to, double lr, int n) {
        return Simd.ENABLED ? VectorLoops.sgdStep(ar, p, g, from, to, lr, n) : from;
    }

    /** Rows of W per slab for a layer of width nOut. */
    private static int slabRows(int nOut) {
        return Math.max(1, SLAB_DOUBLES / nOut);
    }

    /**
     * Affine forward pass Z = X·W + b: z[b][j] = bias[j] + Σ_i x[b][i]·W[i][j], the sum taken from the
     * bias upwards in increasing i, skipping inputs that are exactly 0.
     *
     * <p>Example by example, the non-zero inputs are listed first; then eight outputs at a time are
     * accumulated in registers over that list, so there is no load and store of z per multiply-add.
     *
     * @param x       batch × nIn inputs
     * @param p       the array holding W (at wOff) and b (at bOff; bOff &lt; 0 when there is no bias)
     * @param z       batch × nOut outputs, overwritten
     * @param scratch working space for nIn entries, or null to allocate one
     */
    public static void affine(Arithmetic ar, double[] x, int batch, int nIn, double[] p, int wOff, int bOff, int nOut, double[] z,
                              SparseRows scratch) {
        SparseRows rows = scratch == null ? new SparseRows(nIn) : scratch;
        if (batch == 1) { // one example: W is read once anyway, so no blocking
            affineListed(ar, rows, rows.gatherNonZero(x, 0, 1, nIn, wOff, nOut), p, bOff, nOut, z);
            return;
        }
        for (int b = 0; b < batch; b++) {
            if (bOff >= 0) System.arraycopy(p, bOff, z, b * nOut, nOut);
            else Arrays.fill(z, b * nOut, (b + 1) * nOut, 0.0);
        }
        // A slab of rows of W stays in L1 (in L2 on wide layers) while every example of the batch uses it; z
        // carries the partial sums from one slab to the next, so each sum is still taken in increasing i from the bias.
        int slab = Math.max(MIN_SLAB_ROWS, BLOCK_DOUBLES / nOut);
        for (int i0 = 0; i0 < nIn; i0 += slab) {
            int count = Math.min(nIn, i0 + slab) - i0;
            for (int b = 0; b < batch; b++) {
                int m = rows.gatherNonZero(x, b * nIn + i0, 1, count, wOff + i0 * nOut, nOut);
                if (m > 0) accumulate(ar, rows, m, p, z, b * nOut, nOut, z, b * nOut);
            }
        }
    }

    /**
     * {@link #affine} of one example whose non-zero inputs are listed: entry k of {@code rows} (k &lt; m) holds
     * x[i] and the offset in p of row i of W ({@link SparseRows#gatherNonZero}{@code (x, 0, 1, nIn, wOff, nOut)}
     * lists them so); z[j] = bias[j] + Σ_k x[i_k]·W[i_k][j], summed from the bias in list order.
     */
    public static void affineListed(Arithmetic ar, SparseRows rows, int m, double[] p, int bOff, int nOut, double[] z) {
        accumulate(ar, rows, m, p, p, bOff, nOut, z, 0);
    }

    /** {@link #affine} with freshly allocated scratch space. */
    public static void affine(Arithmetic ar, double[] x, int batch, int nIn, double[] p, int wOff, int bOff, int nOut, double[] z) {
        affine(ar, x, batch, nIn, p, wOff, bOff, nOut, z, null);
    }

    /**
     * out[outOff + j] = init[j] + Σ_k v[k]·a[at[k] + j] for j in [0, n), summed in list order, where the list
     * (at, v) of length m is held by {@code rows}; init[j] is start[initOff + j], or 0 when initOff is
     * {@link #FROM_ZERO} ({@code start} may be {@code out} itself, at the same offset, to accumulate in place),
     * or, when initOff is {@link #FROM_FIRST_TERM}, the sum starts from the first term v[0]·a[at[0] + j] itself
     * (not from 0 + that term, which differs in the sign of a zero). Eight outputs at a time are kept in
     * registers, so a multiply-add costs one load and no store.
     *
     * <p>Two loops, one per precision, summing in the same order. In {@link Arithmetic#FLOAT} the values are
     * floats held in doubles, so the loop converts each to a Java {@code float} (exactly) and computes
     * {@code acc += c * x} in float arithmetic, which is by IEEE 754 exactly round(acc + round(c·x)), the
     * value {@link Arithmetic#mulAdd} computes: the same bits, with three operations per term instead of six.
     * When {@link Simd} is on, {@code VectorLoops} does the leading outputs L at a time, with the same operations
     * in the same order, and the plain loop the rest.
     */
    static void accumulate(Arithmetic ar, SparseRows rows, int m, double[] a, double[] start, int initOff, int n, double[] out, int outOff) {
        if (m == 0 && initOff == FROM_FIRST_TERM) throw new IllegalArgumentException("m: a sum from its first term needs one");
        boolean single = ar == Arithmetic.FLOAT;
        int from = 0;
        if (Simd.ENABLED) {
            from = single ? VectorLoops.accumulateFloat(rows.offsets, rows.values, m, a, start, initOff, n, out, outOff)
                    : VectorLoops.accumulateDouble(rows.offsets, rows.values, m, a, start, initOff, n, out, outOff);
        }
        if (single) accumulateFloat(rows, m, a, start, initOff, n, out, outOff, from);
        else accumulateDouble(rows, m, a, start, initOff, n, out, outOff, from);
    }

    /** The plain loop of {@link #accumulate} for outputs [from, n). */
    private static void accumulateDouble(SparseRows rows, int m, double[] a, double[] start, int initOff, int n, double[] out, int outOff,
            int from) {
        int[] at = rows.offsets;
        double[] v = rows.values;
        boolean first = initOff == FROM_FIRST_TERM;
        int k0 = first ? 1 : 0;
        int j = from;
        for (; j + 7 < n; j += 8) {
            double a0, a1, a2, a3, a4, a5, a6, a7;
            if (initOff >= 0) {
                int s = initOff + j;
                a0 = start[s]; a1 = start[s + 1]; a2 = start[s + 2]; a3 = start[s + 3];
                a4 = start[s + 4]; a5 = start[s + 5]; a6 = start[s + 6]; a7 = start[s + 7];
            } else if (first) {
                double c = v[0];
                int o = at[0] + j;
                a0 = c * a[o]; a1 = c * a[o + 1]; a2 = c * a[o + 2]; a3 = c * a[o + 3];
                a4 = c * a[o + 4]; a5 = c * a[o + 5]; a6 = c * a[o + 6]; a7 = c * a[o + 7];
            } else {
                a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = 0.0;
            }
            for (int k = k0; k < m; k++) {
                double c = v[k];
                int o = at[k] + j;
                a0 += c * a[o]; a1 += c * a[o + 1]; a2 += c * a[o + 2]; a3 += c * a[o + 3];
                a4 += c * a[o + 4]; a5 += c * a[o + 5]; a6 += c * a[o + 6]; a7 += c * a[o + 7];
            }
            int w = outOff + j;
            out[w] = a0; out[w + 1] = a1; out[w + 2] = a2; out[w + 3] = a3;
            out[w + 4] = a4; out[w + 5] = a5; out[w + 6] = a6; out[w + 7] = a7;
        }
        for (; j < n; j++) {
            double acc = initOff >= 0 ? start[initOff + j] : first ? v[0] * a[at[0] + j] : 0.0;
            for (int k = k0; k < m; k++) acc += v[k] * a[at[k] + j];
            out[outOff + j] = acc;
        }
    }

    /** The plain loop of {@link #accumulate} for outputs [from, n). */
    private static void accumulateFloat(SparseRows rows, int m, double[] a, double[] start, int initOff, int n, double[] out, int outOff,
            int from) {
        int[] at = rows.offsets;
        double[] v = rows.values;
        boolean first = initOff == FROM_FIRST_TERM;
        int k0 = first ? 1 : 0;
        int j = from;
        for (; j + 7 < n; j += 8) {
            float a0, a1, a2, a3, a4, a5, a6, a7;
            if (initOff >= 0) {
                int s = initOff + j;
                a0 = (float) start[s]; a1 = (float) start[s + 1]; a2 = (float) start[s + 2]; a3 = (float) start[s + 3];
                a4 = (float) start[s + 4]; a5 = (float) start[s + 5]; a6 = (float) start[s + 6]; a7 = (float) start[s + 7];
            } else if (first) {
                float c = (float) v[0];
                int o = at[0] + j;
                a0 = c * (float) a[o]; a1 = c * (float) a[o + 1]; a2 = c * (float) a[o + 2]; a3 = c * (float) a[o + 3];
                a4 = c * (float) a[o + 4]; a5 = c * (float) a[o + 5]; a6 = c * (float) a[o + 6]; a7 = c * (float) a[o + 7];
            } else {
                a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = 0.0f;
            }
            for (int k = k0; k < m; k++) {
                float c = (float) v[k];
                int o = at[k] + j;
                a0 += c * (float) a[o]; a1 += c * (float) a[o + 1]; a2 += c * (float) a[o + 2]; a3 += c * (float) a[o + 3];
                a4 += c * (float) a[o + 4]; a5 += c * (float) a[o + 5]; a6 += c * (float) a[o + 6]; a7 += c * (float) a[o + 7];
            }
            int w = outOff + j;
            out[w] = a0; out[w + 1] = a1; out[w + 2] = a2; out[w + 3] = a3;
            out[w + 4] = a4; out[w + 5] = a5; out[w + 6] = a6; out[w + 7] = a7;
        }
        for (; j < n; j++) {
            float acc = initOff >= 0 ? (float) start[initOff + j] : first ? (float) v[0] * (float) a[at[0] + j] : 0.0f;
            for (int k = k0; k < m; k++) acc += (float) v[k] * (float) a[at[k] + j];
            out[outOff + j] = acc;
        }
    }

    /**
     * Weight gradient summed over the minibatch, G = Xᵀ·Δ: g[i][j] = Σ_b x[b][i]·δ[b][j], written (not
     * accumulated) into {@code g} from {@code gOff}. The plain version (rank-1 updates, blocked so a slab
     * of G stays in L1), kept as the reference {@link #weightGradientSparse} is tested against.
     */
    public static void weightGradient(Arithmetic ar, double[] x, int batch, int nIn, double[] delta, int nOut, double[] g, int gOff) {
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
                        axpy(ar, nOut, xi, delta, dRow, g, gOff + i * nOut);
                    }
                }
            }
        }
    }

    /**
     * The same gradient G = Xᵀ·Δ for inputs with many zeros, row by row: for row i the examples with
     * x[b][i] ≠ 0 are listed, and g[i][j] = Σ_b x[b][i]·δ[b][j] is accumulated over that list (in
     * increasing b) eight columns at a time in registers, so each row of G is written once. A row with
     * no contribution is all zero; {@code rowState} avoids clearing it again: on entry, 0 means row i of
     * {@code g} is known to be all zero and 1 that it may not be; on return, 1 means row i received a
     * contribution in this call and 0 that it is all zero. The result equals {@link #weightGradient} up
     * to the sign of zero entries.
     *
     * @param columns working space for {@code batch} entries
     * @return max |x[b][i]| over the batch (NaN if an input is NaN)
     */
    public static double weightGradientSparse(Arithmetic ar, double[] x, int batch, int nIn, double[] delta, int nOut, double[] g, int gOff,
                                              byte[] rowState, SparseRows columns) {
        double maxInput = 0.0;
        if (batch == 1) {
            for (int i = 0; i < nIn; i++) {
                double v = x[i];
                int row = gOff + i * nOut;
                if (v == 0.0) {
                    if (rowState[i] != 0) Arrays.fill(g, row, row + nOut, 0.0);
                    rowState[i] = 0;
                } else {
                    maxInput = Math.max(maxInput, Math.abs(v));
                    columns.set(v);
                    accumulate(ar, columns, 1, delta, null, FROM_FIRST_TERM, nOut, g, row);
                    rowState[i] = 1;
                }
            }
            return maxInput; // NaN counts as non-zero, so a NaN input is listed and propagates
        }
        // Blocks of examples whose rows of Δ stay in L1 while every row of G takes their terms; a row of G
        // starts from its first term (the first block that contributes) and then accumulates in place, so
        // each g[i][j] is still summed in increasing b. STARTED marks the rows begun in this call.
        int block = Math.max(1, BLOCK_DOUBLES / nOut);
        for (int b0 = 0; b0 < batch; b0 += block) {
            int count = Math.min(batch, b0 + block) - b0;
            for (int i = 0; i < nIn; i++) {
                int m = columns.gatherNonZero(x, b0 * nIn + i, nIn, count, b0 * nOut, nOut);
                if (m == 0) continue;
                maxInput = Math.max(maxInput, columns.maxAbs(m));
                int row = gOff + i * nOut;
                if (rowState[i] == STARTED) {
                    accumulate(ar, columns, m, delta, g, row, nOut, g, row);
                } else {
                    accumulate(ar, columns, m, delta, null, FROM_FIRST_TERM, nOut, g, row);
                    rowState[i] = STARTED;
                }
            }
        }
        for (int i = 0; i < nIn; i++) {
            if (rowState[i] == STARTED) {
                rowState[i] = 1;
            } else {
                if (rowState[i] != 0) Arrays.fill(g, gOff + i * nOut, gOff + (i + 1) * nOut, 0.0);
                rowState[i] = 0;
            }
        }
        return maxInput; // NaN counts as non-zero, so a NaN input is listed and propagates
    }

    /**
     * The batched forward pass in transposed layout, z[b][j] = bias[j] + Σ_i x[b][i]·W[i][j], summed from the
     * bias in increasing i (as {@link #affine}, up to the sign of zero: an input that is 0 adds ±0 here
     * unless its whole row is 0). Xᵀ is flat: row i (the batch's values of input i) at {@code xT[i·stride]};
     * Zᵀ likewise, row j at {@code zT[j·stride]}. {@code active} lists, in increasing order, the nActive inputs
     * that are non-zero for some example; the others are skipped. Per output j the active inputs' weights
     * W[i][j] are listed and {@link #accumulate} sums the row of Zᵀ from the bias over that list, four vectors
     * of examples at a time held in registers over every input: a register-blocked product, one load per
     * multiply-add and no load or store of Z inside the sum.
     *
     * @param terms working space for nActive entries
     */
    public static void affineTransposed(Arithmetic ar, double[] xT, int stride, int[] active, int nActive, int batch, double[] p, int wOff,
                                        int bOff, int nOut, double[] zT, SparseRows terms) {
        for (int j = 0; j < nOut; j++) {
            int row = j * stride;
            Arrays.fill(zT, row, row + batch, bOff >= 0 ? p[bOff + j] : 0.0);
            if (nActive == 0) continue;
            for (int k = 0; k < nActive; k++) {
                int i = active[k];
                terms.offsets[k] = i * stride;
                terms.values[k] = p[wOff + i * nOut + j];
            }
            accumulate(ar, terms, nActive, xT, zT, row, batch, zT, row);
        }
    }

    /**
     * The weight gradient in transposed layout: gT[j][i] = Σ_b δ[b][j]·x[b][i] over the examples with
     * δ[b][j] ≠ 0, in increasing b, from 0 (equal to {@link #weightGradient} up to the sign of zero). X is the
     * row-major batch × nIn input, Gᵀ is flat with row j at {@code gT[j·nIn]}. Per output j the examples with
     * δ[b][j] ≠ 0 are listed and {@link #accumulate} sums row j of Gᵀ over them, as in {@link #affineTransposed}.
     *
     * @param terms working space for {@code batch} entries
     */
    public static void weightGradientTransposed(Arithmetic ar, double[] x, int batch, int nIn, double[] delta, int nOut, double[] gT,
                                                SparseRows terms) {
        for (int j = 0; j < nOut; j++) {
            int m = 0;
            for (int b = 0; b < batch; b++) { // branch-free, as SparseRows.gatherNonZero
                double d = delta[b * nOut + j];
                terms.offsets[m] = b * nIn;
                terms.values[m] = d;
                m += d != 0.0 ? 1 : 0;
            }
            if (m == 0) Arrays.fill(gT, j * nIn, (j + 1) * nIn, 0.0);
            else accumulate(ar, terms, m, x, null, FROM_ZERO, nIn, gT, j * nIn);
        }
    }

    /** Bias gradient summed over the minibatch: g[j] = Σ_b δ[b][j], written into {@code g} from {@code gOff}. */
    public static void columnSums(Arithmetic ar, double[] delta, int batch, int nOut, double[] g, int gOff) {
        System.arraycopy(delta, 0, g, gOff, nOut);
        for (int b = 1; b < batch; b++) {
            axpy(ar, nOut, 1.0, delta, b * nOut, g, gOff);
        }
    }

    /** Input gradient Δ_in = Δ·Wᵀ: dx[b][i] = Σ_j δ[b][j]·W[i][j], overwriting {@code dx}. */
    public static void inputGradient(Arithmetic ar, double[] delta, int batch, int nOut, double[] p, int wOff, int nIn, double[] dx) {
        boolean simd = Simd.ENABLED && ar == Arithmetic.DOUBLE;
        for (int b = 0; b < batch; b++) {
            int dRow = b * nOut;
            int xRow = b * nIn;
            // in double the leading rows four at a time in SIMD form when it is on, each with the dot's own order (same
            // bits); a float form (floats() called from five sites) was dropped on suspicion of boxing, like sgdStepFloat
            int lead = simd ? VectorLoops.dotRows(nIn, nOut, p, wOff, delta, dRow, dx, xRow) : 0;
            for (int i = lead; i < nIn; i++) {
                dx[xRow + i] = dot(ar, nOut, p, wOff + i * nOut, delta, dRow);
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
