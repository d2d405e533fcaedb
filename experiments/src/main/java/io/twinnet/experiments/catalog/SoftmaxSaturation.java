package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.TrainingTrial;

/**
 * How saturated a softmax output is: an example counts as saturated when its largest class
 * probability exceeds {@link #SATURATED}. There the softmax Jacobian diag(p) − p pᵀ is nearly zero,
 * so an MSE loss taken after the softmax passes almost no gradient back (seed 000's mechanism).
 */
final class SoftmaxSaturation {
    private SoftmaxSaturation() {
    }

    /** The largest probability above which an example counts as saturated. */
    static final double SATURATED = 0.99;

    /** The saturated fraction of the evaluation set with the initial parameters. */
    static final Scalar INITIAL = Scalar.of("initSaturatedFraction", "the fraction of test examples whose largest initial softmax "
            + "output exceeds " + SATURATED);
    /** The same with the trained parameters. */
    static final Scalar FINAL = Scalar.of("finalSaturatedFraction", "the fraction of test examples whose largest softmax output "
            + "after training exceeds " + SATURATED);

    /** Measures {@link #INITIAL} and {@link #FINAL} on {@code eval} (ten classes) after training, leaving the trained parameters loaded. */
    static TrainingTrial.AfterTraining beforeAndAfter(Dataset eval) {
        return (trained, initial, log, into) -> {
            double[] last = trained.parameters();
            trained.setParameters(initial);
            into.put(INITIAL, fraction(trained.output(eval.features(), eval.size()), eval.size(), 10));
            trained.setParameters(last);
            into.put(FINAL, fraction(trained.output(eval.features(), eval.size()), eval.size(), 10));
        };
    }

    /** Fraction of rows of a {@code rows × classes} probability matrix (row-major) whose largest entry exceeds {@link #SATURATED}. */
    static double fraction(double[] probabilities, int rows, int classes) {
        int saturated = 0;
        for (int r = 0; r < rows; r++) {
            double max = 0;
            for (int k = 0; k < classes; k++) max = Math.max(max, probabilities[r * classes + k]);
            if (max > SATURATED) saturated++;
        }
        return (double) saturated / rows;
    }
}
