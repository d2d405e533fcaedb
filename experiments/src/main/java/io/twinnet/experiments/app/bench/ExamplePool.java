package io.twinnet.experiments.app.bench;

import io.twinnet.core.data.Dataset;
import java.util.SplittableRandom;

/**
 * The examples a case trains on, cycled through minibatch by minibatch: every side of a case sees
 * the very same pool in the same order.
 */
public final class ExamplePool {
    private ExamplePool() {
    }

    /** {@code size} examples of {@code source} picked by a seeded Fisher–Yates shuffle (without replacement). */
    public static Dataset sample(Dataset source, int size, long seed) {
        if (size < 1 || size > source.size()) {
            throw new IllegalArgumentException("size: must be in [1, " + source.size() + "] for " + source.name() + ", got " + size);
        }
        int[] order = new int[source.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            int j = i + rng.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return source.rows(java.util.Arrays.copyOf(order, size));
    }

    /**
     * {@code size} examples with every feature uniform in [0.001, 1) (so none is zero) and a uniformly
     * drawn one-hot label among {@code classes}.
     */
    public static Dataset denseRandom(int size, int features, int classes, long seed) {
        if (size < 1) throw new IllegalArgumentException("size: must be positive, got " + size);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] f = new double[size * features];
        for (int i = 0; i < f.length; i++) f[i] = 0.001 + 0.999 * rng.nextDouble();
        double[] l = new double[size * classes];
        for (int e = 0; e < size; e++) l[e * classes + rng.nextInt(classes)] = 1.0;
        return Dataset.of("dense-random", f, l, features, classes);
    }

    /** The fraction of features that are not exactly zero. */
    public static double nonZeroFraction(Dataset data) {
        double[] f = data.features();
        long nz = 0;
        for (double v : f) if (v != 0.0) nz++;
        return (double) nz / f.length;
    }
}
