package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.everySeed;
import static io.twinnet.experiments.catalog.SyntheticRecords.SEEDS;
import static io.twinnet.experiments.catalog.SyntheticRecords.of;
import static io.twinnet.experiments.catalog.SyntheticRecords.sampled;
import static io.twinnet.experiments.catalog.SyntheticRecords.replace;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static io.twinnet.experiments.catalog.SyntheticRecords.spread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.catalog.ReluInitRangeGrid.Hidden;
import io.twinnet.experiments.catalog.ReluInitRangeGrid.Init;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.TrialRunner;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReluInitRangeTest {
    private final DeclaredExperiment<ReluInitRangeGrid.Point> experiment = new DeclaredExperiment<>(new ReluInitRange());
    private static final ReluInitRange.Sizes TINY = new ReluInitRange.Sizes(new int[] {8, 8}, 3, 2, 1, 10, 1, false);
    /** The quick profile's budget: one epoch over 10,000 images. */
    private static final int STEPS = 10_000;

    /** A training run with test-loss curve {@code loss}, final accuracy and initial saturated fraction, the same on both sides. */
    private static RunRecord train(String config, long seed, Series loss, double accuracy, double saturated) {
        SideRecord s = side(scalars("finalEvalAccuracy", accuracy, "initSaturatedFraction", saturated), Map.of("evalLoss", loss));
        return both(ReluInitRange.ID, config, seed, s);
    }

    /**
     * U[-1,1]'s loss, checkpointed every 100 steps: a drop by the fraction {@code early} over the first
     * 100 steps, then falling by {@code late} of that level per 1000 steps (a relative late slope of
     * about {@code late}).
     */
    private static Series plateau(double first, double early, double late) {
        return sampled(STEPS, 100, x -> first * (1 - early * Math.min(x, 100) / 100) * (1 - late * x / 1000));
    }

    /** A loss converging from {@code first} towards {@code last} with a time constant of 1500 steps, checkpointed every 1000. */
    private static Series converging(double first, double last) {
        return sampled(STEPS, 1000, x -> last + (first - last) * Math.exp(-x / 1500));
    }

    private static RunRecord homogeneity(double deviation) {
        return homogeneity(1, deviation);
    }

    private static RunRecord homogeneity(long seed, double deviation) {
        return both(ReluInitRange.ID, "homogeneity", seed, side(scalars("depth", 3, "maxRelDeviationFrom2PowD", deviation), Map.of()));
    }

    /**
     * Records that behave as the asker describes, five seeds with a spread: U[-1,1] flat at lr 1e-2
     * and 1e-3 (late slope 0.1-0.5 % per 1000 steps), converging at lr 1e-4; the others converge.
     */
    private static List<RunRecord> askersWorld() {
        List<RunRecord> runs = new ArrayList<>();
        for (long seed : SEEDS) {
            double s = spread(seed);
            runs.add(train("relu-u1-lr0.01", seed, plateau(0.18, 0.008 + 0.002 * s, 0.003 + 0.002 * s), 0.11 + 0.01 * s, 0.95 + 0.02 * s));
            runs.add(train("relu-u1-lr0.001", seed, plateau(0.18, 0.002, 0.003 + 0.002 * s), 0.10, 0.95 + 0.02 * s));
            runs.add(train("relu-u1-lr1.0E-4", seed, converging(0.18, 0.07 + 0.01 * s), 0.75 + 0.03 * s, 0.95 + 0.02 * s));
            runs.add(train("relu-n1-lr0.01", seed, plateau(0.18, 0.004, 0.002 + 0.001 * s), 0.09 + 0.005 * s, 0.99));
            runs.add(train("relu-u0.5-lr0.01", seed, converging(0.17, 0.05 + 0.01 * s), 0.85 + 0.02 * s, 0.6));
            runs.add(train("relu-he-lr0.01", seed, converging(0.09, 0.02 + 0.005 * s), 0.92 + 0.01 * s, 0.01 + 0.01 * s));
            runs.add(train("relu-he-lr0.001", seed, converging(0.09, 0.04 + 0.005 * s), 0.80 + 0.02 * s, 0.01 + 0.01 * s));
            runs.add(train("sigmoid-u01-lr0.01", seed, converging(0.12, 0.05), 0.80 + 0.02 * s, 0.0));
            runs.add(train("sigmoid-u1-lr0.01", seed, converging(0.12, 0.05), 0.82 + 0.02 * s, 0.0));
            runs.add(train("sigmoid-u0.5-lr0.01", seed, converging(0.12, 0.05), 0.83 + 0.02 * s, 0.0));
        }
        runs.add(homogeneity(1e-15));
        return runs;
    }

    private static Map<String, ClaimResult> byId(List<ClaimResult> results) {
        Map<String, ClaimResult> m = new java.util.LinkedHashMap<>();
        for (ClaimResult r : results) m.put(r.id(), r);
        return m;
    }

    private Verdict verdict(List<RunRecord> runs, Profile profile, String claim) {
        ClaimResult r = byId(experiment.evaluate(runs, profile)).get(claim);
        assertTrue(r.agree(), "both sides were given identical records");
        return r.verdictOf(Implementation.CORE);
    }

    @Test
    void everyClaimIsReproducedInTheAskersWorld() {
        List<ClaimResult> results = experiment.evaluate(askersWorld(), Profile.FULL);
        assertEquals(experiment.claims().size(), results.size());
        for (ClaimResult r : results) {
            assertEquals(Verdict.REPRODUCED, r.verdictOf(Implementation.CORE), r.id() + ": " + r.evidence());
            assertEquals(Verdict.REPRODUCED, r.verdictOf(Implementation.DL4J), r.id());
        }
    }

    @Test
    void u1WhoseLossStillFallsAtTheEndIsNotAPlateau() {
        List<RunRecord> runs = replace(askersWorld(), everySeed((seed, s) ->
                train("relu-u1-lr0.01", seed, plateau(0.18, 0.008, 0.04 + 0.01 * s), 0.25, 0.95)));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, Profile.QUICK, "u1-plateaus"));
    }

    @Test
    void aLateSlopeWhoseSeedsStraddleTheFlatEdgeLeavesThePlateauUndecided() {
        List<RunRecord> runs = replace(askersWorld(), everySeed((seed, s) ->
                train("relu-u1-lr0.01", seed, plateau(0.18, 0.008, 0.009 + 0.006 * s), 0.12, 0.95)));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, Profile.QUICK, "u1-plateaus"));
    }

    @Test
    void aLargeFirstToLastDropWithAFlatEndIsStillAPlateau() {
        // the old rule (first-to-last drop under 10 %) grew with the budget; the late slope does not
        List<RunRecord> runs = replace(askersWorld(), everySeed((seed, s) ->
                train("relu-u1-lr0.01", seed, plateau(0.18, 0.3 + 0.02 * s, 0.002 + 0.001 * s), 0.3, 0.95)));
        assertEquals(Verdict.REPRODUCED, verdict(runs, Profile.QUICK, "u1-plateaus"));
    }

    @Test
    void plateauIsUndecidedWhenTheHeControlDidNotLearnEither() {
        List<RunRecord> runs = replace(askersWorld(), everySeed((seed, s) ->
                train("relu-he-lr0.001", seed, converging(0.09, 0.088), 0.2 + 0.02 * s, 0)));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, Profile.FULL, "u1-plateaus"));
        assertEquals(Verdict.REPRODUCED, verdict(runs, Profile.QUICK, "u1-plateaus"), "quick judges lr 1e-2 only");
    }

    @Test
    void convergenceNeedsTheLossToHalveForBothInits() {
        List<RunRecord> runs = replace(askersWorld(), everySeed((seed, s) ->
                train("relu-u0.5-lr0.01", seed, converging(0.17, 0.10 + 0.01 * s), 0.5, 0.6)));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, Profile.QUICK, "half-range-and-he-converge"));
    }

    @Test
    void aLossThatHalvesForSomeSeedsOnlyLeavesConvergenceUndecided() {
        List<RunRecord> runs = replace(askersWorld(), everySeed((seed, s) ->
                train("relu-u0.5-lr0.01", seed, converging(0.17, 0.085 + 0.012 * s), 0.6, 0.6)));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, Profile.QUICK, "half-range-and-he-converge"));
    }

    @Test
    void smallLearningRateThatStaysFlatDoesNotRescue() {
        List<RunRecord> runs = replace(askersWorld(), everySeed((seed, s) ->
                train("relu-u1-lr1.0E-4", seed, plateau(0.18, 0, 0.0002 * s), 0.1, 0.95)));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, Profile.QUICK, "small-lr-rescues-u1"));
    }

    @Test
    void smallLearningRateThatLearnsLessAtMatchedTravelDoesNotRescue() {
        // lr 1e-2 falls by 15 % in its first 100 steps, lr 1e-4 by about 8 % in all of its 10,000
        List<RunRecord> runs = replace(replace(askersWorld(), everySeed((seed, s) ->
                train("relu-u1-lr0.01", seed, plateau(0.18, 0.15 + 0.01 * s, 0.003), 0.4, 0.95))), everySeed((seed, s) ->
                train("relu-u1-lr1.0E-4", seed, converging(0.18, 0.165 + 0.003 * s), 0.2, 0.95)));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, Profile.QUICK, "small-lr-rescues-u1"));
    }

    @Test
    void rescueIsJudgedAtMatchedTravelNotAtTheEndOfTheLargeRatesRun() {
        // lr 1e-2 ends lower than lr 1e-4 (a 50 % drop against 30 %), but after its first 100 steps it has barely moved
        List<RunRecord> runs = replace(replace(askersWorld(), everySeed((seed, s) ->
                train("relu-u1-lr0.01", seed, plateau(0.18, 0.005, 0.05), 0.4, 0.95))), everySeed((seed, s) ->
                train("relu-u1-lr1.0E-4", seed, converging(0.18, 0.126 + 0.005 * s), 0.5, 0.95)));
        assertEquals(Verdict.REPRODUCED, verdict(runs, Profile.QUICK, "small-lr-rescues-u1"));
    }

    @Test
    void theFullProfilesLongerBudgetDoesNotUnmatchTheTravel() {
        // 60,000 steps: lr 1e-4 barely moves in its first 10,000 (travel 1) and only then falls by half
        Series late = sampled(60_000, 2000, x -> 0.18 * (x <= 10_000 ? 1 - 0.002 * x / 10_000 : 0.998 - 0.5 * (x - 10_000) / 50_000));
        List<RunRecord> runs = replace(replace(askersWorld(), everySeed((seed, s) ->
                train("relu-u1-lr0.01", seed, plateau(0.18, 0.02 + 0.003 * s, 0.003), 0.11, 0.95))), everySeed((seed, s) ->
                train("relu-u1-lr1.0E-4", seed, late, 0.6, 0.95)));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, Profile.FULL, "small-lr-rescues-u1"), "judged after 10,000 of lr 1e-4's steps");
    }

    @Test
    void bothRescueRunsHaveACheckpointAtTheirMatchedStepInEveryProfile() {
        for (Profile profile : Profile.values()) {
            ReluInitRange.Sizes s = ReluInitRange.sizes(profile);
            int steps = s.epochs() * (s.trainPerClass() > 0 ? 10 * s.trainPerClass() : 60_000);
            assertTrue(steps >= 10_000, profile + ": lr 1e-4 must run at least the 10,000 steps of travel 1");
            int small = ReluInitRange.checkpointEvery(ReluInitRangeGrid.train(Hidden.RELU, Init.U1, 1e-4), s.checkpointEvery());
            int large = ReluInitRange.checkpointEvery(ReluInitRangeGrid.train(Hidden.RELU, Init.U1, 1e-2), s.checkpointEvery());
            assertEquals(0, 10_000 % small, profile + ": lr 1e-4 every " + small);
            assertEquals(0, 100 % large, profile + ": lr 1e-2 every " + large);
            assertEquals(s.checkpointEvery(), ReluInitRange.checkpointEvery(ReluInitRangeGrid.train(Hidden.RELU, Init.HE, 1e-2), s.checkpointEvery()));
        }
    }

    @Test
    void n1ThatLearnsClearlyBetterThanU1RefutesTheScaleArgument() {
        List<RunRecord> runs = replace(askersWorld(), everySeed((seed, s) ->
                train("relu-n1-lr0.01", seed, converging(0.18, 0.09), 0.5 + 0.03 * s, 0.99)));
        for (Profile profile : Profile.values()) {
            assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, profile, "n1-no-better-than-u1"), profile + " runs N(0,1) at lr 1e-2");
            assertEquals(Verdict.REPRODUCED, verdict(askersWorld(), profile, "n1-no-better-than-u1"), profile.label());
        }
    }

    @Test
    void aRescueGapThatStraddlesItsBandIsInconclusive() {
        List<RunRecord> runs = replace(askersWorld(), everySeed((seed, s) ->
                train("relu-u1-lr1.0E-4", seed, converging(0.18, 0.18 * (1 - 0.022 - 0.015 * s)), 0.15, 0.95)));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, Profile.QUICK, "small-lr-rescues-u1"));
    }

    @Test
    void sigmoidWithAStuckUnitRangeIsSensitive() {
        List<RunRecord> runs = replace(askersWorld(), everySeed((seed, s) ->
                train("sigmoid-u01-lr0.01", seed, converging(0.16, 0.092), 0.10 + 0.01 * s, 0)));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, Profile.QUICK, "sigmoid-insensitive"));
    }

    @Test
    void sigmoidRangesWhoseSpreadStraddlesTheToleranceAreUndecided() {
        List<RunRecord> runs = replace(askersWorld(), everySeed((seed, s) ->
                train("sigmoid-u01-lr0.01", seed, converging(0.12, 0.06), 0.73 + 0.04 * s, 0)));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, Profile.QUICK, "sigmoid-insensitive"));
    }

    @Test
    void sigmoidThatHasNotLearnedAnythingCannotTellSensitivity() {
        List<RunRecord> runs = askersWorld();
        for (String init : List.of("u01", "u1", "u0.5")) {
            runs = replace(runs, everySeed((seed, s) -> train("sigmoid-" + init + "-lr0.01", seed, converging(0.12, 0.11), 0.12 + 0.01 * s, 0)));
        }
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, Profile.QUICK, "sigmoid-insensitive"));
    }

    @Test
    void saturationClaimFailsWhenHeAlsoStartsSaturated() {
        List<RunRecord> runs = replace(askersWorld(), everySeed((seed, s) ->
                train("relu-he-lr0.01", seed, converging(0.09, 0.02), 0.92, 0.3 + 0.03 * s)));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, Profile.QUICK, "u1-saturates-softmax"));
    }

    @Test
    void homogeneityDeviationAboveRoundingIsNotReproduced() {
        List<RunRecord> runs = replace(askersWorld(), homogeneity(1e-6));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, Profile.QUICK, "positive-homogeneity"));
    }

    @Test
    void oneSeedOffTheHomogeneityIdentityRefutesItWhateverTheOthersShow() {
        List<RunRecord> runs = replace(askersWorld(), everySeed((seed, s) -> homogeneity(seed, seed == 4 ? 1e-6 : 1e-15)));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, Profile.QUICK, "positive-homogeneity"), "an identity has no interval");
    }

    @Test
    void theTwoImplementationsAreJudgedSeparately() {
        List<RunRecord> runs = replace(askersWorld(), everySeed((seed, s) -> of(ReluInitRange.ID, "relu-u0.5-lr0.01", seed,
                side(scalars("finalEvalAccuracy", 0.85, "initSaturatedFraction", 0.6), Map.of("evalLoss", converging(0.17, 0.05 + 0.01 * s))),
                side(scalars("finalEvalAccuracy", 0.1, "initSaturatedFraction", 0.6), Map.of("evalLoss", plateau(0.17, 0, 0.001 * s))))));
        ClaimResult r = byId(experiment.evaluate(runs, Profile.QUICK)).get("half-range-and-he-converge");
        assertEquals(Verdict.REPRODUCED, r.verdictOf(Implementation.CORE));
        assertEquals(Verdict.NOT_REPRODUCED, r.verdictOf(Implementation.DL4J));
    }

    @Test
    void saturatedFractionCountsRowsWhoseLargestProbabilityExceeds099() {
        double[] p = {0.995, 0.005, 0.0, 0.5, 0.5, 0.0, 0.0, 0.0, 1.0, 0.99, 0.01, 0.0};
        assertEquals(0.5, SoftmaxSaturation.fraction(p, 4, 3), 0.0);
    }

    @Test
    void quickProfileRunsOnlyTheConfigurationsItsClaimsRead() {
        List<RunConfig> grid = experiment.configurations(Profile.QUICK, 1);
        List<String> ids = grid.stream().map(RunConfig::config).toList();
        assertEquals(List.of("relu-u1-lr0.01", "relu-u1-lr1.0E-4", "relu-u0.5-lr0.01", "relu-he-lr0.01", "relu-n1-lr0.01", "sigmoid-u01-lr0.01",
                "sigmoid-u1-lr0.01", "sigmoid-u0.5-lr0.01", "homogeneity"), ids);
        assertEquals(3 * 5 * 8 + 3 + 1, experiment.configurations(Profile.FULL, 1).size(), "three readings x five inits x eight rates");
    }

    @Test
    void oneTinyTrainingRunOnBothSidesGivesAWellFormedRecord() {
        RunConfig config = experiment.configurations(Profile.QUICK, 1).get(3);
        assertEquals("relu-he-lr0.01", config.config());
        assertEquals(Map.of("kind", "train", "activation", "relu", "init", "he", "lr", 0.01, "loss", "mean"), config.params(),
                "the old parameters and the reading of 'MSE'");
        ReluInitRangeGrid.Point he = ReluInitRangeGrid.train(Hidden.RELU, Init.HE, 1e-2);
        RunRecord r = TrialRunner.run(config, RunSeeds.of(1), new ReluInitRange().trial(he, RunSeeds.of(1), new SyntheticMnistEnvironment(), TINY),
                EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            assertEquals(30.0, s.scalar("steps"));
            assertEquals(4, s.seriesOrNull("evalLoss").size(), "checkpoints at 0, 10, 20, 30");
            double sat = s.scalar("initSaturatedFraction");
            assertTrue(sat >= 0 && sat <= 1);
            double after = s.scalar("finalSaturatedFraction");
            assertTrue(after >= 0 && after <= 1);
        }
        assertTrue(r.data().contains("seed 1001") && r.data().contains("seed 3001") && r.data().contains("seed 2000"), r.data());
        assertNotNull(r.parity());
        assertTrue(r.parity().lossRelDiff() < 1e-9, "exact parity in double: " + r.parity());
    }

    @Test
    void homogeneityRunOnBothSidesMeetsTheIdentity() {
        List<RunConfig> grid = experiment.configurations(Profile.QUICK, 1);
        RunConfig config = grid.get(grid.size() - 1);
        assertEquals("homogeneity", config.config());
        assertEquals("homogeneity", config.params().get("kind"), "the export command skips it by this parameter");
        RunRecord r = TrialRunner.run(config, RunSeeds.of(1),
                new ReluInitRange().trial(ReluInitRangeGrid.HOMOGENEITY, RunSeeds.of(1), new SyntheticMnistEnvironment(), TINY),
                EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) {
            assertEquals(RunStatus.FINISHED, r.side(impl).status(), impl + ": " + r.side(impl).failure());
            assertEquals(3.0, r.side(impl).scalar("depth"));
            assertTrue(r.side(impl).scalar("maxRelDeviationFrom2PowD") < 1e-12);
        }
    }

    @Test
    void homogeneityIsNotATrainingSetupForTheExportButATrainingPointIs() {
        SyntheticMnistEnvironment env = new SyntheticMnistEnvironment();
        List<RunConfig> grid = experiment.configurations(Profile.QUICK, 1);
        assertTrue(experiment.trainingSetup(grid.get(grid.size() - 1), env).isEmpty());
        assertTrue(experiment.trainingSetup(grid.get(0), env).orElseThrow().spec().name().equals(ReluInitRange.ID));
    }

    @Test
    void u1ThatPlateausAtLr1e2ButLearnsAtLr1e3IsNotReproducedInTheFullProfile() {
        List<RunRecord> runs = replace(askersWorld(), everySeed((seed, s) ->
                train("relu-u1-lr0.001", seed, plateau(0.18, 0.002, 0.04 + 0.01 * s), 0.4, 0.95)));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, Profile.FULL, "u1-plateaus"));
        assertEquals(Verdict.REPRODUCED, verdict(runs, Profile.QUICK, "u1-plateaus"));
    }

    @Test
    void aDivergedU1RunHasNoLateSlopeAndIsLeftOutOfThePlateau() {
        SideRecord diverged = new SideRecord(RunStatus.DIVERGED, 12, null, Map.of("finalEvalAccuracy", Double.NaN), Map.of(), 0.1);
        List<RunRecord> twoDiverged = replace(askersWorld(), of(ReluInitRange.ID, "relu-u1-lr0.01", 1, diverged, diverged),
                of(ReluInitRange.ID, "relu-u1-lr0.01", 2, diverged, diverged));
        assertEquals(Verdict.REPRODUCED, verdict(twoDiverged, Profile.QUICK, "u1-plateaus"), "the three flat seeds decide");
        List<RunRecord> allDiverged = replace(askersWorld(), everySeed((seed, s) -> of(ReluInitRange.ID, "relu-u1-lr0.01", seed, diverged, diverged)));
        assertEquals(Verdict.INCONCLUSIVE, verdict(allDiverged, Profile.QUICK, "u1-plateaus"), "no slope to judge");
    }

    @Test
    void anInfiniteHomogeneityDeviationIsNotReproduced() {
        List<RunRecord> runs = replace(askersWorld(), homogeneity(Double.POSITIVE_INFINITY));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, Profile.QUICK, "positive-homogeneity"));
    }

    @Test
    void withoutRecordsEveryClaimIsInconclusive() {
        for (ClaimResult r : experiment.evaluate(List.of(), Profile.QUICK)) {
            assertEquals(Verdict.INCONCLUSIVE, r.verdictOf(Implementation.CORE), r.id());
        }
    }

    @Test
    void ruleTextsStateTheirThresholds() {
        Map<String, String> rules = new java.util.LinkedHashMap<>();
        for (var c : experiment.claims()) rules.put(c.id(), c.rule());
        String plateau = rules.get("u1-plateaus");
        assertTrue(plateau.contains("≥ 0.5") && plateau.contains("< 0.01") && plateau.contains("≥ 0.02") && plateau.contains("last half"), plateau);
        String rescue = rules.get("small-lr-rescues-u1");
        assertTrue(rescue.contains("matched travel") && rescue.contains("≥ 0.02") && rescue.contains("< 0: not reproduced"), rescue);
        assertTrue(rules.get("half-range-and-he-converge").contains("≥ 0.5"), rules.get("half-range-and-he-converge"));
        assertTrue(rules.get("positive-homogeneity").contains("< 1.0E-12"), rules.get("positive-homogeneity"));
    }
}
