package io.twinnet.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ActivationLayerSpec;
import io.twinnet.core.spec.PoolingType;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.SubsamplingLayerSpec;
import io.twinnet.core.spec.Window;
import org.junit.jupiter.api.Test;

class ParameterFreeLayerTest {

    @Test
    void poolingKeepsItsPositionAndShapesAndOwnsNoParameters() {
        SubsamplingLayer pool = new SubsamplingLayer(Arithmetic.DOUBLE, 2, Shape.image(3, 6, 6),
                new SubsamplingLayerSpec(PoolingType.MAX, Window.square(2, 2, 0)));
        assertEquals(2, pool.index());
        assertEquals(Shape.image(3, 6, 6), pool.inputShape());
        assertEquals(Shape.image(3, 3, 3), pool.outputShape(), "a 2 × 2 window with stride 2 halves each side");
        assertTrue(pool.parameterBlocks().isEmpty());
    }

    @Test
    void anActivationLayerKeepsItsInputShapeAndOwnsNoParameters() {
        ActivationLayer relu = new ActivationLayer(Arithmetic.DOUBLE, 1, Shape.vector(7), new ActivationLayerSpec(Activation.RELU));
        assertEquals(1, relu.index());
        assertEquals(Shape.vector(7), relu.inputShape());
        assertEquals(Shape.vector(7), relu.outputShape());
        assertTrue(relu.parameterBlocks().isEmpty());
        double[] out = new double[7];
        relu.forward(new double[] {-2, -1, 0, 1, 2, 3, -3}, out, 1, true);
        assertEquals(3.0, out[5]);
        assertEquals(0.0, out[0]);
    }
}
