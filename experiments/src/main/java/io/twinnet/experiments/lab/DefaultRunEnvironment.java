package io.twinnet.experiments.lab;


import io.twinnet.core.data.Dataset;
import io.twinnet.experiments.data.Mnist;
import io.twinnet.experiments.data.MnistSplit;

/**
 * The environment of a real sweep: MNIST from DL4J's directory, provisioned and loaded once on
 * first use (thread-safe), then shared read-only by every run.
 */
public final class DefaultRunEnvironment implements RunEnvironment {
    private final Profile profile;
    private Mnist mnist;
    private Dataset train;
    private Dataset test;

    public DefaultRunEnvironment(Profile profile) {
        this.profile = profile;
    }

    @Override
    public Profile profile() {
        return profile;
    }

    /** Provisions MNIST now (verifying or installing the four files); throws MnistUnavailableException with the remedy. */
    public synchronized void provisionMnist() {
        if (mnist == null) mnist = Mnist.provisioned();
    }

    @Override
    public synchronized Dataset mnistTrain() {
        if (train == null) {
            provisionMnist();
            train = mnist.core(MnistSplit.TRAIN);
        }
        return train;
    }

    @Override
    public synchronized Dataset mnistTest() {
        if (test == null) {
            provisionMnist();
            test = mnist.core(MnistSplit.TEST);
        }
        return test;
    }
}
