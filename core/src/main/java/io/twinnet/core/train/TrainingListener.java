package io.twinnet.core.train;

import io.twinnet.core.nn.Network;

/**
 * Called by the {@link Trainer} after every SGD step, including a step found to have diverged. At that
 * moment {@code network.gradient()} holds the gradient sum of the step and the parameters are already
 * updated. A listener records what it wants at its own cadence (e.g. {@code if (step.step() % 100 == 0)})
 * and may read the network freely (probes, scores on other data); it must not change its parameters.
 */
@FunctionalInterface
public interface TrainingListener {
    /** A listener that does nothing. */
    TrainingListener NONE = (step, network) -> { };

    void onStep(TrainingStep step, Network network);
}
