package io.twinnet.experiments.app.bench;

/**
 * Where a case's examples come from. The core skips exactly-zero inputs (about 81 % of MNIST's
 * pixels are 0), so {@link #DENSE_RANDOM} shows the speed without that advantage.
 */
public enum BenchInput {
    /** Real MNIST training examples, pixels / 255, one-hot labels. */
    MNIST("mnist"),
    /** Features uniform in [0.001, 1) (no zeros), random one-hot labels, same sizes as the network's input and output. */
    DENSE_RANDOM("dense-random");

    private final String id;

    BenchInput(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
