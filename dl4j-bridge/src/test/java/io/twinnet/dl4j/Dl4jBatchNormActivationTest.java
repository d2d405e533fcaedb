package io.twinnet.dl4j;

import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Why a nonlinearity after batch norm is a layer of its own ({@code ActivationLayerSpec}): DL4J 1.0.0-M2.1's
 * {@code BatchNormalization} builder takes an activation (the layer is a {@code FeedForwardLayer}), but the layer
 * never applies it; an {@code ActivationLayer} after it does.
 */
class Dl4jBatchNormActivationTest {

    /** The training-mode output of dense(identity) → BN(activation of the BN layer) [→ ActivationLayer(relu)] on 16 examples. */
    private static INDArray batchNormOutput(boolean reluOnBatchNorm, boolean reluLayerAfter) {
        var list = new NeuralNetConfiguration.Builder().seed(3).dataType(DataType.DOUBLE).list()
                .layer(new DenseLayer.Builder().nIn(4).nOut(5).activation(new ActivationIdentity()).weightInit(WeightInit.XAVIER).build())
                .layer(new BatchNormalization.Builder().nIn(5).nOut(5)
                        .activation(reluOnBatchNorm ? new ActivationReLU() : new ActivationIdentity()).build());
        if (reluLayerAfter) list.layer(new ActivationLayer.Builder().activation(new ActivationReLU()).build());
        MultiLayerConfiguration conf = list.layer(new OutputLayer.Builder(new LossMSE()).nIn(5).nOut(1)
                .activation(new ActivationIdentity()).weightInit(WeightInit.XAVIER).build())
                .setInputType(InputType.feedForward(4)).build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        INDArray x = Nd4j.rand(DataType.DOUBLE, 16, 4).subi(0.5);
        List<INDArray> acts = net.feedForward(x, true);
        return acts.get(reluLayerAfter ? 3 : 2);
    }

    @Test
    void dl4jBatchNormalizationIgnoresTheActivationItIsGiven() {
        INDArray withRelu = batchNormOutput(true, false);
        // a batch-normalised feature has mean 0 over the batch, so about half its values are negative: no ReLU was applied
        assertTrue(withRelu.minNumber().doubleValue() < -0.5, "BN(relu) output has no negative values: " + withRelu);
        assertEquals(0, withRelu.sub(batchNormOutput(false, false)).norm2Number().doubleValue(), 0, "BN(relu) differs from BN(identity)");
    }

    @Test
    void anActivationLayerAfterBatchNormalizationAppliesTheRelu() {
        INDArray after = batchNormOutput(false, true);
        assertEquals(0, after.minNumber().doubleValue(), 0);
        assertTrue(after.maxNumber().doubleValue() > 0.5);
    }

    /** DL4J's {@code ActivationLayer} in inference leverages its input rather than copying it, so feedForward's entry before it is overwritten. */
    @Test
    void dl4jsInferenceFeedForwardOverwritesTheInputOfAnActivationLayerButTheBridgeKeepsIt() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(4)).seed(5)
                .layer(DenseLayerSpec.of(5, Activation.IDENTITY, io.twinnet.core.spec.WeightInit.xavier()).withoutBias())
                .activation(Activation.RELU)
                .layer(OutputLayerSpec.of(1, Activation.IDENTITY, LossFunction.MSE, io.twinnet.core.spec.WeightInit.xavier())).build();
        Dl4jNetwork dl4j = Dl4jNetwork.build(spec);
        Network core = Network.initialise(spec);
        core.setParameters(dl4j.parameters());
        double[] x = new double[16 * 4];
        for (int i = 0; i < x.length; i++) x[i] = Math.sin(7.0 * i);
        List<INDArray> raw = dl4j.network().feedForward(Nd4j.create(x, new long[] {16, 4}).castTo(DataType.DOUBLE), false);
        assertEquals(0, raw.get(1).minNumber().doubleValue(), 0, "DL4J's dense output was overwritten by the ReLU after it");
        double[][] acts = dl4j.activations(x, 16, false);
        double[][] expected = core.activations(x, 16, false);
        for (int l = 0; l < acts.length; l++) assertArrayEquals(expected[l], acts[l], 1e-12, "layer entry " + l);
        assertTrue(Arrays.stream(acts[1]).min().orElseThrow() < 0, "the dense output keeps its negative values");
    }

    @Test
    void theBridgeTranslatesAnActivationLayerSpecToDl4jsActivationLayer() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(4)).seed(5)
                .layer(DenseLayerSpec.of(5, Activation.IDENTITY, io.twinnet.core.spec.WeightInit.xavier()).withoutBias())
                .batchNorm().activation(Activation.RELU)
                .layer(OutputLayerSpec.of(1, Activation.IDENTITY, LossFunction.MSE, io.twinnet.core.spec.WeightInit.xavier())).build();
        MultiLayerNetwork net = Dl4jNetworks.build(spec);
        assertInstanceOf(ActivationLayer.class, net.getLayer(2).conf().getLayer());
        assertInstanceOf(ActivationReLU.class, ((ActivationLayer) net.getLayer(2).conf().getLayer()).getActivationFn());
        assertEquals(spec.parameterCount(), net.numParams());
        assertEquals(Network.initialise(spec).parameters().length, Dl4jParameterLayout.of(spec).parameterCount());
    }
}
