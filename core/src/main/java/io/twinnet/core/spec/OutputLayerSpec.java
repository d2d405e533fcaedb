package io.twinnet.core.spec;

/**
 * The output layer: a = f(x·W + b) scored by a loss (DL4J {@code OutputLayer}).
 * Allowed pairings: MCXENT only with softmax, XENT only with sigmoid (their gradients are fused
 * as in DL4J); MSE and L2 with any activation, including ReLU and softmax (the seeds use both).
 *
 * @param nOut       number of outputs
 * @param activation f
 * @param loss       the loss, averaged over the minibatch
 * @param weightInit how W is drawn
 * @param biasInit   the value every bias starts at (0 with {@link InitScheme#RAI}, which draws the biases)
 * @param hasBias    false for a bias-free layer
 */
public record OutputLayerSpec(int nOut, Activation activation, LossFunction loss, WeightInit weightInit,
                              double biasInit, boolean hasBias) implements LayerSpec {

    public OutputLayerSpec {
        SpecException.requirePositive(nOut, "nOut");
        if (activation == null) throw new SpecException("activation", "is missing");
        if (loss == null) throw new SpecException("loss", "is missing");
        if (weightInit == null) throw new SpecException("weightInit", "is missing");
        SpecException.requireFinite(biasInit, "biasInit");
        SpecException.require(hasBias || biasInit == 0, "biasInit", "must be 0 when hasBias is false");
        DenseLayerSpec.checkDrawnBias(weightInit, biasInit);
        if (loss == LossFunction.MCXENT) {
            SpecException.require(activation.kind() == ActivationKind.SOFTMAX, "loss",
                    "mcxent (multi-class cross-entropy) needs a softmax output, not " + activation);
        }
        if (loss == LossFunction.XENT) {
            SpecException.require(activation.kind() == ActivationKind.SIGMOID, "loss",
                    "xent (binary cross-entropy) needs a sigmoid output, not " + activation
                            + (activation.kind() == ActivationKind.SOFTMAX ? " (use mcxent with softmax)" : ""));
        }
        if (activation.kind() == ActivationKind.SOFTMAX) {
            SpecException.require(nOut >= 2, "nOut", "softmax needs at least 2 outputs");
        }
    }

    public static OutputLayerSpec of(int nOut, Activation activation, LossFunction loss, WeightInit weightInit) {
        return new OutputLayerSpec(nOut, activation, loss, weightInit, 0, true);
    }

    public OutputLayerSpec withBiasInit(double value) {
        return new OutputLayerSpec(nOut, activation, loss, weightInit, value, hasBias);
    }

    public OutputLayerSpec withoutBias() {
        return new OutputLayerSpec(nOut, activation, loss, weightInit, 0, false);
    }

    @Override
    public Shape outputShape(Shape input, String field) {
        DenseLayerSpec.checkIdentity(weightInit, input.size(), nOut, field);
        return Shape.vector(nOut);
    }

    @Override
    public int parameterCount(Shape input) {
        return input.size() * nOut + (hasBias ? nOut : 0);
    }

    @Override
    public String type() {
        return "output";
    }
}
