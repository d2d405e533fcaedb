package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.math.Kernels;
import io.twinnet.core.math.SparseRows;
import io.twinnet.core.train.Optimiser;

import java.util.Arrays;

/**
 * The fast ways of computing what {@link DenseLayer} defines, and the working state they need. One route is
 * chosen per batch, at the forward pass, and the backward pass and the update of that batch follow it:
 * <ul>
 *   <li>{@link Route#SPARSE}, the default: the kernels skip inputs that are exactly 0 ({@link Kernels#affine},
 *       {@link Kernels#weightGradientSparse}). A row i of ∂L/∂W is zero when x_b[i] = 0 for every example,
 *       so such rows are neither computed nor updated (W − lr·0 = W exactly). The routes remember which rows
 *       of the gradient array may be non-zero ({@link #rowState}), so that rows are cleared only when they
 *       need to be; this relies on nobody else writing into the layer's part of the gradient array.</li>
 *   <li>{@link Route#TRANSPOSED}: batches of {@link #TRANSPOSED_MIN_BATCH} or more examples whose inputs
 *       are at least 3/4 non-zero go through Xᵀ and Zᵀ ({@link Kernels#affineTransposed},
 *       {@link Kernels#weightGradientTransposed}), where a row of Zᵀ or Gᵀ stays in registers over all its
 *       terms (a register-blocked product); they sum in the same order as the sparse kernels, so both agree bit for bit up to the sign of zero.</li>
 *   <li>{@link Route#RANK_ONE}: in a training step on one example, ∂L/∂W = x·δᵀ has rank one. When the
 *       network asks for it ({@link #deferNextWeightGradient}) and the optimiser can take it
 *       ({@link Optimiser#stepRankOne}), the forward pass's list of x's non-zero inputs and δ are kept, and the
 *       optimiser applies the product directly
 *       (same products, same differences, so the same bits); the W rows of the gradient array are written
 *       only if somebody reads the gradient ({@link #writeDeferredGradient}).</li>
 * </ul>
 * {@code DenseLayerTest} pins every route to the defining sums in double, {@code Float32NetworkTest} to Java
 * float sums in float32: in either precision the routes are bit-identical (up to the sign of zero), so no
 * parity or reproducibility test depends on which route ran. Not thread-safe.
 */
final class DenseRoutes {
    /** From this batch size on, and on inputs at least 3/4 non-zero, the transposed kernels are used. */
    static final int TRANSPOSED_MIN_BATCH = 16;

    /** How one batch is computed. */
    enum Route { SPARSE, TRANSPOSED, RANK_ONE }

    /** The precision the kernels compute in. */
    private final Arithmetic ar;
    private final int nIn;
    private final int nOut;
    private final double[] params;
    private final double[] grad;
    private final int wOff;
    private final int bOff;
    /** Per row i of ∂L/∂W: 1 if it may hold non-zero values (written by the last backward pass), else 0. */
    private final byte[] rowState;
    /**
     * Working space of the sparse kernels: non-zero inputs of one example, and of one input unit across the batch.
     * On the rank-one route the forward pass's list of x's non-zero inputs stays here ({@link #listedCount}
     * entries) for the backward pass, which takes it over as {@link #deferredRows}.
     */
    private SparseRows inputRows;
    /** How many inputs the rank-one forward pass listed in {@link #inputRows}; −1 once the backward pass took the list. */
    private int listedCount = -1;
    private SparseRows batchColumns = new SparseRows(1);
    /**
     * Working space of the transposed route (null until {@link #ensureCapacity} asks for such a batch): Xᵀ
     * and Zᵀ, flat, row i (j) at i·{@link #transposedCapacity} (the batch's values of one unit), Gᵀ (row j at
     * j·nIn), the list of active inputs, and per input whether it is non-zero for some example.
     */
    private double[] inputsByUnit;
    private double[] outputsByUnit;
    private double[] gradientByOutput;
    private int[] activeInputs;
    private byte[] inputUsed;
    private int transposedCapacity;
    /** Whether a training batch of one may take the rank-one route. */
    private boolean deferNext;
    /** The route of the current batch, and that batch's size. */
    private Route route = Route.SPARSE;
    private int routeBatch;
    /**
     * True while the W rows of the gradient array lag behind the last backward pass; x is then listed in
     * {@link #deferredRows} (its non-zero entries, each with the offset of its row of W, as the optimiser's
     * rank-one step takes it) and δ copied into {@link #deferredDelta}.
     */
    private boolean weightGradientDeferred;
    private SparseRows deferredRows;
    private int deferredCount;
    private final double[] deferredDelta;
    /** x rebuilt from {@link #deferredRows} when the deferred gradient rows are written. */
    private final double[] deferredInput;

