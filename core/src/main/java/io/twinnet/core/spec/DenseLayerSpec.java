package io.twinnet.core.spec;

/**
 * A fully connected hidden layer: a = f(x·W + b) with W of size nIn × nOut (DL4J {@code DenseLayer}).
 * A spatial input is flattened first, NCHW order (DL4J's {@code CnnToFeedForwardPreProcessor}).
 *
 * @param nOut       number of units
 * @param activation f
 * @param weightInit how W is drawn
 * @param biasInit   the value every bias starts at (DL4J {@code biasInit}, default 0); with {@link InitScheme#RAI}, which
 *                   draws each bias with its unit's weights, it must be 0 (the biases then start non-zero)
 * @param hasBias    false for a bias-free layer (DL4J {@code hasBias(false)})
 */
public record DenseLayerSpec(int nOut, Activation activation, WeightInit weightInit, double biasInit, boolean hasBias)
        implements LayerSpec {

    public DenseLayerSpec {
        SpecException.requirePositive(nOut, "nOut");
        if (activation == null) throw new SpecException("activation", "is missing");
        if (weightInit == null) throw new SpecException("weightInit", "is missing");
        SpecException.requireFinite(biasInit, "biasInit");
        SpecException.require(activation.kind() != ActivationKind.SOFTMAX, "activation",
                "softmax belongs on the output layer only");
        SpecException.require(hasBias || biasInit == 0, "biasInit", "must be 0 when hasBias is false");
        checkDrawnBias(weightInit, biasInit);
    }

    public static DenseLayerSpec of(int nOut, Activation activation, WeightInit weightInit) {
        return new DenseLayerSpec(nOut, activation, weightInit, 0, true);
    }

    public DenseLayerSpec withBiasInit(double value) {
        return new DenseLayerSpec(nOut, activation, weightInit, value, hasBias);
    }

    public DenseLayerSpec withoutBias() {
        return new DenseLayerSpec(nOut, activation, weightInit, 0, false);
    }

    @Override
    public Shape outputShape(Shape input, String field) {
        checkIdentity(weightInit, input.size(), nOut, field);
        return Shape.vector(nOut);
    }

    @Override
    public int parameterCount(Shape input) {
        return input.size() * nOut + (hasBias ? nOut : 0);
    }

    @Override
    public String type() {
        return "dense";
    }

    /** A scheme that draws the biases ({@link InitScheme#RAI}) leaves no constant for biasInit to set. */
    static void checkDrawnBias(WeightInit init, double biasInit) {
        SpecException.require(init.scheme() != InitScheme.RAI || biasInit == 0, "biasInit",
                "must be 0 with weightInit rai, which draws every bias with its unit's weights, got " + biasInit);
    }

    static void checkIdentity(WeightInit init, int nIn, int nOut, String field) {
        if (init.scheme() == InitScheme.IDENTITY && nIn != nOut) {
            throw new SpecException(field + ".weightInit", "identity init needs a square weight matrix, but nIn = "
                    + nIn + " and nOut = " + nOut);
        }
    }
}
