package io.twinnet.core.spec;

/**
 * Max or average pooling per channel over an NCHW input (DL4J {@code SubsamplingLayer}). No parameters.
 *
 * @param pooling max or avg
 * @param window  kernel, stride, padding
 */
public record SubsamplingLayerSpec(PoolingType pooling, Window window) implements LayerSpec {

    public SubsamplingLayerSpec {
        if (pooling == null) throw new SpecException("pooling", "is missing");
        if (window == null) throw new SpecException("window", "is missing");
    }

    @Override
    public Shape outputShape(Shape input, String field) {
        SpecException.require(input.spatial(), field, "pooling needs an image input, got a vector of " + input.size());
        return Shape.image(input.channels(), window.outH(input.height(), field + ".window"), window.outW(input.width(), field + ".window"));
    }

    @Override
    public int parameterCount(Shape input) {
        return 0;
    }

    @Override
    public String type() {
        return "pool";
    }
}