    /** The routes of a layer with W {nIn, nOut} at {@code wOff} and b at {@code bOff} (−1 without bias) in the network's arrays. */
    DenseRoutes(Arithmetic ar, int nIn, int nOut, double[] params, double[] grad, int wOff, int bOff) {
        this.ar = ar;
        this.nIn = nIn;
        this.nOut = nOut;
        this.params = params;
        this.grad = grad;
        this.wOff = wOff;
        this.bOff = bOff;
        this.rowState = new byte[nIn];
        Arrays.fill(rowState, (byte) 1); // the gradient array's contents are unknown
        this.inputRows = new SparseRows(nIn);
        this.deferredInput = new double[nIn];
        this.deferredDelta = new double[nOut];
        this.deferredRows = new SparseRows(nIn);
    }

    void ensureCapacity(int batch) {
        if (batchColumns.capacity() < batch) batchColumns = new SparseRows(batch);
        if (batch >= TRANSPOSED_MIN_BATCH && transposedCapacity < batch) {
            inputsByUnit = new double[nIn * batch];
            outputsByUnit = new double[nOut * batch];
            transposedCapacity = batch;
            if (gradientByOutput == null) {
                gradientByOutput = new double[nOut * nIn];
                activeInputs = new int[nIn];
                inputUsed = new byte[nIn];
            }
        }
    }

    /** Lets the next training batch of one take the rank-one route. */
    void deferNextWeightGradient(boolean defer) {
        deferNext = defer;
    }

    /** The route of the batch last seen by {@link #affine} (for tests). */
    Route route() {
        return route;
    }

    /**
     * The rank-one route for a batch of one when allowed; else the transposed route when the batch is large
     * enough, its buffers exist and at least three quarters of the inputs are non-zero (on sparser inputs,
     * MNIST pixels or ReLU outputs say, skipping zeros one by one is cheaper; the margin keeps a layer from
     * switching back and forth); else the sparse route.
     */
    private Route choose(double[] in, int batch) {
        if (deferNext && batch == 1) return Route.RANK_ONE;
        if (batch < TRANSPOSED_MIN_BATCH || batch > transposedCapacity) return Route.SPARSE;
        // transposed when at most a quarter of the inputs are 0; counted in chunks, so that on sparse inputs (MNIST's
        // pixels are 81 % zeros) the count stops as soon as more than a quarter of the whole batch is known to be 0
        int n = batch * nIn;
        long zeros = 0;
        for (int from = 0; from < n; from += CHOOSE_CHUNK) {
            int to = Math.min(n, from + CHOOSE_CHUNK);
            for (int k = from; k < to; k++) zeros += in[k] == 0.0 ? 1 : 0;
            if (4 * zeros > n) return Route.SPARSE;
        }
        return Route.TRANSPOSED;
    }

    /** Inputs counted between two looks at the running count of zeros in {@link #choose}. */
    private static final int CHOOSE_CHUNK = 1024;

