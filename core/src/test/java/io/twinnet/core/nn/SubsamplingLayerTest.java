package io.twinnet.core.nn;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.PoolingType;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.SpecException;
import io.twinnet.core.spec.SubsamplingLayerSpec;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.spec.Window;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubsamplingLayerTest {
    static final OutputLayerSpec OUT = OutputLayerSpec.of(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier());
    static final double[] MINUS_ONE_TO_NINE = {-1, -2, -3, -4, -5, -6, -7, -8, -9};

    private static double[] pool(PoolingType type, Window w, Shape in, double[] x) {
        Network net = Network.initialise(CnnFixtures.spec(in, List.of(new SubsamplingLayerSpec(type, w), OUT), 1));
        return net.activations(x, 1, false)[1];
    }

    /** Expected values measured on DL4J 1.0.0-M2.1 (SubsamplingLayer, kernel 2, stride 2, padding 1, input −1…−9). */
    @Test
    void averagePoolingLeavesPaddingOutOfTheDivisorAsDl4j() {
        assertArrayEquals(new double[]{-1, -2.5, -5.5, -7},
                pool(PoolingType.AVG, Window.square(2, 2, 1), Shape.image(1, 3, 3), MINUS_ONE_TO_NINE));
    }

    @Test
    void maxPoolingNeverPicksPaddingAsDl4j() {
        assertArrayEquals(new double[]{-1, -2, -4, -5},
                pool(PoolingType.MAX, Window.square(2, 2, 1), Shape.image(1, 3, 3), MINUS_ONE_TO_NINE));
    }

    @Test
    void overlappingWindowsPoolEachChannelSeparately() {
        // 2 channels of 3x3; kernel 2, stride 1: four overlapping windows per channel
        double[] x = {1, 5, 2, 0, 3, 9, 4, 4, 8, /* channel 1 */ -1, -2, -3, -4, -5, -6, -7, -8, -9};
        assertArrayEquals(new double[]{5, 9, 4, 9, -1, -2, -4, -5}, pool(PoolingType.MAX, Window.square(2), Shape.image(2, 3, 3), x));
        assertArrayEquals(new double[]{9 / 4.0, 19 / 4.0, 11 / 4.0, 24 / 4.0, -3, -4, -6, -7},
                pool(PoolingType.AVG, Window.square(2), Shape.image(2, 3, 3), x));
    }

    @Test
    void paddingAsLargeAsTheKernelIsRefused() {
        SpecException e = assertThrows(SpecException.class, () -> new SubsamplingLayerSpec(PoolingType.MAX, Window.square(2, 1, 2)));
        assertTrue(e.getMessage().contains("padH"), e.getMessage());
    }

    @Test
    void maxPoolingPassesTheGradientCheckWithoutTies() {
        Shape in = Shape.image(2, 8, 8);
        Window pool = Window.square(3, 2, 1); // overlapping windows and padding
        List<LayerSpec> layers = List.of(
                new ConvolutionLayerSpec(3, Window.square(3), Activation.TANH, WeightInit.xavier(), 0.1, true),
                new SubsamplingLayerSpec(PoolingType.MAX, pool), OUT);
        int batch = 3;
        Network net = Network.initialise(CnnFixtures.spec(in, layers, 4));
        // ties avoided by construction: the first input whose window values are 1e-3 apart (perturbing one conv
        // parameter by up to 2h = 2e-4 moves each tanh output by at most 2e-4·max|x| ≤ 2e-4, a pair by 4e-4)
        double[] x = null;
        for (long seed = 0; x == null; seed++) {
            double[] candidate = CnnFixtures.uniform(batch * in.size(), seed);
            if (CnnFixtures.smallestMaxGap(net.activations(candidate, batch, true)[1], batch, Shape.image(3, 6, 6), pool) > 1e-3) {
                x = candidate;
            }
            assertTrue(seed < 1000, "no input seed below 1000 without near-ties");
        }
        CnnFixtures.assertGradientMatches(net, x, CnnFixtures.oneHot(batch, 3, 5), batch);
    }

    @Test
    void averagePoolingWithPaddingPassesTheGradientCheck() {
        Shape in = Shape.image(2, 7, 7);
        List<LayerSpec> layers = List.of(
                new ConvolutionLayerSpec(3, Window.square(2), Activation.TANH, WeightInit.xavier(), 0.1, true),
                new SubsamplingLayerSpec(PoolingType.AVG, Window.square(3, 2, 1)), OUT);
        int batch = 3;
        Network net = Network.initialise(CnnFixtures.spec(in, layers, 6));
        CnnFixtures.assertGradientMatches(net, CnnFixtures.uniform(batch * in.size(), 22), CnnFixtures.oneHot(batch, 3, 6), batch);
    }
}
