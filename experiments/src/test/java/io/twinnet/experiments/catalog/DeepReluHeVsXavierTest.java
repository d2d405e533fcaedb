package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.SEEDS;
import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.evalLoss;
import static io.twinnet.experiments.catalog.SyntheticRecords.replace;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.spread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TrialRunner;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class DeepReluHeVsXavierTest {
    private final DeclaredExperiment<DeepReluHeVsXavier.Point> experiment = new DeclaredExperiment<>(new DeepReluHeVsXavier());

    /** A run of the quick profile's 20-layer net. */
    private static RunRecord run(String init, double lr, long seed, double accuracy, double lossFirst, double lossLast,
                                 double meanSquare) {
        return run(init, 20, lr, seed, accuracy, lossFirst, lossLast, meanSquare);
    }

    private static RunRecord run(String init, int depth, double lr, long seed, double accuracy, double lossFirst, double lossLast,
                                 double meanSquare) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("init", init);
        p.put("lr", lr);
        p.put("depth", depth);
        return both("deep-relu-he-vs-xavier", init + "-d" + depth + "-lr" + lr, seed, p,
                scalars("finalEvalAccuracy", accuracy, "initLastHiddenMeanSquare", meanSquare, "depth", depth, "steps", 100),
                evalLoss(lossFirst, lossLast));
    }

    /**
     * He at 20 layers trains, XAVIER's loss stays at ln 10 and its signal is 2^-19 of He's, five seeds
     * with a spread.
     */
    private static List<RunRecord> asHePredicts() {
        List<RunRecord> runs = new ArrayList<>();
        for (long seed : SEEDS) {
            double s = spread(seed);
            runs.add(run("he", 0.01, seed, 0.86 + 0.02 * s, 2.4, 0.5 + 0.05 * s, 0.1 * (1 + 0.2 * s)));
            runs.add(run("he", 0.02, seed, 0.55 + 0.05 * s, 2.4, 1.2 + 0.1 * s, 0.1 * (1 + 0.2 * s)));
            runs.add(run("xavier", 0.01, seed, 0.10 + 0.005 * s, 2.3026, 2.3020 + 0.0003 * s, 0.1 * Math.pow(2, -19) * (1 + 0.3 * s)));
            runs.add(run("xavier", 0.02, seed, 0.11 + 0.005 * s, 2.3026, 2.3015 + 0.0005 * s, 0.1 * Math.pow(2, -19) * (1 + 0.3 * s)));
        }
        return runs;
    }

    /** {@code runs} with the runs {@code make} gives for every seed (with its spread offset) in place of theirs. */
    private static List<RunRecord> replaced(List<RunRecord> runs, BiFunction<Long, Double, List<RunRecord>> make) {
        List<RunRecord> added = new ArrayList<>();
        for (long seed : SEEDS) added.addAll(make.apply(seed, spread(seed)));
        return replace(runs, added);
    }

    private Map<String, Verdict> core(List<RunRecord> runs) {
        Map<String, Verdict> out = new LinkedHashMap<>();
        for (ClaimResult r : experiment.evaluate(runs, Profile.QUICK)) out.put(r.id(), r.verdictOf(Implementation.CORE));
        return out;
    }

    @Test
    void heTrainingWhileXavierStaysFlatReproducesBothClaims() {
        Map<String, Verdict> v = core(asHePredicts());
        assertEquals(Verdict.REPRODUCED, v.get("he-trains-where-xavier-stalls"));
        assertEquals(Verdict.REPRODUCED, v.get("xavier-halves-signal-per-layer"));
    }

    @Test
    void xavierLearningAtAnyLearningRateMeansItDidNotStall() {
        List<RunRecord> runs = replaced(asHePredicts(), (seed, s) -> List.of(run("xavier", 0.02, seed, 0.6 + 0.03 * s, 2.3, 1.5 + 0.1 * s, 1e-7)));
        assertEquals(Verdict.NOT_REPRODUCED, core(runs).get("he-trains-where-xavier-stalls"));
    }

    @Test
    void heBelowEightyPercentDoesNotCountAsTraining() {
        List<RunRecord> runs = replaced(asHePredicts(), (seed, s) -> List.of(run("he", 0.01, seed, 0.45 + 0.05 * s, 2.4, 1.3, 0.1),
                run("he", 0.02, seed, 0.40 + 0.05 * s, 2.4, 1.4, 0.1)));
        assertEquals(Verdict.NOT_REPRODUCED, core(runs).get("he-trains-where-xavier-stalls"));
    }

    @Test
    void heAccuraciesThatStraddleEightyPercentAreInconclusive() {
        List<RunRecord> runs = replaced(asHePredicts(), (seed, s) -> List.of(run("he", 0.01, seed, 0.80 + 0.04 * s, 2.4, 0.7, 0.1)));
        assertEquals(Verdict.INCONCLUSIVE, core(runs).get("he-trains-where-xavier-stalls"));
    }

    @Test
    void aSignalRatioFarFromTwoToTheMinusDepthRefutesTheMechanism() {
        List<RunRecord> runs = replaced(asHePredicts(), (seed, s) -> List.of(
                run("xavier", 0.01, seed, 0.1, 2.3026, 2.3026, 0.1 * Math.pow(2, -10) * (1 + 0.3 * s)),
                run("xavier", 0.02, seed, 0.1, 2.3026, 2.3026, 0.1 * Math.pow(2, -10) * (1 + 0.3 * s))));
        assertEquals(Verdict.NOT_REPRODUCED, core(runs).get("xavier-halves-signal-per-layer"), "log2 ratio -10 against the theory -19");
    }

    @Test
    void aSignalRatioWhoseSeedsStraddleTheToleranceIsInconclusive() {
        // 2^-16 of He's signal, each seed's a factor 2^(±1.5) off: three halvings short of the theory, give or take
        List<RunRecord> runs = replaced(asHePredicts(), (seed, s) -> List.of(
                run("xavier", 0.01, seed, 0.1, 2.3026, 2.3026, 0.1 * Math.pow(2, -16 + 1.5 * s)),
                run("xavier", 0.02, seed, 0.1, 2.3026, 2.3026, 0.1 * Math.pow(2, -16 + 1.5 * s))));
        assertEquals(Verdict.INCONCLUSIVE, core(runs).get("xavier-halves-signal-per-layer"));
    }

    @Test
    void theClaimsJudgeTheDeepestNetOfTheGrid() {
        // full profile: at 10 layers XAVIER still learns (He et al. saw it converge at 22), at 40 it stalls and He trains
        List<RunRecord> runs = new ArrayList<>();
        for (long seed : SEEDS) {
            double s = spread(seed);
            for (double lr : new double[] {0.01, 0.03}) {
                runs.add(run("he", 10, lr, seed, 0.95 + 0.01 * s, 2.4, 0.2, 0.1 * (1 + 0.2 * s)));
                runs.add(run("xavier", 10, lr, seed, 0.93 + 0.01 * s, 2.3, 0.3, 0.1 * Math.pow(2, -9) * (1 + 0.3 * s)));
                runs.add(run("he", 40, lr, seed, 0.85 + 0.02 * s, 2.4, 0.6, 0.1 * (1 + 0.2 * s)));
                runs.add(run("xavier", 40, lr, seed, 0.10 + 0.005 * s, 2.3026, 2.3024, 0.1 * Math.pow(2, -39) * (1 + 0.3 * s)));
            }
        }
        Map<String, Verdict> v = new LinkedHashMap<>();
        for (ClaimResult r : experiment.evaluate(runs, Profile.FULL)) v.put(r.id(), r.verdictOf(Implementation.CORE));
        assertEquals(Verdict.REPRODUCED, v.get("he-trains-where-xavier-stalls"), "judged at 40 layers");
        assertEquals(Verdict.REPRODUCED, v.get("xavier-halves-signal-per-layer"), "2^-39 against the theory -(40 - 1)");
    }

    @Test
    void missingRunsAreInconclusive() {
        for (Verdict v : core(List.of()).values()) assertEquals(Verdict.INCONCLUSIVE, v);
    }

    @Test
    void gridIdsAreTheStoredConfigurationNames() {
        assertEquals(List.of("he-d20-lr0.01", "xavier-d20-lr0.01", "he-d20-lr0.02", "xavier-d20-lr0.02"),
                experiment.configurations(Profile.QUICK, 1).stream().map(RunConfig::config).toList());
    }

    @Test
    void smokeRunTrainsBothSidesAndMeasuresTheInitialSignal() {
        DeepReluHeVsXavier.Sizes tiny = new DeepReluHeVsXavier.Sizes(new int[] {4}, 8, 5, 2, 10, 1, 2, new double[] {0.01}, 1);
        DeepReluHeVsXavier.Point he = new DeepReluHeVsXavier.Point(InitChoice.HE, 0.01, 4);
        Trial trial = new DeepReluHeVsXavier().trial(he, RunSeeds.of(1), new SyntheticMnistEnvironment(10), tiny);
        RunRecord r = TrialRunner.run(new RunConfig("deep-relu-he-vs-xavier", he.id(), 1, Map.of()), RunSeeds.of(1), trial,
                EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            assertEquals(5, s.scalar("steps"), 1e-9);
            assertTrue(s.scalar("initLastHiddenMeanSquare") > 0, impl + ": no signal at the last hidden layer");
            assertEquals(4, s.scalar("depth"), 1e-9);
            for (io.twinnet.experiments.lab.OutcomeMetric o : new DeepReluHeVsXavier().outcomes()) {
                assertTrue(o.recordedBy(s) && Double.isFinite(o.value(s)), impl + ": declared outcome " + o.metric().name() + " not measured");
            }
        }
        assertTrue(r.parity().maxRelDiff() < 1e-9, "exact parity: " + r.parity());
    }
}
