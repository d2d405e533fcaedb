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
 */
public final class DenseLayer implements Layer {
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
        Kernels.affine(in, batch, nIn, params, wOff, bOff, nOut, out, inputRows);
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
        lastMaxInput = Kernels.weightGradientSparse(in, batch, nIn, delta, nOut, grad, wOff, rowState, batchColumns);
        if (hasBias) Kernels.columnSums(delta, batch, nOut, grad, bOff);
        if (dIn != null) Kernels.inputGradient(delta, batch, nOut, params, wOff, nIn, dIn);
        lastMaxDelta = Kernels.maxAbs(delta, 0, batch * nOut);
    }

    /**
     * SGD on the rows of W that received a gradient, and on b. Returns lr·max|x|·max|δ|, which bounds
     * every |Δθ| = lr·|Σ_b x_b[i]·δ_b[j]|/N (and lr·|Σ_b δ_b[j]|/N when max|x| ≥ 1; the bound uses
     * max(max|x|, 1)).
     */
    @Override
    public double applySgd(double[] params, double[] grad, double lr, int batch) {
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
