package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.init.Initialisers;
import io.twinnet.core.init.Rng;
import io.twinnet.core.math.Kernels;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.train.Optimiser;

import java.util.ArrayList;
import java.util.Arrays;
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
 * The optimiser then moves W and b ({@link #update}; for SGD by −lr·(gradient/N)).
 *
 * <p>How x·W and Xᵀ·Δ are computed fast — skipping zero inputs, transposed SIMD loops for large dense
 * batches, the one-example rank-one step that never stores ∂L/∂W — is {@link DenseRoutes}' business; every
 * route gives the sums above in the order written, bit for bit.
 */
public final class DenseLayer implements Layer {
    private final Arithmetic ar;
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
    private final DenseRoutes routes;

    DenseLayer(Arithmetic ar, int index, int nIn, int nOut, Activation activation, WeightInit weightInit, double biasInit,
               boolean hasBias, int offset, double[] params, double[] grad) {
        this.ar = ar;
        this.index = index;
        this.nIn = nIn;
        this.nOut = nOut;
        this.activation = ActivationFunction.of(activation, ar);
        this.weightInit = weightInit;
        this.biasInit = biasInit;
        this.hasBias = hasBias;
        this.params = params;
        this.grad = grad;
        this.wOff = offset;
        this.bOff = hasBias ? offset + nIn * nOut : -1;
        this.routes = new DenseRoutes(ar, nIn, nOut, params, grad, wOff, bOff);
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
        routes.ensureCapacity(batch);
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        return blocks(index, wOff, nIn, nOut, hasBias);
    }

    /**
     * W from the scheme with fans (nIn, nOut), drawn in row-major order; every bias = biasInit, unless the scheme
     * draws the biases with the weights (RAI, {@code WeightInitialiser.fillDense}).
     */
    @Override
    public void initialise(long seed) {
        boolean biasesDrawn = Initialisers.of(weightInit).fillDense(params, wOff, bOff, nIn, nOut, new Rng(seed));
        if (hasBias && !biasesDrawn) Arrays.fill(params, bOff, bOff + nOut, biasInit);
    }

    /** z = x·W + b, then a = f(z), in {@code out}. */
    @Override
    public void forward(double[] in, double[] out, int batch, boolean training) {
        routes.affine(in, out, batch);
        activation.forward(out, batch, nOut);
    }

    /** δ = g ⊙ f'(z) in place of dOut, then {@link #backwardFromPreActivation}. */
    @Override
    public void backward(double[] in, double[] out, double[] dOut, double[] dIn, int batch) {
        activation.backward(out, dOut, batch, nOut);
        backwardFromPreActivation(in, dOut, dIn, batch);
    }

    /** Given δ = ∂L/∂z: ∂L/∂W = Xᵀ·Δ, ∂L/∂b = column sums of Δ (both summed over the batch) and, unless dIn is null, ∂L/∂x = Δ·Wᵀ. */
    public void backwardFromPreActivation(double[] in, double[] delta, double[] dIn, int batch) {
        routes.weightGradient(in, delta, batch);
        if (hasBias) Kernels.columnSums(ar, delta, batch, nOut, grad, bOff);
        if (dIn != null) Kernels.inputGradient(ar, delta, batch, nOut, params, wOff, nIn, dIn);
    }

    /** The optimiser's step on W (by this batch's route) and on b, in the arrays the layer was built on. */
    @Override
    public void update(Optimiser optimiser, double[] params, double[] grad, double lr, int batch) {
        // rows without a gradient hold zeros (every route clears them); an optimiser with momentum steps them too
        if (optimiser.movesWithZeroGradient()) optimiser.step(this.params, this.grad, wOff, wOff + nIn * nOut, lr, batch);
        else routes.updateWeights(optimiser, lr, batch);
        if (hasBias) optimiser.step(this.params, this.grad, bOff, bOff + nOut, lr, batch);
    }

    /** Lets the next training batch of one keep ∂L/∂W as x·δᵀ for the optimiser's rank-one step. */
    void deferNextWeightGradient(boolean defer) {
        routes.deferNextWeightGradient(defer);
    }

    /** Writes the W rows of the gradient array that the rank-one route left unwritten, if any. */
    void writeDeferredGradient() {
        routes.writeDeferredGradient();
    }
}
