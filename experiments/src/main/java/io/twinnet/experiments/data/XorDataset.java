package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;

import java.util.SplittableRandom;

/**
 * The seeded XOR problem: points {@code (x, y)} uniform in the square [-1, 1)²; the class is 1
 * when {@code x} and {@code y} have opposite signs ({@code x · y < 0}: the second and fourth
 * quadrants), else 0, so no line separates the classes. Labels are one-hot over two classes.
 */
public final class XorDataset {
    private XorDataset() {
    }

    public static Dataset generate(int size, long seed) {
        if (size <= 0) throw new IllegalArgumentException("size: must be positive, got " + size);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] features = new double[size * 2];
        double[] labels = new double[size * 2];
        for (int i = 0; i < size; i++) {
            double x = 2.0 * rng.nextDouble() - 1.0;
            double y = 2.0 * rng.nextDouble() - 1.0;
            features[2 * i] = x;
            features[2 * i + 1] = y;
            labels[2 * i + (x * y < 0 ? 1 : 0)] = 1.0;
        }
        return Dataset.of("xor-" + size + "-seed" + seed, features, labels, 2, 2);
    }
}
