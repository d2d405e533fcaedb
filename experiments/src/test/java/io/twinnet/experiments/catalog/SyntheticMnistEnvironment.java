package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.experiments.data.GaussianBlobs;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;

/**
 * An MNIST-shaped stand-in for smoke tests: ten Gaussian blobs in 784 dimensions (the pixels of a
 * 28×28 image), so a catalog experiment's real code path runs in a second without any download.
 */
final class SyntheticMnistEnvironment implements RunEnvironment {
    private final Dataset train = GaussianBlobs.generate(30, 10, 784, 1.0, 0.3, 11);
    private final Dataset test;

    /** 30 training and 20 test images per class. */
    SyntheticMnistEnvironment() {
        this(20);
    }

    /** 30 training images and {@code testPerClass} test images per class. */
    SyntheticMnistEnvironment(int testPerClass) {
        this.test = GaussianBlobs.generate(testPerClass, 10, 784, 1.0, 0.3, 12);
    }

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
