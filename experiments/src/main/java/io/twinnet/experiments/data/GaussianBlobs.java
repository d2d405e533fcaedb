package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;

import java.util.SplittableRandom;

/**
 * Seeded Gaussian blobs: {@code classes} isotropic Gaussian clusters. The centre of class
 * {@code k} lies on a circle of radius {@code radius} in the first two coordinates,
 * {@code c_k = radius · (cos(2πk/K), sin(2πk/K), 0, ..., 0)}; an example of class {@code k} is
 * {@code c_k + spread · z} with {@code z ~ N(0, I)}. Examples alternate between the classes
 * (example {@code i} has class {@code i mod K}); labels are one-hot.
 */
public final class GaussianBlobs {
    private GaussianBlobs() {
    }

    public static Dataset generate(int perClass, int classes, int dimensions, double radius, double spread, long seed) {
        if (perClass <= 0) throw new IllegalArgumentException("perClass: must be positive, got " + perClass);
        if (classes < 2) throw new IllegalArgumentException("classes: must be at least 2, got " + classes);
        if (dimensions < 2) throw new IllegalArgumentException("dimensions: must be at least 2, got " + dimensions);
        if (!(radius > 0) || !Double.isFinite(radius)) throw new IllegalArgumentException("radius: must be positive and finite, got " + radius);
        if (!(spread >= 0) || !Double.isFinite(spread)) throw new IllegalArgumentException("spread: must be non-negative and finite, got " + spread);
        int n = perClass * classes;
        double[] features = new double[n * dimensions];
        double[] labels = new double[n * classes];
        SeededGaussian z = new SeededGaussian(new SplittableRandom(seed));
        for (int i = 0; i < n; i++) {
            int k = i % classes;
            double[] centre = centre(k, classes, dimensions, radius);
            for (int d = 0; d < dimensions; d++) features[i * dimensions + d] = centre[d] + spread * z.next();
            labels[i * classes + k] = 1.0;
        }
        return Dataset.of("blobs-" + classes + "x" + perClass + "-d" + dimensions + "-seed" + seed, features, labels, dimensions, classes);
    }

    /** The centre of class {@code k} of {@code classes}. */
    public static double[] centre(int k, int classes, int dimensions, double radius) {
        double[] c = new double[dimensions];
        double angle = 2.0 * Math.PI * k / classes;
        c[0] = radius * Math.cos(angle);
        c[1] = radius * Math.sin(angle);
        return c;
    }
}
