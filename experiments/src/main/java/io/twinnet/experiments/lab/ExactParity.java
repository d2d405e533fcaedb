package io.twinnet.experiments.lab;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.dl4j.parity.ParityEngine;
import io.twinnet.dl4j.parity.TrajectoryParity;

/**
 * Exact parity inside an experiment, as a {@link ParityRecord}: the bridge's
 * {@link ParityEngine#trajectory} loads one parameter vector (the core's initialisation) into both
 * implementations, feeds both the same first minibatches, and measures outputs on the first
 * minibatch before training, the score at every step and all parameters after the last step.
 */
public final class ExactParity {
    private ExactParity() {
    }

    /**
     * @param spec    the network (its precision decides DL4J's data type)
     * @param initial the shared initial parameters, core layout
     * @param train   the training set the order indexes
     * @param order   minibatches; the first {@code steps} are used
     * @param steps   how many SGD steps to compare
     */
    public static ParityRecord check(NetworkSpec spec, double[] initial, Dataset train, MinibatchOrder order, int steps) {
        TrajectoryParity t = ParityEngine.trajectory(spec, initial, train, order, steps);
        return new ParityRecord(t.steps(), spec.precision().jsonName(), t.output(), t.loss(), t.parameters());
    }
}
