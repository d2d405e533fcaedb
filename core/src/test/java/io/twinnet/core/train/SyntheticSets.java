package io.twinnet.core.train;

import io.twinnet.core.data.Dataset;

import java.util.SplittableRandom;

/** Seeded toy datasets for training tests. */
final class SyntheticSets {
    private SyntheticSets() {
    }

    /**
     * Two interleaved spirals: class c, point i of n: radius r = 0.1 + 0.9·i/n, angle θ = 3π·i/n + cπ,
     * (x, y) = r(cos θ, sin θ) plus N(0, noise²) jitter; labels one-hot over 2 classes.
     */
    static Dataset spirals(int perClass, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] f = new double[2 * perClass * 2];
        double[] l = new double[2 * perClass * 2];
        int k = 0;
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < perClass; i++) {
                double t = i / (double) perClass;
                double radius = 0.1 + 0.9 * t;
                double theta = 3 * Math.PI * t + c * Math.PI;
                f[2 * k] = radius * Math.cos(theta) + noise * gaussian(r);
                f[2 * k + 1] = radius * Math.sin(theta) + noise * gaussian(r);
                l[2 * k + c] = 1;
                k++;
            }
        }
        return Dataset.of("spirals", f, l, 2, 2);
    }

    /** XOR: Gaussian blobs (std 0.25) around (±1, ±1); the label (one output) is 1 when the signs differ. */
    static Dataset xor(int perBlob, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] f = new double[4 * perBlob * 2];
        double[] l = new double[4 * perBlob];
        int k = 0;
        for (int q = 0; q < 4; q++) {
            double cx = (q & 1) == 0 ? -1 : 1, cy = (q & 2) == 0 ? -1 : 1;
            for (int i = 0; i < perBlob; i++) {
                f[2 * k] = cx + 0.25 * gaussian(r);
                f[2 * k + 1] = cy + 0.25 * gaussian(r);
                l[k] = cx * cy < 0 ? 1 : 0;
                k++;
            }
        }
        return Dataset.of("xor", f, l, 2, 1);
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble(), v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
