package io.twinnet.dl4j;

import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Precision;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the layout against DL4J itself: its paramTable keys, shapes, and where a marked element lands in params(). */
class Dl4jParameterLayoutTest {
    private static NetworkSpec spec;
    private static MultiLayerNetwork net;
    private static Dl4jParameterLayout layout;

    @BeforeAll
    static void build() {
        spec = TestSpecs.mixed(Precision.DOUBLE);
        net = Dl4jNetworks.build(spec);
        layout = Dl4jParameterLayout.of(spec);
    }

    @Test
    void blocksMatchDl4jParamTableKeysAndShapesInOrder() {
        Map<String, INDArray> table = net.paramTable();
        assertEquals(table.keySet().stream().toList(), layout.blocks().stream().map(ParameterBlock::key).toList());
        for (ParameterBlock b : layout.blocks()) {
            long[] shape = table.get(b.key()).shape();
            // DL4J stores biases as [1, nOut] or [nOut] depending on the version: compare the element count and last axis
            if (b.shape().size() == 1) {
                assertEquals(b.length(), table.get(b.key()).length(), b.key());
            } else {
                assertArrayEquals(b.longShape(), shape, b.key());
            }
        }
        assertEquals(net.numParams(), layout.parameterCount());
        assertEquals(spec.parameterCount(), layout.parameterCount());
    }

    @Test
    void everyElementOfEveryBlockLandsWhereTheLayoutSaysInParams() {
        for (ParameterBlock b : layout.blocks()) {
            INDArray view = net.getParam(b.key());
            for (int k = 0; k < b.length(); k++) {
                double[] before = net.params().toDoubleVector();
                double marker = 1000 + k;
                if (b.shape().size() == 2) {
                    int cols = b.shape().get(1);
                    view.putScalar(new long[] {k / cols, k % cols}, marker);
                } else {
                    view.putScalar(k, marker);
                }
                double[] after = net.params().toDoubleVector();
                int expected = b.dl4jOffset() + b.dl4jPositionOf(k);
                assertEquals(marker, after[expected], b.key() + " element " + k);
                int changed = 0;
                for (int i = 0; i < after.length; i++) if (after[i] != before[i]) changed++;
                assertTrue(changed <= 1, b.key() + " element " + k + " changed " + changed + " positions");
            }
        }
    }

    @Test
    void denseWeightsAreColumnMajorInDl4jAndRowMajorInTheCore() {
        ParameterBlock w0 = layout.block(0, "W");
        assertEquals(Arrays.asList(5, 4), w0.shape());
        // element (i, j) = (2, 3): core position 2*4 + 3 = 11, DL4J position 3*5 + 2 = 17
        assertEquals(17, w0.dl4jPositionOf(11));
        assertEquals(0, w0.dl4jPositionOf(0));
        assertEquals(5, w0.dl4jPositionOf(1));
        assertEquals(1, w0.dl4jPositionOf(4));
    }
}
