package io.twinnet.dl4j.inits;

import io.twinnet.core.spec.WeightInit;

/** Draws one layer's weights from an initialiser: the core's, DL4J's, or a deliberately wrong one in tests. */
@FunctionalInterface
public interface WeightSampler {

    /**
     * One layer's weights for {@code init} and {@code geometry}, drawn with {@code seed}, as
     * {@code geometry.count()} values in row-major order of {@code geometry.shape()}.
     * The same arguments must give the same values.
     */
    double[] draw(WeightInit init, LayerGeometry geometry, long seed);

    /** This sampler with every value multiplied by {@code factor} (for showing that a check has power). */
    default WeightSampler scaledBy(double factor) {
        return (init, geometry, seed) -> {
            double[] w = draw(init, geometry, seed);
            for (int i = 0; i < w.length; i++) w[i] *= factor;
            return w;
        };
    }
}
