package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.SEEDS;
import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.coreVerdicts;
import static io.twinnet.experiments.catalog.SyntheticRecords.evalLoss;
import static io.twinnet.experiments.catalog.SyntheticRecords.replace;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.spread;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ActivationLayerSpec;
import io.twinnet.core.spec.BatchNormLayerSpec;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.experiments.catalog.LsuvAndBatchNorm.Point;
import io.twinnet.experiments.catalog.LsuvAndBatchNorm.Rescue;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TrialRunner;
import io.twinnet.experiments.lab.TwinNetwork;
import io.twinnet.experiments.lab.TwinNetworks;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LsuvAndBatchNormTest {
    private final DeclaredExperiment<Point> experiment = new DeclaredExperiment<>(new LsuvAndBatchNorm());
    private static final LsuvAndBatchNorm.Sizes TINY = new LsuvAndBatchNorm.Sizes(new int[] {12, 8}, 3, 2, 8, 1, 2, 1, 16,
            new double[] {LsuvAndBatchNorm.PRIMARY_LR});

    private static RunRecord run(Rescue rescue, long seed, double accuracy) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("rescue", rescue.label());
        p.put("lr", LsuvAndBatchNorm.PRIMARY_LR);
        return both(LsuvAndBatchNorm.ID, new Point(rescue, LsuvAndBatchNorm.PRIMARY_LR).id(), seed, p,
                scalars("finalEvalAccuracy", accuracy, "steps", 250), evalLoss(0.09, 0.05));
    }

    /** Accuracies per seed: He about 0.80, untouched U[-1,1] about 0.2, and the rescued nets as given (± 0.01 over seeds). */
    private static List<RunRecord> world(double lsuv, double batchNorm) {
        return world(lsuv, batchNorm, batchNorm);
    }

    private static List<RunRecord> world(double lsuv, double batchNorm, double batchNormBeforeRelu) {
        List<RunRecord> runs = new ArrayList<>();
        for (long seed : SEEDS) {
            double s = spread(seed);
            runs.add(run(Rescue.HE, seed, 0.80 + 0.01 * s));
            runs.add(run(Rescue.PLAIN, seed, 0.20 + 0.03 * s));
            runs.add(run(Rescue.LSUV, seed, lsuv + 0.01 * s));
            runs.add(run(Rescue.BATCH_NORM, seed, batchNorm + 0.01 * s));
            runs.add(run(Rescue.BATCH_NORM_BEFORE_RELU, seed, batchNormBeforeRelu + 0.01 * s));
        }
        return runs;
    }

    private Map<String, Verdict> core(List<RunRecord> runs) {
        return coreVerdicts(experiment, runs, Profile.QUICK);
    }

    @Test
    void aRescuedNetWithinTheMarginOfHeIsReproducedAndOneFarBelowIsNot() {
        Map<String, Verdict> v = core(world(0.78, 0.30));
        assertEquals(Verdict.REPRODUCED, v.get("lsuv-rescues-u1"), "0.02 below He");
        assertEquals(Verdict.NOT_REPRODUCED, v.get("batchnorm-rescues-u1"), "0.5 below He");
    }

    @Test
    void batchNormBeforeTheReluIsJudgedOnItsOwnRunsBesideTheAfterReluClaim() {
        Map<String, Verdict> v = core(world(0.30, 0.30, 0.79));
        assertEquals(Verdict.REPRODUCED, v.get("batchnorm-before-relu-rescues-u1"), "0.01 below He");
        assertEquals(Verdict.NOT_REPRODUCED, v.get("batchnorm-rescues-u1"), "the after-ReLU placement, 0.5 below He");
        assertEquals(Verdict.NOT_REPRODUCED, core(world(0.30, 0.79, 0.60)).get("batchnorm-before-relu-rescues-u1"), "0.2 below He");
    }

    @Test
    void aRescuedNetBetterThanHeStillTrainsLikeHe() {
        assertEquals(Verdict.REPRODUCED, core(world(0.90, 0.85)).get("batchnorm-rescues-u1"));
    }

    @Test
    void aGapThatStraddlesTheMarginIsInconclusive() {
        // LSUV's seeds 0.75 ± 0.05 around a He of 0.80 ± 0.01: the interval of the difference reaches both sides of -0.05
        List<RunRecord> runs = replace(world(0.78, 0.30), SEEDS.stream().map(seed -> run(Rescue.LSUV, seed, 0.75 + 0.05 * spread(seed))).toList());
        assertEquals(Verdict.INCONCLUSIVE, core(runs).get("lsuv-rescues-u1"));
    }

    @Test
    void withoutAHeControlThatLearnedNothingIsJudged() {
        List<RunRecord> runs = replace(world(0.40, 0.40), SEEDS.stream().map(seed -> run(Rescue.HE, seed, 0.42 + 0.01 * spread(seed))).toList());
        assertEquals(Verdict.INCONCLUSIVE, core(runs).get("lsuv-rescues-u1"));
        assertEquals(Verdict.INCONCLUSIVE, core(runs).get("batchnorm-rescues-u1"));
    }

    @Test
    void whenUntouchedUniformTrainsLikeHeThereIsNothingToRescue() {
        List<RunRecord> runs = replace(world(0.30, 0.30), SEEDS.stream().map(seed -> run(Rescue.PLAIN, seed, 0.76 + 0.01 * spread(seed))).toList());
        assertEquals(Verdict.INCONCLUSIVE, core(runs).get("lsuv-rescues-u1"), "a rescue needs a failure");
    }

    @Test
    void missingRunsAreInconclusive() {
        for (Verdict v : core(List.of()).values()) assertEquals(Verdict.INCONCLUSIVE, v);
    }

    @Test
    void quickGridIsTheFiveNetsAtTheClaimsRateAndTheFullOneAddsTheLiteralRate() {
        assertEquals(List.of("u1-lr0.32", "u1-lsuv-lr0.32", "u1-bn-lr0.32", "u1-bn-pre-lr0.32", "he-lr0.32"),
                experiment.configurations(Profile.QUICK, 1).stream().map(RunConfig::config).toList());
        assertTrue(experiment.configurations(Profile.FULL, 1).stream().map(RunConfig::config).toList().contains("u1-bn-lr0.01"));
    }

    @Test
    void batchNormFollowsEveryHiddenLayer() {
        List<LayerSpec> layers = LsuvAndBatchNorm.spec(new int[] {12, 8}, new Point(Rescue.BATCH_NORM, 0.32), 1).layers();
        assertEquals(5, layers.size());
        assertTrue(layers.get(1) instanceof BatchNormLayerSpec && layers.get(3) instanceof BatchNormLayerSpec, layers.toString());
    }

    @Test
    void batchNormBeforeTheReluNormalisesABiasFreeIdentityLayerAndThenAppliesTheRelu() {
        List<LayerSpec> layers = LsuvAndBatchNorm.spec(new int[] {12, 8}, new Point(Rescue.BATCH_NORM_BEFORE_RELU, 0.32), 1).layers();
        assertEquals(7, layers.size());
        for (int l : new int[] {0, 3}) {
            DenseLayerSpec dense = (DenseLayerSpec) layers.get(l);
            assertEquals(Activation.IDENTITY, dense.activation());
            assertFalse(dense.hasBias(), "batch norm's beta takes the bias's place");
            assertTrue(layers.get(l + 1) instanceof BatchNormLayerSpec, layers.toString());
            assertEquals(new ActivationLayerSpec(Activation.RELU), layers.get(l + 2));
        }
    }

    @Test
    void dl4jTrainsFromTheCoresLsuvParametersAndTheRecordSaysSo() {
        Point lsuv = new Point(Rescue.LSUV, LsuvAndBatchNorm.PRIMARY_LR);
        SyntheticMnistEnvironment env = new SyntheticMnistEnvironment(2);
        Trial trial = new LsuvAndBatchNorm().trial(lsuv, RunSeeds.of(1), env, TINY);
        TwinNetwork dl4j = TwinNetworks.initialise(Implementation.DL4J, trial.spec());
        trial.prepare(dl4j);
        double[] untouched = Network.initialise(trial.spec()).parameters();
        double[] loaded = dl4j.parameters();
        assertArrayEquals(loaded, prepared(trial, Implementation.CORE).parameters(), 0.0, "both sides start alike");
        double scale = loaded[0] / untouched[0];
        assertTrue(scale > 0 && scale < 1, "the core's draw, scaled down: " + scale);
        for (int i = 0; i < 784 * 12; i++) assertEquals(scale, loaded[i] / untouched[i], 1e-12, "one scale for the whole first layer, weight " + i);
        assertTrue(trial.data().contains("LSUV") && trial.data().contains("DL4J: shared parameters"), trial.data());

        RunRecord r = TrialRunner.run(new RunConfig(LsuvAndBatchNorm.ID, lsuv.id(), 1, Map.of()), RunSeeds.of(1), trial,
                EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) {
            assertEquals(RunStatus.FINISHED, r.side(impl).status(), impl + ": " + r.side(impl).failure());
            assertTrue(r.side(impl).scalar("lsuvWorstDeviation") < LsuvAndBatchNorm.LSUV.tolerance(), impl.label());
        }
        assertTrue(r.parity().maxRelDiff() < 1e-9, "exact parity from the shared LSUV parameters: " + r.parity());
    }

    @ParameterizedTest
    @EnumSource(value = Rescue.class, names = {"BATCH_NORM", "BATCH_NORM_BEFORE_RELU"})
    void batchNormRunsOnBothSidesWithExactParity(Rescue rescue) {
        Point bn = new Point(rescue, LsuvAndBatchNorm.PRIMARY_LR);
        Trial trial = new LsuvAndBatchNorm().trial(bn, RunSeeds.of(2), new SyntheticMnistEnvironment(2), TINY);
        RunRecord r = TrialRunner.run(new RunConfig(LsuvAndBatchNorm.ID, bn.id(), 2, Map.of()), RunSeeds.of(2), trial,
                EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) assertEquals(RunStatus.FINISHED, r.side(impl).status(), impl + ": " + r.side(impl).failure());
        assertTrue(r.parity().maxRelDiff() < 1e-9, rescue + ": exact parity with batch norm at minibatch " + TINY.batch() + ": " + r.parity());
    }

    private static TwinNetwork prepared(Trial trial, Implementation impl) {
        TwinNetwork net = TwinNetworks.initialise(impl, trial.spec());
        trial.prepare(net);
        return net;
    }
}
