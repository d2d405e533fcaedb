package io.twinnet.experiments.runner;

import io.twinnet.core.data.Dataset;

/**
 * What a run may read besides its {@link RunConfig}: the datasets, loaded once per sweep and
 * shared read-only between parallel runs.
 */
public interface RunEnvironment {

    /** The profile being run. */
    Profile profile();

    /** The 60,000 MNIST training images, pixels in [0, 1], one-hot labels (provisioned on first use). */
    Dataset mnistTrain();

    /** The 10,000 MNIST test images. */
    Dataset mnistTest();
}
