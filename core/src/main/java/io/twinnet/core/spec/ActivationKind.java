package io.twinnet.core.spec;

import java.util.Locale;

/** The activation functions the core and the bridge both implement, named as in DL4J's {@code Activation} enum. */
public enum ActivationKind {
    /** σ(z) = 1/(1+e^(−z)); DL4J {@code Activation.SIGMOID}. */
    SIGMOID,
    /** tanh(z); DL4J {@code Activation.TANH}. */
    TANH,
    /** max(0, z), derivative 0 at z = 0; DL4J {@code Activation.RELU}. */
    RELU,
    /** z for z &gt; 0, αz otherwise; DL4J {@code ActivationLReLU(alpha)} (default α = 0.01). */
    LEAKYRELU,
    /** e^(z_j)/Σ_k e^(z_k) over a row; DL4J {@code Activation.SOFTMAX}. */
    SOFTMAX,
    /** z; DL4J {@code Activation.IDENTITY}. */
    IDENTITY;

    /** Parses a name case-insensitively ("relu", "leaky_relu" and "leakyrelu" alike). */
    public static ActivationKind parse(String name, String field) {
        if (name == null) throw new SpecException(field, "is missing");
        String n = name.trim().toUpperCase(Locale.ROOT).replace("_", "").replace("-", "");
        for (ActivationKind k : values()) {
            if (k.name().equals(n)) return k;
        }
        throw new SpecException(field, "unknown activation '" + name + "' (expected one of sigmoid, tanh, relu, leakyrelu, softmax, identity)");
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
