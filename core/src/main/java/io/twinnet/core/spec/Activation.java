package io.twinnet.core.spec;

/**
 * An activation function together with its parameter: leaky ReLU's slope α, ignored by the
 * other kinds (and normalised to 0 for them so equal functions compare equal).
 *
 * @param kind  the function
 * @param alpha the negative-side slope of {@link ActivationKind#LEAKYRELU}, 0 &lt; α &lt; 1 (DL4J's default 0.01)
 */
public record Activation(ActivationKind kind, double alpha) {
    /** DL4J's default leaky-ReLU slope ({@code ActivationLReLU.DEFAULT_ALPHA}). */
    public static final double DEFAULT_LEAKY_ALPHA = 0.01;

    public static final Activation SIGMOID = new Activation(ActivationKind.SIGMOID, 0);
    public static final Activation TANH = new Activation(ActivationKind.TANH, 0);
    public static final Activation RELU = new Activation(ActivationKind.RELU, 0);
    public static final Activation SOFTMAX = new Activation(ActivationKind.SOFTMAX, 0);
    public static final Activation IDENTITY = new Activation(ActivationKind.IDENTITY, 0);

    public Activation {
        if (kind == null) throw new SpecException("activation", "is missing");
        if (kind == ActivationKind.LEAKYRELU) {
            SpecException.require(Double.isFinite(alpha) && alpha > 0 && alpha < 1, "alpha",
                    "leaky ReLU slope must lie in (0, 1), got " + alpha);
        } else {
            alpha = 0;
        }
    }

    /** Leaky ReLU with slope {@code alpha} on the negative side. */
    public static Activation leakyRelu(double alpha) {
        return new Activation(ActivationKind.LEAKYRELU, alpha);
    }

    /** The activation of the given kind with its default parameter. */
    public static Activation of(ActivationKind kind) {
        return kind == ActivationKind.LEAKYRELU ? leakyRelu(DEFAULT_LEAKY_ALPHA) : new Activation(kind, 0);
    }

    @Override
    public String toString() {
        return kind == ActivationKind.LEAKYRELU ? "leakyrelu(" + alpha + ")" : kind.jsonName();
    }
}
