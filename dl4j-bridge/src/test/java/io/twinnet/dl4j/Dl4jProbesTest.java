package io.twinnet.dl4j;

import io.twinnet.core.nn.Network;
import io.twinnet.core.probe.LayerProbe;
import io.twinnet.core.probe.Probes;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.dl4j.parity.RelativeDifference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Dl4jProbesTest {

    /** Sigmoid (saturates), relu (can die) and softmax layers, after one step on shared parameters and data. */
    @Test
    void dl4jProbesEqualTheCoresAfterTheSameStep() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(5))
                .dense(6, Activation.SIGMOID, WeightInit.normal(0, 2))
                .dense(7, Activation.RELU, WeightInit.uniform(-0.4, 1))
                .output(3, Activation.SOFTMAX, LossFunction.MSE, WeightInit.xavier())
                .learningRate(0.1)
                .precision(Precision.DOUBLE)
                .build();
        Network core = Network.initialise(spec);
        double[] initial = core.parameters().clone();
        Dl4jNetwork dl4j = Dl4jNetwork.withParameters(spec, initial);
        double[] x = TestSpecs.randomVector(4 * 5, 21);
        for (int i = 0; i < x.length; i++) x[i] *= 3;
        double[] y = {1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0};
        core.fit(x, y, 4);
        dl4j.fit(x, y, 4);
        core.computeGradient(x, y, 4); // the probes read the gradient at the new parameters, on both sides
        dl4j.computeGradient(x, y, 4);
        double[] probe = TestSpecs.randomVector(10 * 5, 22);

        List<LayerProbe> expected = Probes.measure(core, probe, 10, initial, 0.1, 4);
        List<LayerProbe> actual = Dl4jProbes.measure(dl4j, probe, 10, initial, 0.1, 4);

        assertEquals(3, actual.size());
        for (int i = 0; i < 3; i++) {
            LayerProbe e = expected.get(i);
            LayerProbe a = actual.get(i);
            assertEquals(e.layer(), a.layer());
            assertEquals(e.activation(), a.activation());
            assertEquals(e.saturatedFraction(), a.saturatedFraction(), 0.0, "layer " + i);
            assertEquals(e.deadFraction(), a.deadFraction(), 0.0, "layer " + i);
            for (double[] pair : new double[][] {{e.activationMean(), a.activationMean()}, {e.activationStd(), a.activationStd()},
                    {e.gradientNorm(), a.gradientNorm()}, {e.updateRatio(), a.updateRatio()},
                    {e.relativeWeightChange(), a.relativeWeightChange()}}) {
                assertTrue(RelativeDifference.of(pair[0], pair[1]) < 1e-12, "layer " + i + ": " + e + " vs " + a);
            }
        }
        assertTrue(expected.get(0).saturatedFraction() > 0, "the sigmoid layer should saturate with N(0, 2^2) weights");
        assertTrue(expected.get(1).relativeWeightChange() > 0, "the relu layer should have learned: " + expected.get(1));
    }

    /** computeGradient gives the sum g over the minibatch, and fit from the same parameters moves them by lr·g/N. */
    @Test
    void fitMovesTheParametersByTheLearningRateTimesTheComputedGradientOverTheBatch() {
        NetworkSpec spec = TestSpecs.mixed(Precision.DOUBLE);
        double[] params = TestSpecs.randomVector(spec.parameterCount(), 5);
        double[] x = TestSpecs.randomVector(3 * 5, 6);
        double[] y = {1, 0, 0, 1, 1, 0};
        Dl4jNetwork a = Dl4jNetwork.withParameters(spec, params);
        a.computeGradient(x, y, 3);
        double[] expected = a.gradient();
        Dl4jNetwork b = Dl4jNetwork.withParameters(spec, params);
        b.fit(x, y, 3);
        double[] after = b.parameters();
        double maxErr = 0;
        for (int i = 0; i < params.length; i++) maxErr = Math.max(maxErr, Math.abs(params[i] - 0.05 * expected[i] / 3 - after[i]));
        assertTrue(maxErr < 1e-15, "update error " + maxErr);
    }
}
