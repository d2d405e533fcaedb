package io.twinnet.experiments.files;

import io.twinnet.core.data.Dataset;
import io.twinnet.experiments.data.GaussianBlobs;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;

/**
 * An MNIST-shaped stand-in for tests of file experiments: ten Gaussian blobs in 784 dimensions,
 * so a file's MNIST path runs without loading MNIST. Both implementations run unless restricted.
 */
public record MnistStandIn(Profile profile, Dataset mnistTrain, Dataset mnistTest) implements RunEnvironment {

    /** {@code trainPerClass} training and {@code testPerClass} test "images" per class. */
    public static MnistStandIn of(Profile profile, int trainPerClass, int testPerClass) {
        return new MnistStandIn(profile, GaussianBlobs.generate(trainPerClass, 10, 784, 1.0, 0.3, 11),
                GaussianBlobs.generate(testPerClass, 10, 784, 1.0, 0.3, 12));
    }
}
