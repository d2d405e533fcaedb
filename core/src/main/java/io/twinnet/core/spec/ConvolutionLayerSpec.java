package io.twinnet.core.spec;

/**
 * A 2-D convolution over an NCHW input (DL4J {@code ConvolutionLayer}, cross-correlation, no kernel flip):
 * z[o, y, x] = b[o] + Σ_{i, ky, kx} W[o, i, ky, kx] · in[i, y·sH + ky − pH, x·sW + kx − pW], a = f(z).
 * fanIn = nIn·kH·kW, fanOut = nOut·kH·kW/(sH·sW), as DL4J computes them for initialisation.
 *
 * @param nOut       number of output channels
 * @param window     kernel, stride, padding
 * @param activation f
 * @param weightInit how W is drawn
 * @param biasInit   the value every bias starts at
 * @param hasBias    false for a bias-free convolution
 */
public record ConvolutionLayerSpec(int nOut, Window window, Activation activation, WeightInit weightInit,
                                   double biasInit, boolean hasBias) implements LayerSpec {

    public ConvolutionLayerSpec {
        SpecException.requirePositive(nOut, "nOut");
        if (window == null) throw new SpecException("window", "is missing");
        if (activation == null) throw new SpecException("activation", "is missing");
        if (weightInit == null) throw new SpecException("weightInit", "is missing");
        SpecException.requireFinite(biasInit, "biasInit");
        SpecException.require(activation.kind() != ActivationKind.SOFTMAX, "activation",
                "softmax belongs on the output layer only");
        SpecException.require(hasBias || biasInit == 0, "biasInit", "must be 0 when hasBias is false");
        SpecException.require(weightInit.scheme() != InitScheme.RAI, "weightInit", "rai is defined for dense layers only");
    }

    public static ConvolutionLayerSpec of(int nOut, Window window, Activation activation, WeightInit weightInit) {
        return new ConvolutionLayerSpec(nOut, window, activation, weightInit, 0, true);
    }

    @Override
    public Shape outputShape(Shape input, String field) {
        SpecException.require(input.spatial(), field, "a convolution needs an image input (channels x height x width), got a vector of "
                + input.size());
        if (weightInit.scheme() == InitScheme.IDENTITY) {
            SpecException.require(input.channels() == nOut, field + ".weightInit",
                    "identity init needs nIn = nOut channels, got " + input.channels() + " and " + nOut);
            SpecException.require(window.kernelH() % 2 == 1 && window.kernelW() % 2 == 1, field + ".weightInit",
                    "identity init needs an odd kernel so it has a centre");
        }
        return Shape.image(nOut, window.outH(input.height(), field + ".window"), window.outW(input.width(), field + ".window"));
    }

    @Override
    public int parameterCount(Shape input) {
        return nOut * input.channels() * window.kernelH() * window.kernelW() + (hasBias ? nOut : 0);
    }

    /** nIn·kH·kW. */
    public int fanIn(Shape input) {
        return input.channels() * window.kernelH() * window.kernelW();
    }

    /** nOut·kH·kW/(sH·sW), as DL4J's {@code ConvolutionParamInitializer} computes it. */
    public double fanOut() {
        return nOut * window.kernelH() * window.kernelW() / (double) (window.strideH() * window.strideW());
    }

    @Override
    public String type() {
        return "conv";
    }
}
