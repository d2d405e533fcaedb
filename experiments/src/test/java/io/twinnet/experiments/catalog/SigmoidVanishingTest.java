package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.SEEDS;
import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.everySeed;
import static io.twinnet.experiments.catalog.SyntheticRecords.replace;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static io.twinnet.experiments.catalog.SyntheticRecords.spread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.spec.ActivationKind;
import io.twinnet.experiments.catalog.SigmoidVanishing.AtInit;
import io.twinnet.experiments.catalog.SigmoidVanishing.Training;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.TrialRunner;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SigmoidVanishingTest {
    private static final String ID = "sigmoid-vanishing";
    private static final ActivationKind SIGMOID = ActivationKind.SIGMOID;
    private static final ActivationKind RELU = ActivationKind.RELU;
    private final DeclaredExperiment<SigmoidVanishing.Point> experiment = new DeclaredExperiment<>(new SigmoidVanishing());

    private static RunRecord init(ActivationKind act, InitChoice init, long seed, double factor, double ratio, double worstToBound) {
        return both(ID, new AtInit(act, init).id(), seed, side(scalars("firstLayerFactor", factor, "firstLayerRatioDeepestToShallowest", ratio,
                "maxRatioToSpectralBound", worstToBound, "medianSignalFactor", factor, "medianBoundFactor", 0.48, "signalRatiosChecked", 100),
                Map.of()));
    }

    private static RunRecord train(ActivationKind act, int depth, double lr, long seed, double accuracy) {
        Training t = new Training(act, act == RELU ? InitChoice.HE : InitChoice.XAVIER, depth, lr);
        return both(ID, t.id(), seed, side(scalars("finalEvalAccuracy", accuracy), Map.of()));
    }

    /**
     * Records as the theory predicts, five seeds with a spread: sigmoid factor ≈ 0.24, bound respected,
     * He factor ≈ 1, deep sigmoid stuck.
     */
    private static List<RunRecord> asTheoryPredicts() {
        List<RunRecord> runs = new ArrayList<>();
        for (long seed : SEEDS) {
            double s = spread(seed);
            for (InitChoice init : List.of(InitChoice.N0_01, InitChoice.XAVIER, InitChoice.LECUN, InitChoice.HE)) {
                runs.add(init(SIGMOID, init, seed, 0.24 * (1 + 0.05 * s), 1e-5 * (1 + 0.3 * s), 0.87 * (1 + 0.05 * s)));
            }
            runs.add(init(RELU, InitChoice.HE, seed, 0.99 * (1 + 0.05 * s), 0.9 * (1 + 0.1 * s), 0.5));
            runs.add(init(RELU, InitChoice.XAVIER, seed, 0.68 * (1 + 0.05 * s), 0.05 * (1 + 0.3 * s), 0.5));
            runs.add(train(SIGMOID, 10, 0.03, seed, 0.11 + 0.01 * s));
            runs.add(train(SIGMOID, 10, 0.3, seed, 0.12 + 0.01 * s));
            runs.add(train(RELU, 10, 0.03, seed, 0.86 + 0.02 * s));
            runs.add(train(RELU, 10, 0.3, seed, 0.10 + 0.01 * s));
            runs.add(train(SIGMOID, 2, 0.3, seed, 0.88 + 0.02 * s));
        }
        return runs;
    }
    private Map<String, Verdict> coreVerdicts(List<RunRecord> runs) {
        Map<String, Verdict> out = new LinkedHashMap<>();
        for (ClaimResult r : experiment.evaluate(runs, Profile.QUICK)) out.put(r.id(), r.verdictOf(Implementation.CORE));
        return out;
    }

    @Test
    void gridKeepsTheStoredConfigurationIds() {
        List<String> ids = experiment.configurations(Profile.QUICK, 1).stream().map(RunConfig::config).toList();
        assertEquals(3 * 4 + 3 * 3, ids.size());
        assertEquals("init-sigmoid-n0.01", ids.get(0));
        assertEquals("init-relu-he", ids.get(11));
        assertEquals(List.of("train-sigmoid-d10-lr0.03", "train-relu-d10-lr0.03", "train-sigmoid-d2-lr0.03"), ids.subList(12, 15));
        assertEquals(3 * (12 + 3 * 5), experiment.configurations(Profile.FULL, 0).size());
    }

    @Test
    void recordsThatFollowTheTheoryReproduceEveryClaim() {
        Map<String, Verdict> v = coreVerdicts(asTheoryPredicts());
        assertEquals(Verdict.REPRODUCED, v.get("sigmoid-first-layer-gradient-shrinks"));
        assertEquals(Verdict.REPRODUCED, v.get("sigmoid-bound-0.25-times-norm"));
        assertEquals(Verdict.REPRODUCED, v.get("relu-he-keeps-first-layer-gradient"));
        assertEquals(Verdict.REPRODUCED, v.get("deep-sigmoid-fails-where-relu-trains"));
    }

    @Test
    void aSigmoidGradientThatDoesNotShrinkEnoughIsNotReproduced() {
        List<RunRecord> runs = replace(asTheoryPredicts(), everySeed((seed, s) -> init(SIGMOID, InitChoice.LECUN, seed, 0.9 + 0.03 * s, 0.4, 0.9)));
        assertEquals(Verdict.NOT_REPRODUCED, coreVerdicts(runs).get("sigmoid-first-layer-gradient-shrinks"));
    }

    @Test
    void oneExampleAboveTheBoundRefutesIt() {
        List<RunRecord> runs = replace(asTheoryPredicts(), List.of(init(SIGMOID, InitChoice.XAVIER, 3, 0.24, 1e-5, 1.0001)));
        assertEquals(Verdict.NOT_REPRODUCED, coreVerdicts(runs).get("sigmoid-bound-0.25-times-norm"), "one seed of five: a bound has no interval");
    }

    @Test
    void reluWithXavierLikeShrinkageDoesNotCountAsKeeping() {
        List<RunRecord> runs = replace(asTheoryPredicts(), everySeed((seed, s) -> init(RELU, InitChoice.HE, seed, 0.7 * (1 + 0.05 * s), 0.06, 0.5)));
        assertEquals(Verdict.NOT_REPRODUCED, coreVerdicts(runs).get("relu-he-keeps-first-layer-gradient"));
    }

    @Test
    void aHeFactorWhoseSeedsStraddleTheToleranceIsInconclusive() {
        List<RunRecord> runs = replace(asTheoryPredicts(), everySeed((seed, s) -> init(RELU, InitChoice.HE, seed, 1.25 + 0.06 * s, 5, 0.5)));
        assertEquals(Verdict.INCONCLUSIVE, coreVerdicts(runs).get("relu-he-keeps-first-layer-gradient"));
    }

    @Test
    void aDeepSigmoidNetThatTrainsAtSomeLearningRateRefutesTheTrainingClaim() {
        // a rate of the quick grid: records off the grid are not judged
        List<RunRecord> runs = replace(asTheoryPredicts(), everySeed((seed, s) -> train(SIGMOID, 10, 0.1, seed, 0.7 + 0.03 * s)));
        assertEquals(Verdict.NOT_REPRODUCED, coreVerdicts(runs).get("deep-sigmoid-fails-where-relu-trains"));
    }

    @Test
    void aDeepSigmoidNetThatTrainsForSomeSeedsOnlyLeavesTheTrainingClaimUndecided() {
        List<RunRecord> runs = replace(asTheoryPredicts(), everySeed((seed, s) -> train(SIGMOID, 10, 0.1, seed, 0.5 + 0.3 * s)));
        assertEquals(Verdict.INCONCLUSIVE, coreVerdicts(runs).get("deep-sigmoid-fails-where-relu-trains"));
    }

    @Test
    void aDivergedDeepReluRunCountsAsChance() {
        SideRecord diverged = new SideRecord(RunStatus.DIVERGED, 3, null, Map.of("finalEvalAccuracy", Double.NaN), Map.of(), 0.1);
        List<RunRecord> runs = replace(asTheoryPredicts(),
                everySeed((seed, s) -> both(ID, new Training(RELU, InitChoice.HE, 10, 0.03).id(), seed, diverged)));
        assertEquals(Verdict.NOT_REPRODUCED, coreVerdicts(runs).get("deep-sigmoid-fails-where-relu-trains"));
    }

    @Test
    void missingRunsAreInconclusive() {
        Map<String, Verdict> v = coreVerdicts(List.of());
        assertEquals(4, v.size());
        for (Verdict verdict : v.values()) assertEquals(Verdict.INCONCLUSIVE, verdict);
    }

    @Test
    void slopeOfAnExactGeometricSequenceGivesItsRatio() {
        double[] x = {2, 3, 4, 5};
        double[] y = new double[4];
        for (int i = 0; i < 4; i++) y[i] = Math.log(7 * Math.pow(0.25, x[i]));
        assertEquals(0.25, Math.exp(BackpropSignalProbe.slope(x, y)), 1e-12);
    }

    @Test
    void eachDepthDrawsItsOwnWeightsFromOneSeedRule() {
        assertEquals(102, SigmoidVanishing.depthSeed(RunSeeds.of(1), 2));
        assertEquals(310, SigmoidVanishing.depthSeed(RunSeeds.of(3), 10));
    }

    @Test
    void smokeRunMeasuresEveryDepthOnBothSidesWithinTheBound() {
        SigmoidVanishing.Sizes tiny = new SigmoidVanishing.Sizes(8, 2, 3, 20, 3, 5, 2, 10, 1, 5, new double[] {0.1}, 1);
        SigmoidVanishing declaration = new SigmoidVanishing();
        AtInit point = new AtInit(SIGMOID, InitChoice.XAVIER);
        RunConfig config = new RunConfig(ID, point.id(), 1, Map.of());
        RunRecord r = TrialRunner.run(config, RunSeeds.of(1), declaration.trial(point, RunSeeds.of(1), new SyntheticMnistEnvironment(10), tiny),
                EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            assertEquals(2, s.seriesOrNull("firstLayerGradientNorm").size());
            assertEquals(3, s.seriesOrNull("deepestSignalFactor").size());
            assertEquals(4, s.seriesOrNull("deepestWeightGradientNorm").size());
            // sigmoid: max σ′ = 1/4, so no layer may pass back more than 0.25·‖W‖₂ of the signal
            assertTrue(s.scalar("maxRatioToSpectralBound") <= 1 + 1e-9, impl + " exceeded the bound");
            assertTrue(s.scalar("maxRatioToSpectralBound") > 0);
            assertEquals(3 * (2 + 3), s.scalar("signalRatiosChecked"), 1e-9); // 3 examples × (2 + 3) layer pairs over depths 2 and 3
        }
        assertTrue(r.spec().contains("sigmoid-vanishing-d3"), r.spec());
        Training deep = new Training(RELU, InitChoice.HE, 3, 0.1);
        RunRecord t = TrialRunner.run(new RunConfig(ID, deep.id(), 1, Map.of()), RunSeeds.of(1),
                declaration.trial(deep, RunSeeds.of(1), new SyntheticMnistEnvironment(10), tiny), EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) {
            assertEquals(RunStatus.FINISHED, t.side(impl).status(), impl + ": " + t.side(impl).failure());
            assertEquals(5, t.side(impl).scalar("steps"), 1e-9);
        }
        assertTrue(t.parity().maxRelDiff() < 1e-9, "exact parity: " + t.parity());
    }
}
