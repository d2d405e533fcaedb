package io.twinnet.core.nn;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.BatchNormLayerSpec;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.spec.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LsuvTest {
    private static final Lsuv PAPER = new Lsuv(0.1, 10);

    /** One input, one linear output unit with weight w and biases as given (one per output unit). */
    private static Network linear(int outputs, double w, double... biases) {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(1)).learningRate(0.1).seed(1)
                .layer(OutputLayerSpec.of(outputs, Activation.IDENTITY, LossFunction.MSE, WeightInit.uniform(-1, 1))).build();
        double[] p = new double[outputs * 2];
        for (int j = 0; j < outputs; j++) {
            p[j] = w * (j + 1);
            p[outputs + j] = biases[j];
        }
        return Network.withParameters(spec, p);
    }

    private static double[] uniformRows(int rows, int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[rows * size];
        for (int i = 0; i < x.length; i++) x[i] = r.nextDouble();
        return x;
    }

    @Test
    void dividesTheWeightByTheSquareRootOfTheHandComputedVariance() {
        // z = 3x on x = (1, -1, 2, 0): z = (3, -3, 6, 0), mean 1.5, variance (2.25 + 20.25 + 20.25 + 2.25)/4 = 11.25,
        // so w becomes 3/sqrt(11.25) = 2/sqrt(5)
        Network net = linear(1, 3, 0.7);
        assertEquals(11.25, Lsuv.preActivationVariance(net, 0, new double[] {1, -1, 2, 0}, 4), 1e-12);
        List<Lsuv.LayerResult> done = PAPER.apply(net, new double[] {1, -1, 2, 0}, 4);
        assertEquals(2 / Math.sqrt(5), net.parameters()[0], 1e-15);
        assertEquals(0.7, net.parameters()[1], 0.0, "the bias is left alone");
        assertEquals(List.of(new Lsuv.LayerResult(0, 1, done.get(0).variance())), done);
        assertEquals(1, done.get(0).variance(), 1e-12);
    }

    @Test
    void givesEveryLayerOfABiasFreeReluNetUnitVarianceInOneRescalingEach() {
        // positive homogeneity: scaling W_l by c scales z_l by c and leaves the layers below alone
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(20)).learningRate(0.1).seed(7)
                .layer(DenseLayerSpec.of(30, Activation.RELU, WeightInit.uniform(-1, 1)))
                .layer(DenseLayerSpec.of(30, Activation.RELU, WeightInit.uniform(-1, 1)))
                .layer(OutputLayerSpec.of(5, Activation.SOFTMAX, LossFunction.MSE, WeightInit.uniform(-1, 1))).build();
        Network net = Network.initialise(spec);
        double[] x = uniformRows(64, 20, 3);
        assertTrue(Lsuv.preActivationVariance(net, 2, x, 64) > 10, "U[-1,1] starts far from unit variance");
        List<Lsuv.LayerResult> done = PAPER.apply(net, x, 64);
        assertEquals(3, done.size());
        for (Lsuv.LayerResult r : done) {
            assertEquals(1, r.rescalings(), "layer " + r.layer());
            assertEquals(1, Lsuv.preActivationVariance(net, r.layer(), x, 64), 1e-12, "layer " + r.layer());
        }
    }

    @Test
    void passesOverBatchNormAndRescalesTheLayersAroundIt() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(6)).learningRate(0.1).seed(2)
                .layer(DenseLayerSpec.of(8, Activation.RELU, WeightInit.uniform(-1, 1))).layer(BatchNormLayerSpec.defaults())
                .layer(OutputLayerSpec.of(3, Activation.SOFTMAX, LossFunction.MSE, WeightInit.uniform(-1, 1))).build();
        Network net = Network.initialise(spec);
        double[] x = uniformRows(16, 6, 5);
        List<Lsuv.LayerResult> done = PAPER.apply(net, x, 16);
        assertEquals(List.of(0, 2), done.stream().map(Lsuv.LayerResult::layer).toList());
        for (int l : new int[] {0, 2}) assertTrue(Math.abs(Lsuv.preActivationVariance(net, l, x, 16) - 1) < PAPER.tolerance(), "layer " + l);
    }

    /**
     * Biases that differ between units add a spread that rescaling W does not shrink: here v(c) = 68.083c² − b·c/3 + b²
     * (w = 4c, 8c; biases ±b; x as below). With b = 0.5, v = 68.17, 1.229, 1.045 (hand-computed): two rescalings.
     * With b = 2 the b² = 4 floor keeps v above 1 + tol whatever c, so the loop stops at the most rescalings.
     */
    @ParameterizedTest(name = "biases ±{0}: {1} rescalings, within tol {2}")
    @CsvSource({"0.5, 2, true", "2, 10, false"})
    void stopsWithinTheToleranceOrAfterTheMostRescalings(double bias, int rescalings, boolean withinTolerance) {
        Network net = linear(2, 4, bias, -bias);
        double[] x = {1, -1, 2, 0, 0.5, -2};
        Lsuv.LayerResult r = PAPER.apply(net, x, 6).get(0);
        assertEquals(rescalings, r.rescalings());
        assertEquals(withinTolerance, Math.abs(r.variance() - 1) < PAPER.tolerance(), "variance " + r.variance());
        assertEquals(r.variance(), Lsuv.preActivationVariance(net, 0, x, 6), 0.0);
    }

    @Test
    void refusesConvolutionsOneExampleAndBadSettings() {
        NetworkSpec conv = NetworkSpec.builder(Shape.image(1, 4, 4)).learningRate(0.1).seed(1)
                .layer(ConvolutionLayerSpec.of(2, Window.square(3, 1, 0), Activation.RELU, WeightInit.uniform(-1, 1)))
                .layer(OutputLayerSpec.of(2, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.uniform(-1, 1))).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PAPER.apply(Network.initialise(conv), new double[32], 2));
        assertTrue(e.getMessage().startsWith("layers[0]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PAPER.apply(linear(1, 1, 0), new double[] {1}, 1));
        assertThrows(IllegalArgumentException.class, () -> new Lsuv(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Lsuv(0.1, 0));
    }
}
