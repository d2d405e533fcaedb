package io.twinnet.core.nn;

import io.twinnet.core.init.Fan;
import io.twinnet.core.init.Initialisers;
import io.twinnet.core.init.Rng;
import io.twinnet.core.math.Kernels;
import io.twinnet.core.math.SparseRows;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;

import java.util.ArrayList;
import java.util.List;

/**
 * A fully connected layer, hidden or output (DL4J {@code DenseLayer} / {@code OutputLayer}).
 *
 * <p>Forward, per example: z = x·W + b, a = f(z), with x of size nIn, W of size nIn × nOut, b of size nOut.
 *
 * <p>Backward, given g = ∂L/∂a: first δ = ∂L/∂z = g ⊙ f'(z) (the activation's backward pass; an output
 * layer gets δ straight from its loss instead, see {@link #backwardFromPreActivation}), then, summed
 * over the examples b of the minibatch,
 * <pre>
 *   ∂L/∂W[i][j] = Σ_b x_b[i]·δ_b[j]      (G = Xᵀ·Δ)
 *   ∂L/∂b[j]    = Σ_b δ_b[j]
 *   ∂L/∂x_b[i]  = Σ_j δ_b[j]·W[i][j]     (Δ·Wᵀ; skipped for the first layer)
 * </pre>
 * SGD then moves W and b by −lr·(gradient/N).
 *
 * <p>Sparse inputs (MNIST pixels, ReLU outputs) are cheap: a row i of ∂L/∂W is zero when x_b[i] = 0 for
 * every example, so such rows are neither computed nor, in the SGD step, updated (W − lr·0 = W exactly).
 * The layer remembers which rows of the gradient array it wrote last, so that rows are cleared only
 * when they need to be. This relies on nobody else writing into the gradient array.
 *
 * <p>In {@link Network#fit} with a minibatch of one, ∂L/∂W = x·δᵀ has rank one, and the layer applies it
 * directly ({@link Kernels#sgdRankOne}: same products, same differences, so the same bits) instead of
 * writing the gradient rows and reading them back; it keeps copies of x and δ and writes the W rows of
 * the gradient array only when {@link Network#gradient()} asks for them ({@link #writeDeferredGradient}).
 *
 * <p>Batches of {@link #TRANSPOSED_MIN_BATCH} or more examples whose inputs are at least 3/4 non-zero
 * take the transposed kernels instead ({@link Kernels#affineTransposed},
 * {@link Kernels#weightGradientTransposed}), which C2 compiles to SIMD code; both routes sum in the same
 * order, so they agree bit for bit up to the sign of zero.
 */
public final class DenseLayer implements Layer {
    /** From this batch size on, and on inputs at least 3/4 non-zero, the layer uses the transposed SIMD kernels of {@link Kernels}. */
    static final int TRANSPOSED_MIN_BATCH = 16;
    private final int index;
    private final int nIn;
    private final int nOut;
    private final ActivationFunction activation;
    private final WeightInit weightInit;
    private final double biasInit;
    private final boolean hasBias;
    private final double[] params;
    private final double[] grad;
    private final int wOff;
    private final int bOff;
    /** Per row i of ∂L/∂W: 1 if it may hold non-zero values (written by the last backward pass), else 0. */
    private final byte[] rowState;
    /** max |x| and max |δ| seen by the last backward pass, for the bound on the SGD step. */
    private double lastMaxInput;
    private double lastMaxDelta;
    /** Working space of the kernels: non-zero inputs of one example, and of one input unit across the batch. */
    private final SparseRows inputRows;
    private SparseRows batchColumns = new SparseRows(1);
    /**
     * Working space of the transposed kernels, used from {@link #TRANSPOSED_MIN_BATCH} examples on (null
     * until {@link #ensureCapacity} asks for such a batch): Xᵀ and Zᵀ row by row, the examples' inputs
     * as separate rows, Gᵀ, the list of active inputs, a list of examples, and per input whether it is
     * non-zero for some example.
     */
    private double[][] inputsByUnit;
    private double[][] outputsByUnit;
    private double[][] inputsByExample;
    private double[][] gradientByOutput;
    private int[] activeInputs;
    private int[] exampleList;
    private byte[] inputUsed;
    /** Whether the next backward pass may defer ∂L/∂W (set by {@link Network#fit} for minibatches of one). */
    private boolean deferNextWeightGradient;
    /** True while the W rows of the gradient array lag behind the last backward pass; x and δ are then in the copies below. */
    private boolean weightGradientDeferred;
    private final double[] deferredInput;
    private final double[] deferredDelta;

