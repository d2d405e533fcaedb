package io.twinnet.dl4j;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;

import java.util.SplittableRandom;

/** Small specs and random vectors shared by the bridge's tests. */
final class TestSpecs {
    private TestSpecs() {
    }

    /** 5 → 4 (relu, bias 0.1) → 3 (tanh, no bias) → 2 (softmax + MCXENT). */
    static NetworkSpec mixed(Precision precision) {
        return NetworkSpec.builder(Shape.vector(5))
                .name("mixed")
                .layer(DenseLayerSpec.of(4, Activation.RELU, WeightInit.relu()).withBiasInit(0.1))
                .layer(DenseLayerSpec.of(3, Activation.TANH, WeightInit.uniform(-0.3, 0.7)).withoutBias())
                .layer(OutputLayerSpec.of(2, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier()))
                .learningRate(0.05)
                .seed(7)
                .precision(precision)
                .build();
    }

    /** Values uniform in [-1, 1) from a fixed seed. */
    static double[] randomVector(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = r.nextDouble(-1, 1);
        return v;
    }
}
