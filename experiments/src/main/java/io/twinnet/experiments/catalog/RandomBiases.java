package io.twinnet.experiments.catalog;

import io.twinnet.core.init.Rng;
import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.nn.ParameterLayout;

/**
 * Biases drawn like XAVIER weights: every bias of a layer with weights nIn × nOut replaced by a draw
 * from N(0, 2/(nIn + nOut)) (Glorot &amp; Bengio 2010's normal variant), in layout order from one
 * seeded core {@link Rng}.
 */
final class RandomBiases {
    private RandomBiases() {
    }

    /** A copy of {@code params} with every bias block redrawn from {@code seed}. */
    static double[] drawn(double[] params, ParameterLayout layout, long seed) {
        double[] p = params.clone();
        Rng rng = new Rng(seed);
        for (ParameterBlock b : layout.blocks()) {
            if (!b.name().equals("b")) continue;
            int[] shape = layout.block(b.layerIndex(), "W").shape();
            double std = Math.sqrt(2.0 / (shape[0] + shape[1]));
            for (int i = b.offset(); i < b.end(); i++) p[i] = std * rng.nextGaussian();
        }
        return p;
    }
}
