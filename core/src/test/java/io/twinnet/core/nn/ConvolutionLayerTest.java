package io.twinnet.core.nn;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.spec.Window;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ConvolutionLayerTest {
    static final OutputLayerSpec OUT = OutputLayerSpec.of(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier());

    @Test
    void outputIsTheCrossCorrelationWithStridePaddingAndSeveralChannels() {
        Shape in = Shape.image(2, 5, 6);
        Window w = new Window(3, 2, 2, 1, 1, 1);
        ConvolutionLayerSpec conv = new ConvolutionLayerSpec(3, w, Activation.IDENTITY, WeightInit.xavier(), 0.25, true);
        NetworkSpec spec = CnnFixtures.spec(in, List.of(conv, OUT), 5);
        Network net = Network.initialise(spec);
        // give the biases distinct values so a bias mix-up would show
        ParameterBlock bias = net.layout().block(0, "b");
        for (int o = 0; o < 3; o++) net.parameters()[bias.offset() + o] = 0.1 * (o + 1);
        int batch = 2;
        double[] x = CnnFixtures.uniform(batch * in.size(), 11);
        double[] z = net.activations(x, batch, false)[1];
        double[] p = net.parameters();
        int wOff = net.layout().block(0, "W").offset();
        int oh = 3, ow = 7; // (5 + 2 − 3)/2 + 1 = 3, (6 + 2 − 2)/1 + 1 = 7
        assertEquals(Shape.image(3, oh, ow), spec.inputShapeOf(1));
        for (int b = 0; b < batch; b++) {
            for (int o = 0; o < 3; o++) {
                for (int y = 0; y < oh; y++) {
                    for (int xo = 0; xo < ow; xo++) {
                        double s = p[bias.offset() + o];
                        for (int c = 0; c < 2; c++) {
                            for (int ky = 0; ky < 3; ky++) {
                                for (int kx = 0; kx < 2; kx++) {
                                    int iy = y * 2 + ky - 1, ix = xo + kx - 1;
                                    if (iy < 0 || iy >= 5 || ix < 0 || ix >= 6) continue;
                                    s += p[wOff + ((o * 2 + c) * 3 + ky) * 2 + kx] * x[b * 60 + c * 30 + iy * 6 + ix];
                                }
                            }
                        }
                        assertEquals(s, z[b * 63 + o * 21 + y * 7 + xo], 1e-14);
                    }
                }
            }
        }
    }

    @Test
    void identityKernelWithSamePaddingCopiesEveryChannel() {
        Shape in = Shape.image(3, 4, 5);
        ConvolutionLayerSpec conv = ConvolutionLayerSpec.of(3, Window.square(3, 1, 1), Activation.IDENTITY, WeightInit.of(InitScheme.IDENTITY));
        Network net = Network.initialise(CnnFixtures.spec(in, List.of(conv, OUT), 1));
        double[] x = CnnFixtures.uniform(2 * in.size(), 4);
        assertArrayEquals(x, net.activations(x, 2, false)[1]);
    }

    @Test
    void onesKernelSumsEachWindow() {
        Shape in = Shape.image(1, 3, 3);
        ConvolutionLayerSpec conv = ConvolutionLayerSpec.of(1, Window.square(2), Activation.IDENTITY, WeightInit.of(InitScheme.ONES));
        Network net = Network.initialise(CnnFixtures.spec(in, List.of(conv, OUT), 1));
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertArrayEquals(new double[]{12, 16, 24, 28}, net.activations(x, 1, false)[1]);
    }

    @Test
    void weightBlockHasDl4jShapeAndConvolutionFans() {
        Shape in = Shape.image(2, 8, 8);
        ConvolutionLayerSpec conv = ConvolutionLayerSpec.of(4, Window.square(3, 2, 0), Activation.RELU, WeightInit.of(InitScheme.UNIFORM));
        Network net = Network.initialise(CnnFixtures.spec(in, List.of(conv, OUT), 9));
        ParameterBlock w = net.layout().block(0, "W");
        assertArrayEquals(new int[]{4, 2, 3, 3}, w.shape());
        // UNIFORM is U(±1/√fanIn) with fanIn = nIn·kH·kW = 18
        double bound = 1 / Math.sqrt(18);
        double max = 0;
        for (int k = w.offset(); k < w.end(); k++) max = Math.max(max, Math.abs(net.parameters()[k]));
        org.junit.jupiter.api.Assertions.assertTrue(max <= bound && max > 0.8 * bound, "max |w| " + max + " vs bound " + bound);
    }

    @Test
    void convolutionWithStrideAndPaddingPassesTheGradientCheck() {
        Shape in = Shape.image(2, 7, 7);
        List<io.twinnet.core.spec.LayerSpec> layers = List.of(
                new ConvolutionLayerSpec(3, Window.square(3, 2, 1), Activation.TANH, WeightInit.xavier(), 0.1, true),
                new ConvolutionLayerSpec(2, new Window(2, 3, 1, 2, 1, 0), Activation.SIGMOID, WeightInit.xavier(), -0.1, true),
                OUT);
        Network net = Network.initialise(CnnFixtures.spec(in, layers, 3));
        int batch = 3;
        CnnFixtures.assertGradientMatches(net, CnnFixtures.uniform(batch * in.size(), 8), CnnFixtures.oneHot(batch, 3, 2), batch);
    }
}
