package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.experiments.data.GaussianBlobs;
import io.twinnet.experiments.runner.Profile;
import io.twinnet.experiments.runner.RunEnvironment;

/**
 * A stand-in for MNIST in smoke tests: ten well-separated Gaussian blobs in 784 dimensions (the
 * MNIST input size), small enough that one run of an experiment takes seconds on both sides.
 */
final class TinyBlobEnvironment implements RunEnvironment {
    private final Dataset train = GaussianBlobs.generate(30, 10, 784, 1.0, 0.3, 11);
    private final Dataset test = GaussianBlobs.generate(10, 10, 784, 1.0, 0.3, 12);

    @Override
    public Profile profile() {
        return Profile.QUICK;
    }

    @Override
    public Dataset mnistTrain() {
        return train;
    }

    @Override
    public Dataset mnistTest() {
        return test;
    }
}
