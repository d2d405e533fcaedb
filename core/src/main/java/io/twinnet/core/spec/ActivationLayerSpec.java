package io.twinnet.core.spec;

/**
 * An activation on its own, a = f(x) element by element, with no parameters (DL4J {@code ActivationLayer}).
 * It puts a nonlinearity after a layer that has none of its own, such as batch normalisation before the
 * ReLU, z = BN(W·x), a = relu(z) (Ioffe &amp; Szegedy 2015, §3.2): a bias-free identity dense layer, a
 * {@link BatchNormLayerSpec}, then this layer. DL4J's {@code BatchNormalization} builder accepts an
 * activation too, but 1.0.0-M2.1's layer never applies it (its {@code activate} returns the normalised
 * values; measured in the bridge's {@code Dl4jBatchNormActivationTest}), so the nonlinearity is a layer of
 * its own on both sides. Any shape passes through unchanged.
 *
 * @param activation f; not softmax, which belongs on the output layer
 */
public record ActivationLayerSpec(Activation activation) implements LayerSpec {

    public ActivationLayerSpec {
        if (activation == null) throw new SpecException("activation", "is missing");
        SpecException.require(activation.kind() != ActivationKind.SOFTMAX, "activation",
                "softmax belongs on the output layer only");
    }

    @Override
    public Shape outputShape(Shape input, String field) {
        return input;
    }

    @Override
    public int parameterCount(Shape input) {
        return 0;
    }

    @Override
    public String type() {
        return "activation";
    }
}
