package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SigmoidVanishingTest {
    private final SigmoidVanishing experiment = new SigmoidVanishing();

    private static RunRecord init(String act, String init, double factor, double ratio, double worstToBound) {
        return both(SigmoidVanishing.ID, SigmoidVanishing.initConfig(act, init), 1, Map.of("kind", "init"),
                scalars("firstLayerFactor", factor, "firstLayerRatioDeepestToShallowest", ratio, "maxRatioToSpectralBound",
                        worstToBound, "medianSignalFactor", factor, "medianBoundFactor", 0.48, "signalRatiosChecked", 100),
                Map.of());
    }

    private static RunRecord train(String act, int depth, double lr, double accuracy) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", "train");
        p.put("activation", act);
        p.put("depth", depth);
        p.put("lr", lr);
        return both(SigmoidVanishing.ID, SigmoidVanishing.trainConfig(act, depth, lr), 1, p,
                scalars("finalEvalAccuracy", accuracy), Map.of());
    }

    /** Records as the theory predicts: sigmoid factor ≈ 0.24, bound respected, He factor ≈ 1, deep sigmoid stuck. */
    private static List<RunRecord> asTheoryPredicts() {
        List<RunRecord> runs = new ArrayList<>();
        for (String init : List.of("n0.01", "xavier", "lecun", "he")) runs.add(init("sigmoid", init, 0.24, 1e-5, 0.87));
        runs.add(init("relu", "he", 0.99, 0.9, 0.5));
        runs.add(init("relu", "xavier", 0.68, 0.05, 0.5));
        runs.add(train("sigmoid", 10, 0.03, 0.11));
        runs.add(train("sigmoid", 10, 0.3, 0.12));
        runs.add(train("relu", 10, 0.03, 0.86));
        runs.add(train("relu", 10, 0.3, 0.10));
        runs.add(train("sigmoid", 2, 0.3, 0.88));
        return runs;
    }

    private Map<String, Verdict> coreVerdicts(List<RunRecord> runs) {
        Map<String, Verdict> out = new LinkedHashMap<>();
        for (ClaimResult r : experiment.evaluate(runs, Profile.QUICK)) out.put(r.id(), r.verdictOf(Implementation.CORE));
        return out;
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
        runs.add(init("sigmoid", "lecun", 0.9, 0.4, 0.9));
        assertEquals(Verdict.NOT_REPRODUCED, coreVerdicts(runs).get("sigmoid-first-layer-gradient-shrinks"));
    }

    @Test
    void oneExampleAboveTheBoundRefutesIt() {
        List<RunRecord> runs = asTheoryPredicts();
        runs.add(init("sigmoid", "xavier", 0.24, 1e-5, 1.0001));
        assertEquals(Verdict.NOT_REPRODUCED, coreVerdicts(runs).get("sigmoid-bound-0.25-times-norm"));
    }

    @Test
    void reluWithXavierLikeShrinkageDoesNotCountAsKeeping() {
        List<RunRecord> runs = asTheoryPredicts();
        runs.removeIf(r -> r.config().config().equals("init-relu-he"));
        runs.add(init("relu", "he", 0.7, 0.06, 0.5));
        assertEquals(Verdict.NOT_REPRODUCED, coreVerdicts(runs).get("relu-he-keeps-first-layer-gradient"));
    }

    @Test
    void aDeepSigmoidNetThatTrainsAtSomeLearningRateRefutesTheTrainingClaim() {
        List<RunRecord> runs = asTheoryPredicts();
        runs.add(train("sigmoid", 10, 1.0, 0.7));
        assertEquals(Verdict.NOT_REPRODUCED, coreVerdicts(runs).get("deep-sigmoid-fails-where-relu-trains"));
    }

    @Test
    void missingRunsAreInconclusive() {
        Map<String, Verdict> v = coreVerdicts(List.of());
        for (Verdict verdict : v.values()) assertEquals(Verdict.INCONCLUSIVE, verdict);
    }

    @Test
    void slopeOfAnExactGeometricSequenceGivesItsRatio() {
        double[] x = {2, 3, 4, 5};
        double[] y = new double[4];
        for (int i = 0; i < 4; i++) y[i] = Math.log(7 * Math.pow(0.25, x[i]));
        assertEquals(0.25, Math.exp(SigmoidVanishing.slope(x, y)), 1e-12);
    }

    @Test
    void smokeRunMeasuresEveryDepthOnBothSidesWithinTheBound() {
        SigmoidVanishing.Setup tiny = new SigmoidVanishing.Setup(8, 2, 3, 20, 3, 5, 2, 10, 1, 5, new double[] {0.1}, 1);
        RunRecord r = experiment.run(new RunConfig(SigmoidVanishing.ID, SigmoidVanishing.initConfig("sigmoid", "xavier"), 1,
                Map.of("kind", "init", "activation", "sigmoid", "init", "xavier")), new SyntheticMnistEnvironment(10), tiny);
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            assertEquals(2, s.seriesOrNull("firstLayerGradientNorm").size());
            // sigmoid: max σ′ = 1/4, so no layer may pass back more than 0.25·‖W‖₂ of the signal
            assertTrue(s.scalar("maxRatioToSpectralBound") <= 1 + 1e-9, impl + " exceeded the bound");
            assertTrue(s.scalar("maxRatioToSpectralBound") > 0);
            assertEquals(3 * (2 + 3), s.scalar("signalRatiosChecked"), 1e-9); // 3 examples × (2 + 3) layer pairs over depths 2 and 3
        }
        RunRecord t = experiment.run(new RunConfig(SigmoidVanishing.ID, SigmoidVanishing.trainConfig("relu", 3, 0.1), 1,
                Map.of("kind", "train", "activation", "relu", "init", "he", "depth", 3, "lr", 0.1)), new SyntheticMnistEnvironment(10), tiny);
        for (Implementation impl : Implementation.values()) {
            assertEquals(RunStatus.FINISHED, t.side(impl).status(), impl + ": " + t.side(impl).failure());
            assertEquals(5, t.side(impl).scalar("steps"), 1e-9);
        }
        assertTrue(t.parity().maxRelDiff() < 1e-9, "exact parity: " + t.parity());
    }
}
