package io.twinnet.core.train;

/**
 * One SGD step as a {@link TrainingListener} learns of it.
 *
 * @param step      the position of the minibatch in the order, from 0
 * @param score     the minibatch's mean loss before the update (may be NaN or infinite: the run then stops)
 * @param batchSize the number of examples in the minibatch (N of g/N)
 */
public record TrainingStep(int step, double score, int batchSize) {
    public TrainingStep {
        if (step < 0) throw new IllegalArgumentException("step: must be >= 0, got " + step);
        if (batchSize <= 0) throw new IllegalArgumentException("batchSize: must be positive, got " + batchSize);
    }
}
