package io.twinnet.core.train;

/**
 * What a {@link Trainer} reports while it trains. Both methods do nothing unless overridden. A listener may
 * read the network freely (outputs, scores on other data, a {@code computeGradient} for probes, which
 * changes the gradient but not the parameters); it must not change the parameters.
 */
public interface TrainingListener {
    /** A listener that does nothing. */
    TrainingListener NONE = new TrainingListener() { };

    /** After every SGD step, a diverged one included. */
    default void onStep(TrainingStep step) {
    }

    /**
     * At every checkpoint: step 0 before training, every {@code checkpointEvery} steps, the last step. When
     * {@code checkpoint.parametersFinite()} is false the run stops right after this call, as diverged; the
     * network's parameters are then not worth evaluating.
     */
    default void onCheckpoint(Checkpoint checkpoint, TrainableNetwork network) {
    }
}
