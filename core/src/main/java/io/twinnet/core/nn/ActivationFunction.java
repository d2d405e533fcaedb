package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
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

    /** The implementation of an activation spec, in double precision. */
    static ActivationFunction of(Activation spec) {
        return of(spec, Arithmetic.DOUBLE);
    }

    /**
     * The implementation of an activation spec computed in the precision of {@code ar} (ReLU and the identity
     * only select or copy values, so they need no rounding).
     */
    static ActivationFunction of(Activation spec, Arithmetic ar) {
        ActivationKind kind = spec.kind();
        return switch (kind) {
            case SIGMOID -> new Sigmoid(ar);
            case TANH -> new Tanh(ar);
            case RELU -> Relu.INSTANCE;
            case LEAKYRELU -> new LeakyRelu(spec.alpha(), ar);
            case SOFTMAX -> new Softmax(ar);
            case IDENTITY -> Identity.INSTANCE;
        };
    }
}
