package io.twinnet.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.spec.Window;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The core's unit-matrix kernels (seed 003's literal reading), which DL4J has no initialiser for, in a DL4J network. */
class UnitMatrixKernelsTest {

    private static NetworkSpec net() {
        return NetworkSpec.builder(Shape.image(1, 6, 6)).seed(3)
                .conv(2, Window.square(3, 1, 0), Activation.SIGMOID, WeightInit.of(InitScheme.UNIT_MATRIX))
                .output(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier()).build();
    }

    @Test
    void dl4jRefusesToDrawThemAndNamesTheWayOut() {
        assertFalse(Dl4jWeightInits.translates(net()));
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> Dl4jNetworks.build(net()));
        assertTrue(e.getMessage().contains("core's draw"), e.getMessage());
    }

    @Test
    void dl4jsOwnKernelTensorHoldsAnIdentityMatrixInEveryChannel() {
        INDArray w = Dl4jNetwork.initialise(net()).network().getParam("0_W"); // [nOut, nIn, kH, kW]
        assertEquals(4, w.rank());
        for (int o = 0; o < 2; o++) {
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 3; x++) assertEquals(y == x ? 1.0 : 0.0, w.getDouble(o, 0, y, x), "kernel " + o + " at (" + y + ", " + x + ")");
            }
        }
    }

    @Test
    void bothSidesComputeTheSameOutputFromTheseKernels() {
        double[] image = new Random(5).doubles(2 * 36).toArray();
        double[] core = Network.initialise(net()).output(image, 2);
        double[] dl4j = Dl4jNetwork.initialise(net()).output(image, 2);
        for (int i = 0; i < core.length; i++) assertEquals(core[i], dl4j[i], 1e-12, "output " + i);
    }
}
