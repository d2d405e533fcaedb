package io.twinnet.core.spec;

/**
 * One layer of a {@link NetworkSpec}. Input sizes are not stored: each layer derives them from
 * the shape of the layer before it (as DL4J does with {@code setInputType}), so a spec cannot hold
 * mismatched sizes.
 */
public sealed interface LayerSpec
        permits DenseLayerSpec, OutputLayerSpec, ConvolutionLayerSpec, SubsamplingLayerSpec, BatchNormLayerSpec,
        ActivationLayerSpec {

    /**
     * Checks that this layer accepts {@code input}, and returns its output shape.
     *
     * @param field the path used in error messages, e.g. {@code layers[2]}
     * @throws SpecException naming {@code field + ".something"} when it does not fit
     */
    Shape outputShape(Shape input, String field);

    /**
     * The number of trainable parameters (and, for batch norm, running statistics) this layer
     * holds for the given input, in the same count as DL4J's {@code numParams()}.
     */
    int parameterCount(Shape input);

    /** A short type tag used in JSON: dense, output, conv, pool, batchnorm, activation. */
    String type();
}
