package io.twinnet.experiments.lab;


import io.twinnet.core.data.Dataset;
import io.twinnet.experiments.data.Mnist;
import io.twinnet.experiments.data.MnistSplit;
import java.util.function.Supplier;

/**
 * The environment of a real sweep: MNIST from DL4J's directory (or another verified source),
 * provisioned and loaded once on first use (thread-safe), then shared read-only by every run.
 */
public final class DefaultRunEnvironment implements RunEnvironment {
    private final Profile profile;
    private final Supplier<Mnist> source;
    private Mnist mnist;
    private Dataset train;
    private Dataset test;

    /** MNIST provisioned in DL4J's directory ({@link Mnist#provisioned()}). */
    public DefaultRunEnvironment(Profile profile) {
        this(profile, Mnist::provisioned);
    }

    /** MNIST from {@code source}, called once, on first use (e.g. the verified files a Spark driver shipped to an executor). */
    public DefaultRunEnvironment(Profile profile, Supplier<Mnist> source) {
        if (profile == null) throw new IllegalArgumentException("profile: is missing");
        if (source == null) throw new IllegalArgumentException("source: is missing");
        this.profile = profile;
        this.source = source;
    }

    @Override
    public Profile profile() {
        return profile;
    }

    /** Provisions MNIST now (verifying or installing the four files); throws MnistUnavailableException with the remedy. */
    public synchronized void provisionMnist() {
        if (mnist == null) mnist = source.get();
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
