package io.twinnet.core.nn;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ActivationLayerSpec;
import io.twinnet.core.spec.BatchNormLayerSpec;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.PoolingType;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.SubsamplingLayerSpec;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.spec.Window;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BatchNormLayerTest {
    static final OutputLayerSpec MSE_OUT = OutputLayerSpec.of(1, Activation.IDENTITY, LossFunction.MSE, WeightInit.xavier());
    static final OutputLayerSpec SOFTMAX_OUT = OutputLayerSpec.of(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier());
    static final double[] X = {1, 3, -2, 0.5};
    static final double[] Y = {1, 0, 2, -1};

    /** One feature, ε = 0.5, running mean 0.5 and running variance 10^0.6 (DL4J log10stdev 0.3), as probed in DL4J. */
    private static Network probedNetwork() {
        Network net = Network.initialise(CnnFixtures.spec(Shape.vector(1),
                List.of(new BatchNormLayerSpec(0.9, 0.5, 1, 0), MSE_OUT), 1));
        double[] p = net.parameters();
        p[net.layout().block(0, "mean").offset()] = 0.5;
        p[net.layout().block(0, "var").offset()] = Math.pow(10, 0.6);
        return net;
    }

    /** Values measured on DL4J 1.0.0-M2.1 for the network of {@link #probedNetwork}. */
    @Test
    void normalisesWithBatchStatisticsInTrainingAndRunningStatisticsInInferenceAsDl4j() {
        Network net = probedNetwork();
        assertEquals(0.19569842191603265, net.activations(X, 4, true)[1][0], 1e-15);
        assertEquals(0.23619954549424294, net.activations(X, 4, false)[1][0], 1e-15);
    }

    @Test
    void runningStatisticsMoveOnlyInFitAndFollowDl4jsDecay() {
        Network net = probedNetwork();
        int mean = net.layout().block(0, "mean").offset();
        int var = net.layout().block(0, "var").offset();
        net.computeGradient(X, Y, 4);
        assertEquals(0.5, net.parameters()[mean]);
        assertEquals(Math.pow(10, 0.6), net.parameters()[var]);
        net.fit(X, Y, 4);
        // DL4J after one fit: mean 0.5125, log10stdev 0.29554076847049954
        assertEquals(0.5125, net.parameters()[mean], 1e-15);
        assertEquals(Math.pow(10, 2 * 0.29554076847049954), net.parameters()[var], 1e-14);
    }

    @Test
    void startsFromUnitScaleZeroShiftZeroMeanAndUnitVariance() {
        Network net = Network.initialise(CnnFixtures.spec(Shape.vector(2), List.of(BatchNormLayerSpec.defaults(), MSE_OUT), 1));
        for (String name : new String[]{"gamma", "beta", "mean", "var"}) {
            ParameterBlock b = net.layout().block(0, name);
            double expected = name.equals("gamma") || name.equals("var") ? 1 : 0;
            assertArrayEquals(new double[]{expected, expected}, b.copyFrom(net.parameters()), name);
        }
        assertEquals(false, net.layout().block(0, "mean").trainable());
        assertEquals(false, net.layout().block(0, "var").trainable());
    }

    @Test
    void eachChannelOfAnImageIsNormalisedOverBatchAndPositions() {
        Shape in = Shape.image(2, 3, 3);
        Network net = Network.initialise(CnnFixtures.spec(in, List.of(new BatchNormLayerSpec(0.9, 1e-5, 1, 0), SOFTMAX_OUT), 1));
        int batch = 2;
        double[] x = CnnFixtures.uniform(batch * in.size(), 3);
        for (int k = 9; k < 18; k++) x[k] = 3 * x[k] + 2; // channel 1 of example 0 on another scale
        double[] y = net.activations(x, batch, true)[1];
        for (int c = 0; c < 2; c++) {
            double mx = 0, my = 0;
            for (int b = 0; b < batch; b++) for (int j = 0; j < 9; j++) { mx += x[b * 18 + c * 9 + j]; my += y[b * 18 + c * 9 + j]; }
            mx /= 18;
            my /= 18;
            double vx = 0, vy = 0;
            for (int b = 0; b < batch; b++) for (int j = 0; j < 9; j++) {
                vx += Math.pow(x[b * 18 + c * 9 + j] - mx, 2);
                vy += Math.pow(y[b * 18 + c * 9 + j] - my, 2);
            }
            vx /= 18;
            vy /= 18;
            assertEquals(0, my, 1e-14);
            assertEquals(vx / (vx + 1e-5), vy, 1e-12);
        }
    }

    @Test
    void batchNormAfterDensePassesTheGradientCheck() {
        List<LayerSpec> layers = List.of(
                DenseLayerSpec.of(5, Activation.TANH, WeightInit.xavier()).withBiasInit(0.1),
                new BatchNormLayerSpec(0.9, 1e-5, 1.3, -0.2),
                DenseLayerSpec.of(4, Activation.SIGMOID, WeightInit.xavier()),
                SOFTMAX_OUT);
        Network net = Network.initialise(CnnFixtures.spec(Shape.vector(4), layers, 2));
        int batch = 5;
        CnnFixtures.assertGradientMatches(net, CnnFixtures.uniform(batch * 4, 1), CnnFixtures.oneHot(batch, 3, 1), batch);
    }

    /** Ioffe &amp; Szegedy's placement: dense(identity, no bias) → batch norm → relu as a layer of its own. */
    @Test
    void batchNormBeforeAReluLayerPassesTheGradientCheck() {
        List<LayerSpec> layers = List.of(
                DenseLayerSpec.of(5, Activation.IDENTITY, WeightInit.uniform(-1, 1)).withoutBias(),
                new BatchNormLayerSpec(0.9, 1e-5, 1.3, 0.2),
                new ActivationLayerSpec(Activation.RELU),
                SOFTMAX_OUT);
        Network net = Network.initialise(CnnFixtures.spec(Shape.vector(4), layers, 2));
        int batch = 6;
        double[] x = CnnFixtures.uniform(batch * 4, 5);
        double[][] acts = net.activations(x, batch, true);
        for (int k = 0; k < acts[2].length; k++) assertEquals(Math.max(0, acts[2][k]), acts[3][k], 0, "relu of the normalised value");
        CnnFixtures.assertGradientMatches(net, x, CnnFixtures.oneHot(batch, 3, 1), batch);
    }

    @Test
    void batchNormAfterConvolutionPassesTheGradientCheck() {
        Shape in = Shape.image(2, 6, 6);
        List<LayerSpec> layers = List.of(
                // no conv bias: batch norm cancels it, so its gradient is 0 and only rounding noise is left to compare
                new ConvolutionLayerSpec(3, Window.square(3, 1, 1), Activation.IDENTITY, WeightInit.xavier(), 0, false),
                new BatchNormLayerSpec(0.9, 1e-5, 0.8, 0.1),
                new SubsamplingLayerSpec(PoolingType.AVG, Window.square(2, 2, 0)),
                SOFTMAX_OUT);
        Network net = Network.initialise(CnnFixtures.spec(in, layers, 3));
        int batch = 3;
        CnnFixtures.assertGradientMatches(net, CnnFixtures.uniform(batch * in.size(), 2), CnnFixtures.oneHot(batch, 3, 2), batch);
    }
}
