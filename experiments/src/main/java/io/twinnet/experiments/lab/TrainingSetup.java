package io.twinnet.experiments.lab;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.NetworkSpec;

/**
 * What one training configuration of an experiment trains: the network, its training set and the
 * minibatch order. The experiment's own run and {@code twinnet export} both take it from
 * {@link DeclaredExperiment#trainingSetup}, so an exported case is exactly what the sweep trained.
 *
 * @param spec        the network both implementations build
 * @param train       the training set
 * @param order       the minibatches, in order
 * @param description one line for people: data, network, loss, learning rate, minibatch size
 */
public record TrainingSetup(NetworkSpec spec, Dataset train, MinibatchOrder order, String description) {
    public TrainingSetup {
        if (spec == null) throw new IllegalArgumentException("spec: is missing");
        if (train == null) throw new IllegalArgumentException("train: is missing");
        if (order == null) throw new IllegalArgumentException("order: is missing");
    }
}
