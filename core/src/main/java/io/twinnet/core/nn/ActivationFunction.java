package io.twinnet.core.nn;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ActivationKind;

/**
 * An activation a = f(z), applied in place to a minibatch (row-major, {@code batch × units}), and its
 * backward pass expressed through the outputs a alone: every function here has a derivative that is
 * a function of its output, so pre-activations need not be kept.
 */
public interface ActivationFunction {

    /** The spec this function implements. */
    Activation spec();

    /** In place: z ← f(z) on the first {@code batch·units} entries. */
    void forward(double[] z, int batch, int units);

    /**
     * In place: given the outputs {@code a} of {@link #forward} and g = ∂L/∂a, overwrite g with
     * ∂L/∂z (the vector-Jacobian product gᵀ·∂a/∂z, row by row).
     */
    void backward(double[] a, double[] g, int batch, int units);

    /** The implementation of an activation spec. */
    static ActivationFunction of(Activation spec) {
        ActivationKind kind = spec.kind();
        return switch (kind) {
            case SIGMOID -> Sigmoid.INSTANCE;
            case TANH -> Tanh.INSTANCE;
            case RELU -> Relu.INSTANCE;
            case LEAKYRELU -> new LeakyRelu(spec.alpha());
            case SOFTMAX -> Softmax.INSTANCE;
            case IDENTITY -> Identity.INSTANCE;
        };
    }
}
