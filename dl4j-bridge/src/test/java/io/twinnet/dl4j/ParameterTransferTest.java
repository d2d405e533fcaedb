package io.twinnet.dl4j;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParameterTransferTest {

    @Test
    void coreVectorLoadedIntoDl4jReadsBackBitForBit() {
        NetworkSpec spec = TestSpecs.mixed(Precision.DOUBLE);
        MultiLayerNetwork net = Dl4jNetworks.build(spec);
        ParameterTransfer transfer = ParameterTransfer.forSpec(spec);
        double[] core = TestSpecs.randomVector(spec.parameterCount(), 3);
        core[0] = Double.MIN_VALUE;
        core[1] = -0.0;
        core[2] = Math.nextUp(1.0);
        transfer.load(net, core);
        double[] back = transfer.read(net);
        for (int i = 0; i < core.length; i++) {
            assertEquals(Double.doubleToRawLongBits(core[i]), Double.doubleToRawLongBits(back[i]), "parameter " + i);
        }
    }

    @Test
    void dl4jParametersReadIntoTheCoreLayoutAndLoadedBackAreUnchanged() {
        NetworkSpec spec = TestSpecs.mixed(Precision.DOUBLE);
        MultiLayerNetwork net = Dl4jNetworks.build(spec);
        ParameterTransfer transfer = ParameterTransfer.forSpec(spec);
        double[] dl4jOwn = net.params().toDoubleVector();
        transfer.load(net, transfer.read(net));
        assertArrayEquals(dl4jOwn, net.params().toDoubleVector(), 0.0);
    }

    @Test
    void layoutReorderingsAreInversesOfEachOther() {
        Dl4jParameterLayout layout = Dl4jParameterLayout.of(TestSpecs.mixed(Precision.DOUBLE));
        double[] v = TestSpecs.randomVector(layout.parameterCount(), 9);
        assertArrayEquals(v, layout.toCoreOrder(layout.toDl4jOrder(v)), 0.0);
        assertArrayEquals(v, layout.toDl4jOrder(layout.toCoreOrder(v)), 0.0);
    }

    @Test
    void floatNetworkHoldsEachLoadedValueRoundedToFloat() {
        NetworkSpec spec = TestSpecs.mixed(Precision.FLOAT);
        MultiLayerNetwork net = Dl4jNetworks.build(spec);
        ParameterTransfer transfer = ParameterTransfer.forSpec(spec);
        double[] core = TestSpecs.randomVector(spec.parameterCount(), 4);
        transfer.load(net, core);
        double[] back = transfer.read(net);
        for (int i = 0; i < core.length; i++) assertEquals((double) (float) core[i], back[i], 0.0, "parameter " + i);
    }

    /**
     * The transfer's meaning, checked by hand: an identity output layer computes y_j = Σ_i x_i·W[i][j] + b_j
     * with W[i][j] at core position i·nOut + j.
     */
    @Test
    void transferredWeightsGiveTheHandComputedAffineMap() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(3))
                .layer(OutputLayerSpec.of(2, Activation.IDENTITY, LossFunction.MSE, WeightInit.zero()))
                .build();
        double[] core = {1, 2, 3, 4, 5, 6, 0.5, -0.5}; // W = [[1,2],[3,4],[5,6]], b = [0.5, -0.5]
        Dl4jNetwork net = Dl4jNetwork.withParameters(spec, core);
        double[] y = net.output(new double[] {1, 10, 100}, 1);
        assertArrayEquals(new double[] {1 + 30 + 500 + 0.5, 2 + 40 + 600 - 0.5}, y, 0.0);
    }

    @Test
    void loadingAVectorOfTheWrongLengthNamesTheProblem() {
        NetworkSpec spec = TestSpecs.mixed(Precision.DOUBLE);
        MultiLayerNetwork net = Dl4jNetworks.build(spec);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParameterTransfer.forSpec(spec).load(net, new double[3]));
        assertEquals("core vector: expected " + spec.parameterCount() + " values, got 3", e.getMessage());
    }
}
