package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.init.Rng;

/** Synthetic data for experiments at initialisation: i.i.d. standard normal features and targets. */
final class GaussianData {
    private GaussianData() {
    }

    /** {@code size} examples with i.i.d. N(0,1) features, then N(0,1) targets, drawn in that order from the core's {@link Rng}. */
    static Dataset of(int features, int targets, int size, long seed) {
        Rng rng = new Rng(seed);
        double[] f = new double[size * features];
        double[] t = new double[size * targets];
        for (int i = 0; i < f.length; i++) f[i] = rng.nextGaussian();
        for (int i = 0; i < t.length; i++) t[i] = rng.nextGaussian();
        return Dataset.of("gaussian", f, t, features, targets);
    }
}
