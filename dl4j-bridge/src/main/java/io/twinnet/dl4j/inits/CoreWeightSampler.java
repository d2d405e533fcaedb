package io.twinnet.dl4j.inits;

import io.twinnet.core.init.Initialisers;
import io.twinnet.core.spec.WeightInit;

/**
 * The core's weight draws: {@code io.twinnet.core.init.Initialisers.draw(init, fanIn, fanOut, shape, seed)},
 * exactly what the core's {@code Network.initialise} does for one layer.
 */
public final class CoreWeightSampler implements WeightSampler {

    @Override
    public double[] draw(WeightInit init, LayerGeometry geometry, long seed) {
        int[] shape = geometry.shape().stream().mapToInt(Integer::intValue).toArray();
        return Initialisers.draw(init, geometry.fanIn(), geometry.fanOut(), shape, seed);
    }

    @Override
    public String toString() {
        return "core";
    }
}
