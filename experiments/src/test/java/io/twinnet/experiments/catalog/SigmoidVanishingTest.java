package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
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

    private static RunRecord init(ActivationKind act, InitChoice init, double factor, double ratio, double worstToBound) {
        return both(ID, new AtInit(act, init).id(), 1, side(scalars("firstLayerFactor", factor, "firstLayerRatioDeepestToShallowest", ratio,
                "maxRatioToSpectralBound", worstToBound, "medianSignalFactor", factor, "medianBoundFactor", 0.48, "signalRatiosChecked", 100),
                Map.of()));
    }

    private static RunRecord train(ActivationKind act, int depth, double lr, double accuracy) {
        Training t = new Training(act, act == RELU ? InitChoice.HE : InitChoice.XAVIER, depth, lr);
        return both(ID, t.id(), 1, side(scalars("finalEvalAccuracy", accuracy), Map.of()));
    }

    /** Records as the theory predicts: sigmoid factor ≈ 0.24, bound respected, He factor ≈ 1, deep sigmoid stuck. */
    private static List<RunRecord> asTheoryPredicts() {
        List<RunRecord> runs = new ArrayList<>();
        for (InitChoice init : List.of(InitChoice.N0_01, InitChoice.XAVIER, InitChoice.LECUN, InitChoice.HE)) runs.add(init(SIGMOID, init, 0.24, 1e-5, 0.87));
        runs.add(init(RELU, InitChoice.HE, 0.99, 0.9, 0.5));
        runs.add(init(RELU, InitChoice.XAVIER, 0.68, 0.05, 0.5));
        runs.add(train(SIGMOID, 10, 0.03, 0.11));
        runs.add(train(SIGMOID, 10, 0.3, 0.12));
        runs.add(train(RELU, 10, 0.03, 0.86));
        runs.add(train(RELU, 10, 0.3, 0.10));
        runs.add(train(SIGMOID, 2, 0.3, 0.88));
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
        List<RunRecord> runs = asTheoryPredicts();
        runs.removeIf(r -> r.config().config().equals("init-sigmoid-lecun"));
        runs.add(init(SIGMOID, InitChoice.LECUN, 0.9, 0.4, 0.9));
        assertEquals(Verdict.NOT_REPRODUCED, coreVerdicts(runs).get("sigmoid-first-layer-gradient-shrinks"));
    }

    @Test
    void oneExampleAboveTheBoundRefutesIt() {
        List<RunRecord> runs = asTheoryPredicts();
        runs.add(init(SIGMOID, InitChoice.XAVIER, 0.24, 1e-5, 1.0001));
        assertEquals(Verdict.NOT_REPRODUCED, coreVerdicts(runs).get("sigmoid-bound-0.25-times-norm"));
    }

    @Test
    void reluWithXavierLikeShrinkageDoesNotCountAsKeeping() {
        List<RunRecord> runs = asTheoryPredicts();
        runs.removeIf(r -> r.config().config().equals("init-relu-he"));
        runs.add(init(RELU, InitChoice.HE, 0.7, 0.06, 0.5));
        assertEquals(Verdict.NOT_REPRODUCED, coreVerdicts(runs).get("relu-he-keeps-first-layer-gradient"));
    }

    @Test
    void aDeepSigmoidNetThatTrainsAtSomeLearningRateRefutesTheTrainingClaim() {
        List<RunRecord> runs = asTheoryPredicts();
        runs.add(train(SIGMOID, 10, 0.1, 0.7)); // a rate of the quick grid: records off the grid are not judged
        assertEquals(Verdict.NOT_REPRODUCED, coreVerdicts(runs).get("deep-sigmoid-fails-where-relu-trains"));
    }

    @Test
    void aDivergedDeepReluRunCountsAsChance() {
        List<RunRecord> runs = asTheoryPredicts();
        runs.removeIf(r -> r.config().config().equals("train-relu-d10-lr0.03"));
        SideRecord diverged = new SideRecord(RunStatus.DIVERGED, 3, null, Map.of("finalEvalAccuracy", Double.NaN), Map.of(), 0.1);
        runs.add(both(ID, new Training(RELU, InitChoice.HE, 10, 0.03).id(), 1, diverged));
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
