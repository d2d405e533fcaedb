package io.twinnet.experiments.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.train.TrainableNetwork;
import org.junit.jupiter.api.Test;

class TwinNetworkTest {
    private static final NetworkSpec SPEC = NetworkSpec.builder(Shape.vector(3)).dense(4, Activation.TANH, WeightInit.xavier())
            .output(2, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier()).learningRate(0.1).seed(5).build();

    @Test
    void aTaggedNetworkNamesItsImplementationAndComputesExactlyAsTheNetworkItWraps() {
        TrainableNetwork plain = Network.initialise(SPEC).trainable();
        TwinNetwork twin = TwinNetwork.of(Implementation.CORE, Network.initialise(SPEC).trainable());
        assertEquals(Implementation.CORE, twin.implementation());
        assertEquals(SPEC, twin.spec());
        double[] x = {0.1, -0.2, 0.3, 0.5, 0.4, -0.1};
        double[] y = {1, 0, 0, 1};
        assertEquals(plain.fit(x, y, 2), twin.fit(x, y, 2));
        assertArrayEquals(plain.parameters(), twin.parameters());
        assertArrayEquals(plain.output(x, 2), twin.output(x, 2));
        assertTrue(twin.toString().startsWith("core "), twin.toString());
    }

    @Test
    void anExceptionOfTheWrappedNetworkReachesTheCallerUnchanged() {
        TwinNetwork twin = TwinNetwork.of(Implementation.CORE, Network.initialise(SPEC).trainable());
        TrainableNetwork plain = Network.initialise(SPEC).trainable();
        RuntimeException direct = assertThrows(RuntimeException.class, () -> plain.setParameters(new double[3]));
        RuntimeException tagged = assertThrows(RuntimeException.class, () -> twin.setParameters(new double[3]));
        assertEquals(direct.getClass(), tagged.getClass());
        assertEquals(direct.getMessage(), tagged.getMessage());
    }
}
