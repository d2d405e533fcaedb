package io.twinnet.experiments.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.BatchNormLayerSpec;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.dl4j.parity.ParityCase;
import io.twinnet.dl4j.parity.ParityEngine;
import io.twinnet.dl4j.parity.ParityOptions;
import io.twinnet.dl4j.parity.ParityReport;
import io.twinnet.dl4j.parity.ParityResult;
import io.twinnet.experiments.app.cli.TinyBlobsExperiment;
import io.twinnet.experiments.catalog.Catalog;
import io.twinnet.experiments.data.RealMnist;
import io.twinnet.experiments.lab.DefaultRunEnvironment;
import io.twinnet.experiments.lab.Profile;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogParityCasesTest {

    @Test
    void aDeclaredExperimentsNetworksBecomeSmallParityCasesWithoutAnEditAnywhere() {
        List<ParityCase> cases = CatalogParityCases.of(List.of(TinyBlobsExperiment.declared()), new DefaultRunEnvironment(Profile.QUICK));
        assertEquals(List.of("tiny-blobs/tanh-lr0.1", "tiny-blobs/tanh-lr0.3"), cases.stream().map(ParityCase::name).toList());
        ParityCase c = cases.get(1);
        assertEquals(Shape.vector(6), c.spec().input());
        assertEquals(0.3, c.spec().learningRate().valueAt(0));
        assertEquals(Precision.DOUBLE, c.spec().precision());
        assertEquals(List.of(DenseLayerSpec.of(8, Activation.TANH, WeightInit.xavier()),
                OutputLayerSpec.of(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())), c.spec().layers());
    }

    @Test
    void theCatalogsNetworksInSmallAgreeWithDl4jInDoublePrecision() {
        RealMnist.directory();
        List<ParityCase> cases = CatalogParityCases.of(Catalog.all(), new DefaultRunEnvironment(Profile.QUICK));
        Map<String, ParityCase> byName = cases.stream().collect(Collectors.toMap(ParityCase::name, Function.identity()));
        for (String expected : List.of("relu-init-range/relu-u1-lr0.01", "sigmoid-vanishing/train-sigmoid-d10-lr0.1",
                "variance-propagation/tanh-n0.01", "dying-relu-lr/plain-half-sum-std0.01-lr0.08", "deep-relu-he-vs-xavier/he-d20-lr0.01",
                "lsuv-and-batchnorm/u1-bn-lr0.32")) {
            assertTrue(byName.containsKey(expected), expected + " among " + byName.keySet());
        }
        assertEquals(1, byName.get("dying-relu-lr/plain-half-sum-std0.01-lr0.08").order().batch(0).length, "trained at minibatch one, as the experiment");
        assertEquals(List.of("dense", "batchnorm", "dense", "batchnorm", "output"),
                byName.get("lsuv-and-batchnorm/u1-bn-lr0.32").spec().layers().stream().map(LayerSpec::type).toList(), "batch norm kept in small");

        ParityReport report = ParityEngine.runAll(cases, ParityOptions.of(Precision.DOUBLE, 20), null);
        for (ParityResult r : report.results()) {
            assertTrue(r.outputRelDiff() <= 1e-10 && r.scoreRelDiff() <= 1e-10, r.caseName() + " forward " + r.outputRelDiff());
            if (everyWeightConstant(byName.get(r.caseName()))) continue;
            assertTrue(r.gradientRelDiff() <= 1e-10, r.caseName() + " gradient " + r.gradientRelDiff());
            if (bothDiverged(r)) continue;
            assertTrue(r.maxRelDiff() <= 1e-9, r.caseName() + " trajectory " + r.maxRelDiff());
        }
    }

    @Test
    void aBatchNormLayerStaysWhereItStandsAndOneAfterADroppedLayerGoes() {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(20)).learningRate(0.1).seed(3);
        for (int l = 0; l < 4; l++) b.layer(DenseLayerSpec.of(30, Activation.RELU, WeightInit.relu())).layer(new BatchNormLayerSpec(0.8, 1e-3, 1.5, 0.2));
        NetworkSpec small = CatalogParityCases.small(b.output(10, Activation.SOFTMAX, LossFunction.MSE, WeightInit.relu()).build()).orElseThrow().build();
        assertEquals(List.of("dense", "batchnorm", "dense", "batchnorm", "dense", "batchnorm", "output"),
                small.layers().stream().map(LayerSpec::type).toList(), "three hidden layers, each with its batch norm");
        assertEquals(new BatchNormLayerSpec(0.8, 1e-3, 1.5, 0.2), small.layers().get(1));
    }

    /**
     * Both sides ended non-finite (e.g. scale-argument's cells above the stable learning rate): the last compared step
     * holds ±∞ or NaN on both, whose relative difference means nothing; the forward pass and the gradient at the shared
     * initial parameters are still checked. A case where only one side diverged still fails on its trajectory.
     */
    private static boolean bothDiverged(ParityResult r) {
        return r.divergedAtStep() >= 0 && !Double.isFinite(r.finalCoreLoss()) && !Double.isFinite(r.finalDl4jLoss());
    }

    /**
     * Constant (or zero) weights everywhere: every hidden delta is Σ_k (p_k − t_k)·w = w·(Σp − Σt) = 0 under softmax,
     * so the hidden gradients are rounding noise on both sides and their relative difference compares noise with noise.
     */
    private static boolean everyWeightConstant(ParityCase c) {
        for (LayerSpec l : c.spec().layers()) {
            WeightInit w = l instanceof DenseLayerSpec d ? d.weightInit() : l instanceof OutputLayerSpec o ? o.weightInit() : null;
            if (w != null && w.scheme() != InitScheme.CONSTANT && w.scheme() != InitScheme.ZERO) return false;
        }
        return true;
    }
}