    DenseLayer(int index, int nIn, int nOut, Activation activation, WeightInit weightInit, double biasInit, boolean hasBias,
               int offset, double[] params, double[] grad) {
        this.index = index;
        this.nIn = nIn;
        this.nOut = nOut;
        this.activation = ActivationFunction.of(activation);
        this.weightInit = weightInit;
        this.biasInit = biasInit;
        this.hasBias = hasBias;
        this.params = params;
        this.grad = grad;
        this.wOff = offset;
        this.bOff = hasBias ? offset + nIn * nOut : -1;
        this.rowState = new byte[nIn];
        this.inputRows = new SparseRows(nIn);
        this.deferredInput = new double[nIn];
        this.deferredDelta = new double[nOut];
        java.util.Arrays.fill(rowState, (byte) 1); // the gradient array's contents are unknown
    }

    /** The blocks W {nIn, nOut} and (if hasBias) b {nOut} of a dense layer starting at {@code offset}. */
    static List<ParameterBlock> blocks(int index, int offset, int nIn, int nOut, boolean hasBias) {
        List<ParameterBlock> out = new ArrayList<>(2);
        out.add(new ParameterBlock(index, "W", offset, nIn * nOut, new int[]{nIn, nOut}, true));
        if (hasBias) out.add(new ParameterBlock(index, "b", offset + nIn * nOut, nOut, new int[]{nOut}, true));
        return out;
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public Shape inputShape() {
        return Shape.vector(nIn);
    }

    @Override
    public Shape outputShape() {
        return Shape.vector(nOut);
    }

    public ActivationFunction activation() {
        return activation;
    }

    @Override
    public void ensureCapacity(int batch) {
        if (batchColumns.capacity() < batch) batchColumns = new SparseRows(batch);
        if (batch >= TRANSPOSED_MIN_BATCH && transposedCapacity() < batch) {
            inputsByUnit = new double[nIn][batch];
            outputsByUnit = new double[nOut][batch];
            inputsByExample = new double[batch][nIn];
            exampleList = new int[batch];
            if (gradientByOutput == null) {
                gradientByOutput = new double[nOut][nIn];
                activeInputs = new int[nIn];
                inputUsed = new byte[nIn];
            }
        }
    }

    private int transposedCapacity() {
        return exampleList == null ? 0 : exampleList.length;
    }

    /**
     * Whether to take the transposed kernels: batch large enough, buffers present, and at least three quarters
     * of the inputs non-zero (on sparser inputs, MNIST pixels or ReLU outputs say, skipping zeros one by one
     * is cheaper; the margin keeps a layer from switching back and forth).
     */
    private boolean transposed(double[] in, int batch) {
        if (batch < TRANSPOSED_MIN_BATCH || batch > transposedCapacity()) return false;
        int n = batch * nIn;
        int nonZero = 0;
        for (int k = 0; k < n; k++) nonZero += in[k] != 0.0 ? 1 : 0;
        return 4L * nonZero >= 3L * n;
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        return blocks(index, wOff, nIn, nOut, hasBias);
    }

    /** W from the scheme with fans (nIn, nOut), drawn in row-major order; every bias = biasInit. */
    @Override
    public void initialise(long seed) {
        Initialisers.of(weightInit).fill(params, wOff, new int[]{nIn, nOut}, Fan.dense(nIn, nOut), new Rng(seed));
        if (hasBias) java.util.Arrays.fill(params, bOff, bOff + nOut, biasInit);
    }

    /** z = x·W + b, then a = f(z), in {@code out}. */
    @Override
    public void forward(double[] in, double[] out, int batch, boolean training) {
        if (transposed(in, batch)) {
            int active = 0;
            for (int i = 0; i < nIn; i++) {
                double[] column = inputsByUnit[i];
                boolean used = false;
                for (int b = 0, k = i; b < batch; b++, k += nIn) {
                    double v = in[k];
                    column[b] = v;
                    used |= v != 0.0;
                }
                activeInputs[active] = i;
                active += used ? 1 : 0;
            }
            Kernels.affineTransposed(inputsByUnit, activeInputs, active, batch, params, wOff, bOff, nOut, outputsByUnit);
            for (int j = 0; j < nOut; j++) {
                double[] row = outputsByUnit[j];
                for (int b = 0, k = j; b < batch; b++, k += nOut) out[k] = row[b];
            }
        } else {
            Kernels.affine(in, batch, nIn, params, wOff, bOff, nOut, out, inputRows);
        }
        activation.forward(out, batch, nOut);
    }

    /** δ = g ⊙ f'(z) in place of dOut, then {@link #backwardFromPreActivation}. */
    @Override
    public void backward(double[] in, double[] out, double[] dOut, double[] dIn, int batch) {
        activation.backward(out, dOut, batch, nOut);
        backwardFromPreActivation(in, dOut, dIn, batch);
    }

    /** Given δ = ∂L/∂z: the gradients of W and b (summed over the batch) and, unless dIn is null, ∂L/∂x. */
    public void backwardFromPreActivation(double[] in, double[] delta, double[] dIn, int batch) {
        weightGradientDeferred = deferNextWeightGradient && batch == 1;
        if (weightGradientDeferred) {
            System.arraycopy(in, 0, deferredInput, 0, nIn);
            System.arraycopy(delta, 0, deferredDelta, 0, nOut);
        } else if (transposed(in, batch)) {
            lastMaxInput = transposedWeightGradient(in, delta, batch);
        } else {
            lastMaxInput = Kernels.weightGradientSparse(in, batch, nIn, delta, nOut, grad, wOff, rowState, batchColumns);
        }
        if (hasBias) Kernels.columnSums(delta, batch, nOut, grad, bOff);
        if (dIn != null) Kernels.inputGradient(delta, batch, nOut, params, wOff, nIn, dIn);
        lastMaxDelta = Kernels.maxAbs(delta, 0, batch * nOut);
    }

    /** Lets the next backward pass defer ∂L/∂W to the SGD step (only a minibatch of one is deferred). */
    void deferNextWeightGradient(boolean defer) {
        deferNextWeightGradient = defer;
    }

    /** Writes the deferred W rows of the gradient array, if any, so that it holds the last backward pass's gradient. */
    void writeDeferredGradient() {
        if (!weightGradientDeferred) return;
        Kernels.weightGradientSparse(deferredInput, 1, nIn, deferredDelta, nOut, grad, wOff, rowState, batchColumns);
        weightGradientDeferred = false;
    }

    /** ∂L/∂W through {@link Kernels#weightGradientTransposed}, written back row-major; returns max |x|. */
    private double transposedWeightGradient(double[] in, double[] delta, int batch) {
        java.util.Arrays.fill(inputUsed, (byte) 0);
        double maxInput = 0.0;
        for (int b = 0; b < batch; b++) {
            double[] row = inputsByExample[b];
            System.arraycopy(in, b * nIn, row, 0, nIn);
            for (int i = 0; i < nIn; i++) {
                double v = row[i];
                maxInput = Math.max(maxInput, Math.abs(v)); // NaN propagates
                inputUsed[i] |= v != 0.0 ? 1 : 0;
            }
        }
        Kernels.weightGradientTransposed(inputsByExample, batch, nIn, delta, nOut, gradientByOutput, exampleList);
        for (int j = 0; j < nOut; j++) {
            double[] column = gradientByOutput[j];
            for (int i = 0, k = wOff + j; i < nIn; i++, k += nOut) grad[k] = column[i]; // unused rows get 0
        }
        System.arraycopy(inputUsed, 0, rowState, 0, nIn);
        return maxInput;
    }

    /**
     * SGD on the rows of W that received a gradient, and on b. Returns lr·max|x|·max|δ|, which bounds
     * every |Δθ| = lr·|Σ_b x_b[i]·δ_b[j]|/N (and lr·|Σ_b δ_b[j]|/N when max|x| ≥ 1; the bound uses
     * max(max|x|, 1)).
     */
    @Override
    public double applySgd(double[] params, double[] grad, double lr, int batch) {
        if (weightGradientDeferred) {
            lastMaxInput = Kernels.sgdRankOne(deferredInput, nIn, deferredDelta, nOut, params, wOff, lr);
            if (hasBias) Kernels.sgdStep(params, grad, bOff, bOff + nOut, lr, batch);
            return lr * Math.max(lastMaxInput, 1.0) * lastMaxDelta;
        }
        for (int i = 0; i < nIn; i++) {
            if (rowState[i] != 0) {
                int first = i;
                while (i + 1 < nIn && rowState[i + 1] != 0) i++; // a run of consecutive rows: one longer loop
                Kernels.sgdStep(params, grad, wOff + first * nOut, wOff + (i + 1) * nOut, lr, batch);
            }
        }
        if (hasBias) Kernels.sgdStep(params, grad, bOff, bOff + nOut, lr, batch);
        return lr * Math.max(lastMaxInput, 1.0) * lastMaxDelta;
    }
}