    /** Chooses this batch's route and writes z = x·W + b into {@code out}. */
    void affine(double[] in, double[] out, int batch) {
        route = choose(in, batch);
        routeBatch = batch;
        listedCount = -1;
        if (route == Route.RANK_ONE) { // the list of non-zero inputs is kept for the update
            listedCount = inputRows.gatherNonZero(in, 0, 1, nIn, wOff, nOut);
            Kernels.affineListed(ar, inputRows, listedCount, params, bOff, nOut, out);
            return;
        }
        if (route != Route.TRANSPOSED) {
            Kernels.affine(ar, in, batch, nIn, params, wOff, bOff, nOut, out, inputRows);
            return;
        }
        int cap = transposedCapacity;
        int active = 0;
        for (int i = 0; i < nIn; i++) {
            boolean used = false;
            for (int b = 0, k = i, c = i * cap; b < batch; b++, k += nIn, c++) {
                double v = in[k];
                inputsByUnit[c] = v;
                used |= v != 0.0;
            }
            activeInputs[active] = i;
            active += used ? 1 : 0;
        }
        Kernels.affineTransposed(ar, inputsByUnit, cap, activeInputs, active, batch, params, wOff, bOff, nOut, outputsByUnit, inputRows);
        for (int j = 0; j < nOut; j++) {
            for (int b = 0, k = j, c = j * cap; b < batch; b++, k += nOut, c++) out[k] = outputsByUnit[c];
        }
    }

    /** ∂L/∂W = Xᵀ·Δ by the route of this batch (chosen again if the forward pass saw another batch size). */
    void weightGradient(double[] in, double[] delta, int batch) {
        if (batch != routeBatch) route = choose(in, batch);
        weightGradientDeferred = route == Route.RANK_ONE;
        switch (route) {
            case RANK_ONE -> {
                // the forward pass listed x's non-zero inputs (NaN among them); take its list, or list them now
                // when another backward pass took it already
                if (listedCount < 0) listedCount = inputRows.gatherNonZero(in, 0, 1, nIn, wOff, nOut);
                SparseRows listed = inputRows;
                inputRows = deferredRows;
                deferredRows = listed;
                deferredCount = listedCount;
                listedCount = -1;
                System.arraycopy(delta, 0, deferredDelta, 0, nOut);
            }
            case TRANSPOSED -> transposedWeightGradient(in, delta, batch);
            case SPARSE -> Kernels.weightGradientSparse(ar, in, batch, nIn, delta, nOut, grad, wOff, rowState, batchColumns);
        }
    }

    /** ∂L/∂W through {@link Kernels#weightGradientTransposed}, written back row-major. */
    private void transposedWeightGradient(double[] in, double[] delta, int batch) {
        Arrays.fill(inputUsed, (byte) 0);
        for (int b = 0; b < batch; b++) {
            for (int i = 0, k = b * nIn; i < nIn; i++, k++) inputUsed[i] |= in[k] != 0.0 ? 1 : 0;
        }
        Kernels.weightGradientTransposed(ar, in, batch, nIn, delta, nOut, gradientByOutput, batchColumns);
        for (int j = 0; j < nOut; j++) {
            for (int i = 0, k = wOff + j, c = j * nIn; i < nIn; i++, k += nOut, c++) grad[k] = gradientByOutput[c]; // unused rows get 0
        }
        System.arraycopy(inputUsed, 0, rowState, 0, nIn);
    }

    /** Writes the deferred W rows of the gradient array, if any, so that it holds the last backward pass's gradient. */
    void writeDeferredGradient() {
        if (!weightGradientDeferred) return;
        Arrays.fill(deferredInput, 0.0);
        for (int k = 0; k < deferredCount; k++) deferredInput[(deferredRows.offset(k) - wOff) / nOut] = deferredRows.value(k);
        Kernels.weightGradientSparse(ar, deferredInput, 1, nIn, deferredDelta, nOut, grad, wOff, rowState, batchColumns);
        weightGradientDeferred = false;
    }

    /**
     * The optimiser's step on W after the backward pass: the rank-one step when the gradient was deferred,
     * else the step on each run of rows that received a gradient.
     */
    void updateWeights(Optimiser optimiser, double lr, int batch) {
        if (weightGradientDeferred) {
            optimiser.stepRankOne(deferredRows, deferredCount, deferredDelta, nOut, params, lr);
            return;
        }
        for (int i = 0; i < nIn; i++) {
            if (rowState[i] != 0) {
                int first = i;
                while (i + 1 < nIn && rowState[i + 1] != 0) i++; // a run of consecutive rows: one longer loop
                optimiser.step(params, grad, wOff + first * nOut, wOff + (i + 1) * nOut, lr, batch);
            }
        }
    }
}
