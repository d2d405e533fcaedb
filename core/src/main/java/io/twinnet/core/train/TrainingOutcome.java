package io.twinnet.core.train;

/**
 * How a training run ended.
 *
 * @param stepsRun        the number of SGD steps performed (including a diverged one)
 * @param diverged        true when the run stopped because the score or a parameter became NaN or infinite
 * @param divergedAtStep  the step at which that was seen (0 with stepsRun = 0 when the parameters were not
 *                        finite before training), or −1
 * @param reason          what was seen ("score is NaN", "a parameter is not finite"), or "" when not diverged
 * @param lastScore       the score of the last step performed (NaN when no step ran)
 */
public record TrainingOutcome(int stepsRun, boolean diverged, int divergedAtStep, String reason, double lastScore) {

    static TrainingOutcome completed(int steps, double lastScore) {
        return new TrainingOutcome(steps, false, -1, "", lastScore);
    }

    static TrainingOutcome divergedAt(int step, String reason, double lastScore) {
        return new TrainingOutcome(step + 1, true, step, reason, lastScore);
    }

    static TrainingOutcome divergedBeforeTraining(String reason) {
        return new TrainingOutcome(0, true, 0, reason, Double.NaN);
    }

    @Override
    public String toString() {
        return diverged ? "diverged at step " + divergedAtStep + " (" + reason + ") after " + stepsRun + " steps"
                : "completed " + stepsRun + " steps, last score " + lastScore;
    }
}
