package io.twinnet.core.spec;

/**
 * Max or average pooling per channel over an NCHW input (DL4J {@code SubsamplingLayer}). No parameters.
 * Padding positions never win a max and never count in an average's divisor (DL4J 1.0.0-M2.1's default,
 * {@code avgPoolIncludePadInDivisor = false}); padding must be smaller than the kernel.
 *
 * @param pooling max or avg
 * @param window  kernel, stride, padding
 */
public record SubsamplingLayerSpec(PoolingType pooling, Window window) implements LayerSpec {

    public SubsamplingLayerSpec {
        if (pooling == null) throw new SpecException("pooling", "is missing");
        if (window == null) throw new SpecException("window", "is missing");
        SpecException.require(window.padH() < window.kernelH(), "window.padH",
                "must be smaller than the kernel height " + window.kernelH() + ", or a window could cover padding only");
        SpecException.require(window.padW() < window.kernelW(), "window.padW",
                "must be smaller than the kernel width " + window.kernelW() + ", or a window could cover padding only");
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
