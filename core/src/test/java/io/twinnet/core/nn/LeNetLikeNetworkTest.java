package io.twinnet.core.nn;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.spec.Window;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** conv → max pool → batch norm → dense → softmax, built with the spec builder, end to end. */
class LeNetLikeNetworkTest {
    static NetworkSpec leNetLike() {
        return NetworkSpec.builder(Shape.image(1, 10, 10))
                // no conv bias: the batch norm after the pooling cancels it (its gradient would be pure rounding noise)
                .layer(new ConvolutionLayerSpec(4, Window.square(3, 1, 1), Activation.TANH, WeightInit.xavier(), 0, false))
                .maxPool(Window.square(2, 2, 0))
                .batchNorm()
                .dense(8, Activation.SIGMOID, WeightInit.xavier())
                .output(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())
                .learningRate(0.1)
                .seed(12)
                .build();
    }

    @Test
    void flattensNchwIntoTheDenseLayerAndCountsParametersLikeDl4j() {
        NetworkSpec spec = leNetLike();
        // conv 4·1·3·3 (no bias), batch norm 4·4, dense 4·5·5·8 + 8, output 8·3 + 3
        assertEquals(36 + 16 + 800 + 8 + 27, spec.parameterCount());
        assertEquals(spec.parameterCount(), Network.initialise(spec).layout().size());
    }

    @Test
    void passesTheGradientCheck() {
        Network net = Network.initialise(leNetLike());
        int batch = 4;
        // ties avoided by construction: the first input whose pooled values are 1e-3 apart in every window
        // (perturbing one conv weight by up to 2h = 2e-4 moves each tanh output by at most 2e-4·max|x| ≤ 2e-4)
        double[] x = null;
        for (long seed = 0; x == null; seed++) {
            double[] candidate = CnnFixtures.uniform(batch * 100, seed);
            double gap = CnnFixtures.smallestMaxGap(net.activations(candidate, batch, true)[1], batch, Shape.image(4, 10, 10),
                    Window.square(2, 2, 0));
            if (gap > 1e-3) x = candidate;
            assertTrue(seed < 1000, "no input seed below 1000 without near-ties");
        }
        CnnFixtures.assertGradientMatches(net, x, CnnFixtures.oneHot(batch, 3, 3), batch);
    }

    @Test
    void trainingLowersTheLossOnAFixedBatch() {
        Network net = Network.initialise(leNetLike());
        int batch = 8;
        double[] x = CnnFixtures.uniform(batch * 100, 41);
        double[] t = CnnFixtures.oneHot(batch, 3, 4);
        double first = net.fit(x, t, batch);
        double last = first;
        for (int i = 0; i < 50; i++) last = net.fit(x, t, batch);
        assertTrue(last < 0.5 * first, "loss " + first + " -> " + last);
    }

    @Test
    void identityLikeSigmoidCnnWithZeroDenseWeightsBuilds() {
        // seed 003's network: identity-like kernels (nIn = nOut), sigmoid, zero fully connected weights
        NetworkSpec spec = NetworkSpec.builder(Shape.image(2, 6, 6))
                .conv(2, Window.square(3, 1, 1), Activation.SIGMOID, WeightInit.of(InitScheme.IDENTITY))
                .dense(5, Activation.SIGMOID, WeightInit.zero())
                .output(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.zero())
                .build();
        Network net = Network.initialise(spec);
        double[] x = CnnFixtures.uniform(2 * 72, 5);
        double[] a = net.activations(x, 2, false)[1];
        for (int k = 0; k < a.length; k++) assertEquals(1 / (1 + Math.exp(-x[k])), a[k], 1e-15);
    }
}
