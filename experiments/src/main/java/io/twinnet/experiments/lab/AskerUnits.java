package io.twinnet.experiments.lab;

import io.twinnet.core.spec.LossFunction;
import java.util.Locale;

/**
 * A learning rate in the units of a hand-written net. A from-scratch net usually back-propagates
 * ∂ℓ/∂a = (a − t), the gradient of the half-sum ½Σ(a − t)²; DL4J's squared-error losses scale it:
 * LossL2 (Σ(a − t)²) by c = 2, LossMSE (the mean over the K outputs) by c = 2/K. One SGD step at
 * rate η under a loss with factor c moves the weights exactly as far as a step at c·η under the
 * half-sum, so c·η is the rate a hand-written net would need for the same trajectory. For the
 * cross-entropies the factor is 1 (softmax/sigmoid with cross-entropy gives (p − t) either way).
 *
 * @param loss    DL4J's loss function
 * @param outputs the number of output units K
 */
public record AskerUnits(LossFunction loss, int outputs) {
    public AskerUnits {
        if (loss == null) throw new IllegalArgumentException("loss: is missing");
        if (outputs < 1) throw new IllegalArgumentException("outputs: must be at least 1, got " + outputs);
    }

    /** c, the factor between this loss's output gradient and the half-sum's (a − t). */
    public double factor() {
        return switch (loss) {
            case MSE -> 2.0 / outputs;
            case L2 -> 2.0;
            default -> 1.0;
        };
    }

    /** c·η: the half-sum learning rate that takes the same step as {@code lr} under this loss. */
    public double halfSumRate(double lr) {
        return factor() * lr;
    }

    /** "lr 0.01 (= 0.002 for a net that back-propagates (a − t))", or just "lr 0.01" when c = 1. */
    public String describe(double lr) {
        String base = "lr " + fmt(lr);
        return factor() == 1 ? base : base + " (= " + fmt(halfSumRate(lr)) + " for a hand-written net that back-propagates (a − t))";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("\\.?0+(e|$)", "$1");
    }
}
