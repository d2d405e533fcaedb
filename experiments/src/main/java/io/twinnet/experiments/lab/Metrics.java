package io.twinnet.experiments.lab;

/**
 * The measurements every training trial records ({@link TrainingTrial}); experiments declare their
 * own keys beside their claims.
 */
public final class Metrics {
    private Metrics() {
    }

    /** Mean minibatch score since the previous checkpoint. */
    public static final Curve TRAIN_LOSS = Curve.of("trainLoss", "step", "training loss (mean since the last checkpoint)");
    /** Loss on the evaluation set at each checkpoint (step 0 included). */
    public static final Curve EVAL_LOSS = Curve.of("evalLoss", "step", "evaluation loss");
    /** Accuracy (arg-max) on the evaluation set at each checkpoint. */
    public static final Curve EVAL_ACCURACY = Curve.of("evalAccuracy", "step", "evaluation accuracy");

    /** Accuracy on the evaluation set after the last step; NaN for a diverged run. */
    public static final Scalar FINAL_EVAL_ACCURACY = Scalar.of("finalEvalAccuracy", "evaluation accuracy after the last step");
    /** Loss on the evaluation set after the last step; NaN for a diverged run. */
    public static final Scalar FINAL_EVAL_LOSS = Scalar.of("finalEvalLoss", "evaluation loss after the last step");
    /** SGD steps taken (up to the divergence for a diverged run). */
    public static final Scalar STEPS = Scalar.of("steps", "SGD steps taken");
}
