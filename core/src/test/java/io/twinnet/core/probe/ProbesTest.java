package io.twinnet.core.probe;

import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProbesTest {
    static final double[] X = {1, 0.5, -0.3, 0.2, 0.9, -1, 0.1, 0.7, 0.4};
    static final double[] T = {1, 0, 0, 1, 1, 0};

    @Test
    void reluUnitsWithAVeryNegativeBiasAreAllDead() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(3))
                .layer(DenseLayerSpec.of(4, Activation.RELU, WeightInit.uniform(-0.1, 0.1)).withBiasInit(-10))
                .output(2, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier()).build();
        Network net = Network.initialise(spec);
        double[] w0 = net.parameters().clone();
        net.fit(X, T, 3);
        List<LayerProbe> probes = Probes.measure(net, X, 3, w0, 0.1, 3);
        assertEquals(2, probes.size());
        LayerProbe hidden = probes.get(0);
        assertEquals(1.0, hidden.deadFraction());
        assertEquals(0.0, hidden.activationMean());
        assertEquals(0.0, hidden.gradientNorm()); // no gradient flows through dead units
        assertEquals(0.0, hidden.relativeWeightChange());
        assertTrue(Double.isNaN(hidden.saturatedFraction()));
        LayerProbe out = probes.get(1);
        assertTrue(out.gradientNorm() == 0.0, "inputs to the output layer are all 0, so its W gets no gradient");
    }

    @Test
    void saturatedSigmoidLayerIsSeenAsSaturated() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(3))
                .layer(DenseLayerSpec.of(5, Activation.SIGMOID, WeightInit.constant(10)))
                .output(2, Activation.SIGMOID, LossFunction.MSE, WeightInit.xavier()).build();
        Network net = Network.initialise(spec);
        double[] w0 = net.parameters().clone();
        net.fit(X, T, 3);
        LayerProbe hidden = Probes.measure(net, X, 3, w0, 0.1, 3).get(0);
        // pre-activations 10·(row sum): 12, 11, 2 -> sigmoid 0.99999, 0.99998, 0.881: two of three examples saturated
        assertEquals(2.0 / 3, hidden.saturatedFraction(), 1e-15);
        assertTrue(hidden.relativeWeightChange() > 0 && hidden.relativeWeightChange() < 1e-2, "" + hidden.relativeWeightChange());
        assertTrue(hidden.updateRatio() > 0);
        assertEquals(0.0 / 0.0, hidden.deadFraction(), 0.0);
    }
}
