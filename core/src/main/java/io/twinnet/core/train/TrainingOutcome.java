package io.twinnet.core.train;

/**
 * How a {@link Trainer} run ended.
 *
 * @param stepsRun       the number of SGD steps performed, a diverged one included
 * @param divergedAtStep the step (from 0) whose score was not finite, or after which a checkpoint found a
 *                       parameter that was not; −1 when the run completed
 * @param reason         what was seen ("score is NaN", "a parameter is not finite"), "" when completed
 */
public record TrainingOutcome(int stepsRun, int divergedAtStep, String reason) {
    public TrainingOutcome {
        if (stepsRun < 0) throw new IllegalArgumentException("stepsRun: must be >= 0, got " + stepsRun);
        if (divergedAtStep < -1 || divergedAtStep >= stepsRun && divergedAtStep != -1) {
            throw new IllegalArgumentException("divergedAtStep: must be -1 or in [0, " + stepsRun + "), got " + divergedAtStep);
        }
        if (reason == null || reason.isEmpty() != (divergedAtStep == -1)) {
            throw new IllegalArgumentException("reason: must be empty exactly when the run completed, got " + reason);
        }
    }

    static TrainingOutcome completed(int steps) {
        return new TrainingOutcome(steps, -1, "");
    }

    static TrainingOutcome divergedAt(int step, String reason) {
        return new TrainingOutcome(step + 1, step, reason);
    }

    /** True when the run stopped because a score or a parameter stopped being finite. */
    public boolean diverged() {
        return divergedAtStep >= 0;
    }

    @Override
    public String toString() {
        return diverged() ? "diverged at step " + divergedAtStep + " (" + reason + ")" : "completed " + stepsRun + " steps";
    }
}
