package io.twinnet.dl4j.parity;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.nn.Network;
import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.dl4j.Dl4jNetwork;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Convolution, pooling and batch normalisation in exact parity with DL4J (double precision): the LeNet-like
 * network over 150 SGD steps at 1e-9 (forward, gradient, losses, every parameter including the batch-norm running
 * statistics), and batch norm's inference mode after training.
 */
class CnnParityTest {
    static final int STEPS = 150;

    @Test
    void leNetLikeNetworkTracksDl4jTo1e9Over150Steps() {
        ParityResult r = ParityEngine.run(ParityCases.named(ParityCases.LENET_LIKE), ParityOptions.of(Precision.DOUBLE, STEPS));
        ParityTables.print(ParityReport.of("double", STEPS, List.of(r)));
        assertEquals(STEPS, r.steps());
        assertEquals(-1, r.divergedAtStep());
        assertTrue(r.outputRelDiff() <= 1e-10 && r.activationRelDiff() <= 1e-10 && r.scoreRelDiff() <= 1e-10, r.toString());
        assertTrue(r.gradientRelDiff() <= 1e-10, "gradient " + r.gradientRelDiff());
        assertTrue(r.lossRelDiffMax() <= 1e-9, "loss " + r.lossRelDiffMax());
        assertTrue(r.parameterRelDiffMax() <= 1e-9, "parameters " + r.parameterRelDiffMax());
        assertTrue(r.finalCoreLoss() < 0.8 * r.initialLoss(), "the network learns: " + r.initialLoss() + " -> " + r.finalCoreLoss());
    }

    @Test
    void batchNormInferenceAfterTrainingMatchesDl4jOnRunningStatistics() {
        ParityCase c = ParityCases.named(ParityCases.LENET_LIKE);
        NetworkSpec spec = c.spec();
        Network core = Network.initialise(spec);
        Dl4jNetwork dl4j = Dl4jNetwork.withParameters(spec, core.parameters());
        Dataset data = c.data();
        MinibatchOrder order = c.order();
        for (int t = 0; t < 100; t++) {
            int[] idx = order.batch(t % order.size());
            double[] f = new double[idx.length * data.featureCount()];
            double[] l = new double[idx.length * data.labelCount()];
            data.gatherFeatures(idx, 0, idx.length, f);
            data.gatherLabels(idx, 0, idx.length, l);
            core.fit(f, l, idx.length);
            dl4j.fit(f, l, idx.length);
        }
        double[] coreParams = core.parameters();
        double[] dl4jParams = dl4j.parameters();
        int bn = 2;
        for (String name : new String[] {"mean", "var"}) {
            ParameterBlock b = core.layout().block(bn, name);
            double[] init = {name.equals("mean") ? 0 : 1};
            double rel = RelativeDifference.of(coreParams, b.offset(), dl4jParams, b.offset(), b.length());
            assertTrue(rel <= 1e-9, name + " " + rel);
            // the running statistics really moved away from their start (mean 0, variance 1)
            assertTrue(Math.abs(coreParams[b.offset()] - init[0]) > 1e-3, name + " did not move: " + coreParams[b.offset()]);
        }
        int n = data.size();
        double[] x = data.features();
        double inference = RelativeDifference.of(core.output(x, n), dl4j.output(x, n));
        double[][] coreActs = core.activations(x, n, false);
        double[][] dl4jActs = dl4j.activations(x, n, false);
        double bnOut = RelativeDifference.of(coreActs[bn + 1], dl4jActs[bn + 1]);
        System.out.printf("LeNet-like after 100 steps: inference output rel %.2e, batch-norm output rel %.2e%n", inference, bnOut);
        assertTrue(inference <= 1e-9 && bnOut <= 1e-9, inference + " / " + bnOut);
        // inference differs from training mode, so the running statistics are what is being compared
        assertTrue(RelativeDifference.of(coreActs[bn + 1], core.activations(x, n, true)[bn + 1]) > 1e-3);
    }
}
