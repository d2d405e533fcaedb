package io.twinnet.core.train;

/**
 * A checkpoint of a {@link Trainer} run.
 *
 * @param step             the number of SGD steps taken so far (0 before training)
 * @param meanTrainScore   the mean of the minibatch scores of the steps since the previous checkpoint,
 *                         summed in step order and divided by their count; NaN at step 0
 * @param parametersFinite whether every parameter is finite; when false the run stops here as diverged
 */
public record Checkpoint(int step, double meanTrainScore, boolean parametersFinite) {
    public Checkpoint {
        if (step < 0) throw new IllegalArgumentException("step: must be >= 0, got " + step);
        if (step == 0 && !Double.isNaN(meanTrainScore)) {
            throw new IllegalArgumentException("meanTrainScore: no step has run at step 0, got " + meanTrainScore);
        }
    }
}
