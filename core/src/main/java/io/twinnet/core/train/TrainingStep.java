package io.twinnet.core.train;

/**
 * What a {@link TrainingListener} learns after one SGD step.
 *
 * @param step          the position of the minibatch in the order, from 0
 * @param iteration     the network's iteration counter before the step (the t of lr(t))
 * @param score         the minibatch's mean loss before the update
 * @param batchSize     the number of examples in the minibatch (N of g/N)
 * @param learningRate  lr(t) used by the step
 * @param batchIndices  the example indices of the minibatch (do not modify)
 */
public record TrainingStep(int step, long iteration, double score, int batchSize, double learningRate, int[] batchIndices) {
}
