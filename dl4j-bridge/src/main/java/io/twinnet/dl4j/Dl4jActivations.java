package io.twinnet.dl4j;

import io.twinnet.core.spec.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;

/**
 * Maps a core {@link Activation} to the DL4J activation object computing the same function
 * (package {@code org.nd4j.linalg.activations.impl}):
 * sigmoid → {@code ActivationSigmoid}, tanh → {@code ActivationTanH}, relu → {@code ActivationReLU}
 * (derivative 0 at 0), leaky relu(α) → {@code ActivationLReLU(α)}, softmax → {@code ActivationSoftmax},
 * identity → {@code ActivationIdentity}.
 */
public final class Dl4jActivations {
    private Dl4jActivations() {
    }

    /** A new DL4J activation for {@code activation}. */
    public static IActivation of(Activation activation) {
        return switch (activation.kind()) {
            case SIGMOID -> new ActivationSigmoid();
            case TANH -> new ActivationTanH();
            case RELU -> new ActivationReLU();
            case LEAKYRELU -> new ActivationLReLU(activation.alpha());
            case SOFTMAX -> new ActivationSoftmax();
            case IDENTITY -> new ActivationIdentity();
        };
    }
}
