package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.core.spec.LossFunction;

/**
 * A loss on the output layer, with DL4J's conventions (package {@code org.nd4j.linalg.lossfunctions.impl}).
 * Arrays are row-major {@code batch × units}: a holds the output activations, t the labels.
 * The network's score is {@link #sum} divided by the batch size (DL4J averages over examples).
 */
public interface Loss {

    /** The spec this loss implements. */
    LossFunction spec();

    /** The loss of example b alone. */
    double exampleLoss(double[] a, double[] t, int b, int units);

    /** Σ over the batch of the per-example losses. */
    default double sum(double[] a, double[] t, int batch, int units) {
        double s = 0;
        for (int b = 0; b < batch; b++) s = arithmetic().add(s, exampleLoss(a, t, b, units));
        return s;
    }

    /** The precision this loss computes in. */
    Arithmetic arithmetic();

    /**
     * Writes into {@code g} the gradient of each example's loss with respect to the output layer's
     * pre-activations z (row b = ∂loss_b/∂z_b), through the activation {@code f} that produced a.
     */
    void preActivationGradient(double[] a, double[] t, ActivationFunction f, double[] g, int batch, int units);

    /** The implementation of a loss spec in the precision of {@code ar} (the spec has already checked the activation pairing). */
    static Loss of(LossFunction loss, ActivationKind outputActivation, Arithmetic ar) {
        return switch (loss) {
            case MSE -> new MeanSquaredError(ar);
            case L2 -> new SquaredError(ar);
            case MCXENT -> {
                if (outputActivation != ActivationKind.SOFTMAX) throw new IllegalArgumentException("loss: mcxent needs softmax");
                yield new SoftmaxCrossEntropy(ar);
            }
            case XENT -> {
                if (outputActivation != ActivationKind.SIGMOID) throw new IllegalArgumentException("loss: xent needs sigmoid");
                yield new BinaryCrossEntropy(ar);
            }
        };
    }
}
