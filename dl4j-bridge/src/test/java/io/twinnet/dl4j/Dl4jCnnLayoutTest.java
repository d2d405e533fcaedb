package io.twinnet.dl4j;

import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.BatchNormLayerSpec;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.spec.Window;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Convolution, pooling and batch-norm parameter layout and configuration, probed on DL4J itself: paramTable keys and
 * shapes, where each element of a conv kernel lands in params(), the batch-norm variance ↔ log10stdev conversion.
 */
class Dl4jCnnLayoutTest {
    private static NetworkSpec spec;
    private static MultiLayerNetwork net;
    private static Dl4jParameterLayout layout;

    @BeforeAll
    static void build() {
        spec = NetworkSpec.builder(Shape.image(2, 6, 5))
                .layer(new ConvolutionLayerSpec(3, new Window(3, 2, 2, 1, 1, 0), Activation.TANH, WeightInit.xavier(), 0.2, true))
                .avgPool(Window.square(2, 1, 1))
                .batchNorm()
                .dense(4, Activation.SIGMOID, WeightInit.xavier())
                .output(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())
                .build();
        net = Dl4jNetworks.build(spec);
        layout = Dl4jParameterLayout.of(spec);
    }

    @Test
    void dl4jStoresConvBiasFirstThenTheKernelAndBatchNormAsGammaBetaMeanLog10Std() {
        Map<String, INDArray> table = net.paramTable();
        assertEquals(List.of("0_b", "0_W", "2_gamma", "2_beta", "2_mean", "2_log10stdev", "3_W", "3_b", "4_W", "4_b"),
                table.keySet().stream().toList());
        assertArrayEquals(new long[] {3, 2, 3, 2}, table.get("0_W").shape());
        assertEquals('c', table.get("0_W").ordering());
        ParameterBlock w = layout.block(0, "W");
        ParameterBlock b = layout.block(0, "b");
        assertEquals(0, b.dl4jOffset());
        assertEquals(3, w.dl4jOffset());
        assertEquals(0, w.coreOffset());
        assertEquals(36, b.coreOffset());
        assertEquals("2_log10stdev", layout.block(2, "var").key());
        assertFalse(layout.block(2, "var").trainable());
        assertEquals(net.numParams(), spec.parameterCount());
        // dense after the pooled 3x4x5 image: nIn = 60
        assertArrayEquals(new long[] {60, 4}, table.get("3_W").shape());
    }

    @Test
    void everyKernelElementLandsWhereTheLayoutSaysInParams() {
        ParameterBlock w = layout.block(0, "W");
        INDArray view = net.getParam("0_W");
        int k = 0;
        for (int o = 0; o < 3; o++) for (int i = 0; i < 2; i++) for (int y = 0; y < 3; y++) for (int x = 0; x < 2; x++, k++) {
            double marker = 500 + k;
            view.putScalar(new long[] {o, i, y, x}, marker);
            assertEquals(marker, net.params().getDouble(w.dl4jOffset() + w.dl4jPositionOf(k)), "W[" + o + "][" + i + "][" + y + "][" + x + "]");
        }
    }

    @Test
    void layersAreTranslatedWithTheSpecsGeometryAndDl4jsConventions() {
        ConvolutionLayer conv = (ConvolutionLayer) net.getLayer(0).conf().getLayer();
        assertArrayEquals(new int[] {3, 2}, conv.getKernelSize());
        assertArrayEquals(new int[] {2, 1}, conv.getStride());
        assertArrayEquals(new int[] {1, 0}, conv.getPadding());
        assertEquals(ConvolutionMode.Truncate, conv.getConvolutionMode());
        SubsamplingLayer pool = (SubsamplingLayer) net.getLayer(1).conf().getLayer();
        assertEquals(org.deeplearning4j.nn.conf.layers.PoolingType.AVG, pool.getPoolingType());
        assertFalse(pool.isAvgPoolIncludePadInDivisor());
        BatchNormalization bn = (BatchNormalization) net.getLayer(2).conf().getLayer();
        assertEquals(BatchNormLayerSpec.DEFAULT_DECAY, bn.getDecay());
        assertEquals(BatchNormLayerSpec.DEFAULT_EPS, bn.getEps());
        assertTrue(bn.isUseLogStd());
    }

    @Test
    void runningVarianceTravelsAsLog10OfTheStandardDeviationAndBack() {
        Network core = Network.initialise(spec);
        double[] p = core.parameters();
        int var = core.layout().block(2, "var").offset();
        p[var] = 4.0;       // std 2
        p[var + 1] = 0.01;  // std 0.1
        ParameterTransfer transfer = ParameterTransfer.forSpec(spec);
        transfer.load(net, p);
        double[] log10std = net.getParam("2_log10stdev").toDoubleVector();
        assertEquals(Math.log10(2), log10std[0], 1e-15);
        assertEquals(-1, log10std[1], 1e-15);
        assertEquals(0, log10std[2], 0.0); // variance 1
        double[] back = transfer.read(net);
        assertEquals(4.0, back[var], 4e-15);
        assertEquals(0.01, back[var + 1], 1e-17);
        assertTrue(Arrays.equals(Arrays.copyOf(p, var), Arrays.copyOf(back, var)), "everything before the variance is copied exactly");
    }
}
