package io.twinnet.core.nn;

import io.twinnet.core.spec.Shape;
import io.twinnet.core.train.Optimiser;

import java.util.List;

/**
 * One layer of a {@link Network}, with its forward and backward passes written out by hand.
 *
 * <p>A layer is bound at construction to its network's flat parameter and gradient arrays and knows
 * its own offsets in them ({@link #parameterBlocks}). Activations travel between layers as flat
 * row-major arrays, {@code batch × shape.size()} (NCHW order per example for images). Buffers are
 * owned by the network; a layer may keep its own caches (e.g. the arg-max of a max pooling) sized by
 * {@link #ensureCapacity}. Not thread-safe.
 *
 * <p>To add a layer type: implement this interface, register it in {@code LayerFactory} (layout and
 * construction), and test it with the {@code GradientChecker}.
 */
public interface Layer {

    /** The position of this layer in the network. */
    int index();

    Shape inputShape();

    Shape outputShape();

    /** This layer's blocks, with absolute offsets in the network's flat vector. */
    List<ParameterBlock> parameterBlocks();

    /** Writes the initial values of this layer's parameters, drawing any randomness from {@code seed}. */
    void initialise(long seed);

    /** Makes caches large enough for minibatches of up to {@code batch} examples. */
    default void ensureCapacity(int batch) {
    }

    /**
     * Forward pass: reads {@code batch} input rows from {@code in}, writes {@code batch} output rows to
     * {@code out}. {@code training} selects training behaviour where it differs (batch statistics).
     */
    void forward(double[] in, double[] out, int batch, boolean training);

    /**
     * Backward pass, after a forward pass on the same input: given dOut = ∂L/∂out (which this method may
     * overwrite), writes this layer's parameter gradients (summed over the minibatch) into the network's
     * gradient array and, unless {@code dIn} is null, ∂L/∂in into {@code dIn}.
     */
    void backward(double[] in, double[] out, double[] dOut, double[] dIn, int batch);

    /**
     * Hands this layer's trainable parameters and their gradient (summed over the {@code batch} examples of
     * the last {@link #backward}) to the optimiser, which changes them; non-trainable state that follows the
     * batch (batch-norm running statistics) is taken in here too. The layer chooses the ranges, the optimiser
     * does the arithmetic. {@code params} and {@code grad} are the network's arrays this layer is bound to.
     * This default steps every trainable block.
     */
    default void update(Optimiser optimiser, double[] params, double[] grad, double lr, int batch) {
        for (ParameterBlock b : parameterBlocks()) {
            if (b.trainable()) optimiser.step(params, grad, b.offset(), b.end(), lr, batch);
        }
    }
}
