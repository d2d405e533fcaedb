package io.twinnet.dl4j.parity;

import io.twinnet.core.data.Dataset;

import java.util.SplittableRandom;

/**
 * Small synthetic datasets for parity cases, made from a seed so no download is needed: Gaussian blobs,
 * one per class, with one-hot labels. Class c's centre has coordinates drawn from U[-1.5, 1.5); each example
 * is its class centre plus N(0, 1) noise per feature; examples cycle through the classes (example i has
 * class i mod classes).
 */
public final class ParityData {
    private ParityData() {
    }

    /** {@code size} examples of {@code features} features in {@code classes} blobs. */
    public static Dataset blobs(int size, int features, int classes, long seed) {
        if (size < 1) throw new IllegalArgumentException("size: must be positive, got " + size);
        if (features < 1) throw new IllegalArgumentException("features: must be positive, got " + features);
        if (classes < 2) throw new IllegalArgumentException("classes: need at least 2, got " + classes);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] centres = new double[classes][features];
        for (double[] c : centres) for (int j = 0; j < features; j++) c[j] = rng.nextDouble(-1.5, 1.5);
        double[] x = new double[size * features];
        double[] y = new double[size * classes];
        for (int i = 0; i < size; i++) {
            int c = i % classes;
            for (int j = 0; j < features; j++) x[i * features + j] = centres[c][j] + gaussian(rng);
            y[i * classes + c] = 1;
        }
        return Dataset.of("blobs-" + features + "x" + classes + "-" + seed, x, y, features, classes);
    }

    /** A standard normal draw (Box–Muller, cosine branch). */
    private static double gaussian(SplittableRandom rng) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
