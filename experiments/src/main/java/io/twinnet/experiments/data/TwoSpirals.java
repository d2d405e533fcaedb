package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;

import java.util.SplittableRandom;

/**
 * Seeded two spirals (after Lang and Witbrock's 1988 benchmark): two interleaved Archimedean
 * spirals, one per class. A point draws {@code t} uniform in [0, 1) and lies at radius
 * {@code r = t} and angle {@code φ = 2π · turns · t + π · c} for class {@code c ∈ {0, 1}}
 * (class 1 is class 0 turned by half a turn), plus {@code noise · N(0, I)}. Examples alternate
 * between the classes; labels are one-hot.
 */
public final class TwoSpirals {
    private TwoSpirals() {
    }

    public static Dataset generate(int perClass, double turns, double noise, long seed) {
        if (perClass <= 0) throw new IllegalArgumentException("perClass: must be positive, got " + perClass);
        if (!(turns > 0) || !Double.isFinite(turns)) throw new IllegalArgumentException("turns: must be positive and finite, got " + turns);
        if (!(noise >= 0) || !Double.isFinite(noise)) throw new IllegalArgumentException("noise: must be non-negative and finite, got " + noise);
        int n = 2 * perClass;
        SplittableRandom rng = new SplittableRandom(seed);
        SeededGaussian z = new SeededGaussian(rng.split());
        double[] features = new double[n * 2];
        double[] labels = new double[n * 2];
        for (int i = 0; i < n; i++) {
            int c = i % 2;
            double t = rng.nextDouble();
            double angle = 2.0 * Math.PI * turns * t + Math.PI * c;
            features[2 * i] = t * Math.cos(angle) + noise * z.next();
            features[2 * i + 1] = t * Math.sin(angle) + noise * z.next();
            labels[2 * i + c] = 1.0;
        }
        return Dataset.of("spirals-" + perClass + "-seed" + seed, features, labels, 2, 2);
    }
}
