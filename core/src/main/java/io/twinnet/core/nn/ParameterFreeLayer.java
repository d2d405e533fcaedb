package io.twinnet.core.nn;

import io.twinnet.core.spec.Shape;

import java.util.List;

/**
 * A layer without parameters (pooling, an activation on its own): it owns no block of the network's
 * parameter vector, draws nothing at initialisation, and gives the optimiser nothing to step, so all it
 * has to say is its forward and backward pass. The accessors are final: a layer that needs parameters
 * implements {@link Layer} itself.
 */
abstract class ParameterFreeLayer implements Layer {
    private final int index;
    private final Shape inputShape;
    private final Shape outputShape;

    ParameterFreeLayer(int index, Shape inputShape, Shape outputShape) {
        this.index = index;
        this.inputShape = inputShape;
        this.outputShape = outputShape;
    }

    @Override
    public final int index() {
        return index;
    }

    @Override
    public final Shape inputShape() {
        return inputShape;
    }

    @Override
    public final Shape outputShape() {
        return outputShape;
    }

    /** None. */
    @Override
    public final List<ParameterBlock> parameterBlocks() {
        return List.of();
    }

    /** Nothing to draw. */
    @Override
    public final void initialise(long seed) {
    }
}
