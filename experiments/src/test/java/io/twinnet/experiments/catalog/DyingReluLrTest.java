package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.curve;
import static io.twinnet.experiments.catalog.SyntheticRecords.replace;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static io.twinnet.experiments.catalog.SyntheticRecords.spread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.DeadUnitProbe;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TrialRunner;
import io.twinnet.experiments.lab.Verdict;
import io.twinnet.experiments.lab.stats.Estimate;
import io.twinnet.experiments.catalog.DyingReluLr.Point;
import io.twinnet.experiments.catalog.DyingReluLr.Variant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DyingReluLrTest {
    private final DeclaredExperiment<Point> experiment = new DeclaredExperiment<>(new DyingReluLr());
    private static final DyingReluReading FIX_READING = DyingReluLr.FIX_READING;
    /** The quick grid's six seeds. */
    private static final List<Long> SEEDS = List.of(1L, 2L, 3L, 4L, 5L, 6L);
    private static final double[] LRS = {0.03, 0.05, 0.07, 0.1};
    private static final double NEVER = Double.POSITIVE_INFINITY;

    private static SideRecord trained(long seed) {
        return side(scalars("finalDeadOutputFraction", 0.0), Map.of("evalAccuracy", curve(0.1, 0.8, 0.9, 0.92 - 0.01 * spread(seed))));
    }

    private static SideRecord collapsed(long seed, double deadAtEnd) {
        return side(scalars("finalDeadOutputFraction", deadAtEnd), Map.of("evalAccuracy", curve(0.1, 0.8, 0.4, 0.2 + 0.05 * spread(seed))));
    }

    private static Point point(Variant v, double lr) {
        return new Point(v, FIX_READING.loss(), FIX_READING.init(), lr);
    }

    private static RunRecord plain(double lr, long seed, SideRecord s) {
        return both("dying-relu-lr", point(Variant.PLAIN, lr).id(), seed, s);
    }

    private static RunRecord fix(Variant fix, long seed, SideRecord s) {
        return both("dying-relu-lr", point(fix, 0.1).id(), seed, s);
    }

    private static final List<Variant> FIXES = List.of(Variant.LEAKY, Variant.SOFTMAX, Variant.DECAY, Variant.WIDE);

    /**
     * The primary reading's grid for six seeds, seed i failing (with a dead output fraction of
     * {@code dead}) at every rate from {@code thresholds[i]} on and training below it; every fix trains.
     */
    private static List<RunRecord> world(double dead, double... thresholds) {
        assertEquals(SEEDS.size(), thresholds.length);
        List<RunRecord> runs = new ArrayList<>();
        for (long seed : SEEDS) {
            for (double lr : LRS) {
                runs.add(plain(lr, seed, lr >= thresholds[(int) seed - 1] ? collapsed(seed, dead) : trained(seed)));
            }
            for (Variant f : FIXES) runs.add(fix(f, seed, trained(seed)));
        }
        return runs;
    }

    /** Every seed trains at 0.03 and 0.05 and collapses, with dead outputs, at 0.07 and 0.1; every fix trains. */
    private static List<RunRecord> askersWorld() {
        return world(0.5, 0.07, 0.07, 0.07, 0.07, 0.07, 0.07);
    }

    private Map<String, ClaimResult> evaluate(List<RunRecord> runs) {
        Map<String, ClaimResult> m = new LinkedHashMap<>();
        for (ClaimResult r : experiment.evaluate(runs, Profile.QUICK)) {
            assertTrue(r.agree(), r.id());
            m.put(r.id(), r);
        }
        return m;
    }

    private Verdict verdict(List<RunRecord> runs, String claim) {
        return evaluate(runs).get(claim).verdictOf(Implementation.CORE);
    }

    @Test
    void aRunFailsWhenItCollapsesBelowItsPeakNeverLearnsOrDiverges() {
        assertFalse(CollapseThreshold.failed(trained(1)));
        assertTrue(CollapseThreshold.failed(collapsed(1, 0.5)));
        assertTrue(CollapseThreshold.failed(side(Map.of(), Map.of("evalAccuracy", curve(0.13, 0.10, 0.10)))), "never learned");
        assertFalse(CollapseThreshold.failed(side(Map.of(), Map.of("evalAccuracy", curve(0.1, 0.9, 0.75)))), "a 0.15 dip is no collapse");
        assertTrue(CollapseThreshold.failed(new SideRecord(RunStatus.DIVERGED, 7, null, Map.of(), Map.of(), 0.1)));
    }

    @Test
    void everyClaimIsReproducedInTheAskersWorld() {
        List<RunRecord> runs = world(0.5, 0.05, 0.07, 0.05, 0.07, 0.05, 0.07);
        for (ClaimResult r : evaluate(runs).values()) {
            assertEquals(Verdict.REPRODUCED, r.verdictOf(Implementation.CORE), r.id() + ": " + r.evidence());
        }
        Estimate threshold = evaluate(runs).get("threshold-near-0.06").estimate().get(Implementation.CORE);
        assertEquals(0.06, threshold.value(), 1e-12, "median of three thresholds 0.05 and three 0.07");
        assertEquals(0.05, threshold.lower(), 1e-12, "a resample with four or more 0.05s has median 0.05: far more than 2.5 %");
        assertEquals(0.07, threshold.upper(), 1e-12);
        assertEquals(6, threshold.seeds());
    }

    @Test
    void thresholdMedianOutsideAskersBandIsNotReproduced() {
        List<RunRecord> runs = world(0.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1);
        assertEquals(Verdict.REPRODUCED, verdict(runs, "collapse-above-threshold"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, "threshold-near-0.06"), "median threshold 0.1 > 0.08");
    }

    @Test
    void thresholdsThatStraddleTheBandEdgeAreInconclusive() {
        List<RunRecord> runs = world(0.5, 0.07, 0.1, 0.07, 0.1, 0.1, 0.07);
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "threshold-near-0.06"), "median 0.085, interval [0.07, 0.1] across 0.08");
    }

    @Test
    void aMedianThresholdBeyondTheGridIsNotNearTheAsker() {
        List<RunRecord> runs = world(0.5, 0.1, NEVER, 0.1, NEVER, NEVER, 0.1);
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "collapse-above-threshold"),
                "half the seeds fail at 0.1: the exact interval on 3 of 6 reaches both sides of 0.5");
        ClaimResult near = evaluate(runs).get("threshold-near-0.06");
        assertEquals(Verdict.NOT_REPRODUCED, near.verdictOf(Implementation.CORE), "thresholds 0.1 and +inf: the median is +inf");
        assertTrue(near.evidence().get(Implementation.CORE).contains("∞"), near.evidence().toString());
    }

    @Test
    void noCollapseAnywhereMeansNoThreshold() {
        List<RunRecord> runs = world(0.5, NEVER, NEVER, NEVER, NEVER, NEVER, NEVER);
        Map<String, ClaimResult> r = evaluate(runs);
        assertEquals(Verdict.NOT_REPRODUCED, r.get("collapse-above-threshold").verdictOf(Implementation.CORE), "0 of 6: upper end 0.46");
        assertEquals(Verdict.NOT_REPRODUCED, r.get("threshold-near-0.06").verdictOf(Implementation.CORE));
        assertEquals(Verdict.INCONCLUSIVE, r.get("output-units-die").verdictOf(Implementation.CORE), "nothing failed");
        assertEquals(Verdict.INCONCLUSIVE, r.get("fix-leaky").verdictOf(Implementation.CORE), "plain does not collapse at 0.1");
    }

    @Test
    void aFixThatFailsWherePlainReluDoesNotCollapseIsInconclusive() {
        List<RunRecord> runs = replace(world(0.5, NEVER, NEVER, NEVER, NEVER, NEVER, NEVER),
                SEEDS.stream().map(seed -> fix(Variant.LEAKY, seed, collapsed(seed, 0.3))).toArray(RunRecord[]::new));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "fix-leaky"), "the gate, not a conjunction");
    }

    @Test
    void collapseAlreadyAtTheSmallestRateIsNoThresholdInTheGrid() {
        List<RunRecord> runs = world(0.5, 0.03, 0.03, 0.03, 0.03, 0.03, 0.03);
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, "collapse-above-threshold"));
    }

    @Test
    void oneSeedFailingAtTheSmallestRateLeavesTheCollapseUndecided() {
        List<RunRecord> runs = world(0.5, 0.07, 0.07, 0.03, 0.07, 0.07, 0.07);
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "collapse-above-threshold"), "1 of 6 at 0.03: the upper end is 0.64");
    }

    @Test
    void collapsesWithoutDeadOutputsDoNotShowTheMechanism() {
        List<RunRecord> runs = replace(world(0, 0.07, 0.07, 0.07, 0.07, 0.07, 0.07), plain(0.1, 2, collapsed(2, 0.1)));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, "output-units-die"), "1 of 12 failed runs with a dead output: upper end 0.38");
    }

    @Test
    void deadOutputsInHalfTheFailuresLeaveTheMechanismUndecided() {
        List<RunRecord> runs = replace(askersWorld(), SEEDS.stream().map(seed -> plain(0.07, seed, collapsed(seed, 0))).toArray(RunRecord[]::new));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "output-units-die"), "6 of 12");
    }

    @Test
    void seedsThatAllAgreeShowNoSeedSensitivityButDoNotRefuteIt() {
        assertEquals(Verdict.INCONCLUSIVE, verdict(askersWorld(), "seed-decides-near-threshold"), "an existence claim is never refuted");
        assertEquals(Verdict.REPRODUCED, verdict(world(0.5, 0.07, 0.07, 0.1, 0.07, 0.07, 0.07), "seed-decides-near-threshold"),
                "one seed still trains at 0.07");
    }

    @Test
    void aFixThatStillCollapsesIsNotReproduced() {
        List<RunRecord> runs = replace(askersWorld(),
                SEEDS.stream().map(seed -> fix(Variant.DECAY, seed, collapsed(seed, 0.3))).toArray(RunRecord[]::new));
        Map<String, ClaimResult> r = evaluate(runs);
        assertEquals(Verdict.NOT_REPRODUCED, r.get("fix-decay").verdictOf(Implementation.CORE));
        assertEquals(Verdict.REPRODUCED, r.get("fix-wide").verdictOf(Implementation.CORE));
    }

    @Test
    void aFixThatTrainsHalfTheSeedsIsInconclusive() {
        List<RunRecord> runs = replace(askersWorld(), SEEDS.stream().filter(seed -> seed % 2 == 0)
                .map(seed -> fix(Variant.SOFTMAX, seed, collapsed(seed, 0.3))).toArray(RunRecord[]::new));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "fix-softmax"));
    }

    @Test
    void noRunsAtAllAreInconclusiveEverywhere() {
        for (ClaimResult r : evaluate(List.of()).values()) assertEquals(Verdict.INCONCLUSIVE, r.verdictOf(Implementation.CORE), r.id());
    }

    @Test
    void deadFractionCountsColumnsThatAreZeroInEveryRow() {
        double[] acts = {0, 1, 0, 0.5, 0, 0, 0, 2, 0, 0, 0, 3};
        assertEquals(0.5, DeadUnitProbe.deadFraction(acts, 3), 0.0, "units 0 and 2 of 4 are zero in all 3 rows");
    }

    @Test
    void theQuickGridRunsThePrimaryReadingAtFourRatesAndEveryFixThereUnderTheStoredNames() {
        List<RunConfig> configs = experiment.configurations(Profile.QUICK, 1);
        List<String> ids = configs.stream().map(RunConfig::config).toList();
        assertEquals(List.of("plain-half-sum-std0.01-lr0.03", "plain-half-sum-std0.01-lr0.05", "plain-half-sum-std0.01-lr0.07",
                "plain-half-sum-std0.01-lr0.1", "fix-leaky-half-sum-std0.01-lr0.1", "fix-softmax-half-sum-std0.01-lr0.1",
                "fix-decay-half-sum-std0.01-lr0.1", "fix-wide-half-sum-std0.01-lr0.1"), ids);
        assertEquals(Map.of("variant", "plain", "loss", "half-sum", "init", "std0.01", "lr", 0.03), configs.get(0).params());
        assertEquals(6 * 8, experiment.configurations(Profile.QUICK, 0).size(), "six seeds");
        assertEquals(5 * (6 * 8 + 4), experiment.configurations(Profile.FULL, 0).size(), "every reading at eight rates in the full profile");
        Point var = new Point(Variant.PLAIN, SquaredErrorReading.SUM, DyingReluReading.Scale.VAR, 0.1);
        assertEquals(0.1, ((DenseLayerSpec) DyingReluLr.spec(var, 100, 1).layers().get(0)).weightInit().std());
    }

    @Test
    void theHalfSumReadingRunsAsTheSumOfSquaresAtHalfTheRate() {
        NetworkSpec halfSum = DyingReluLr.spec(point(Variant.PLAIN, 0.1), 100, 1);
        assertEquals(LossFunction.L2, ((OutputLayerSpec) halfSum.layers().get(1)).loss());
        assertEquals(0.05, halfSum.learningRate().valueAt(0), 1e-15, "gradient 2(a - t) at rate 0.05 is (a - t) at 0.1");
        NetworkSpec sum = DyingReluLr.spec(new Point(Variant.PLAIN, SquaredErrorReading.SUM, DyingReluReading.Scale.STD, 0.1), 100, 1);
        assertEquals(0.1, sum.learningRate().valueAt(0), 1e-15);
        NetworkSpec decay = DyingReluLr.spec(point(Variant.DECAY, 0.1), 800, 1);
        assertEquals(0.025, decay.learningRate().valueAt(100), 1e-15, "halved after an eighth of the run, from the half-sum's 0.05");
    }

    @Test
    void oneTinyRunOnBothSidesRecordsDeadUnitsAtEveryCheckpoint() {
        DyingReluLr.Sizes tiny = new DyingReluLr.Sizes(3, 20, 5, 2, 1, Map.of(FIX_READING, new double[] {0.05}));
        RunConfig config = experiment.configurations(Profile.QUICK, 1).stream()
                .filter(c -> c.config().equals("fix-decay-half-sum-std0.01-lr0.1")).findFirst().orElseThrow();
        Trial trial = new DyingReluLr().trial(point(Variant.DECAY, 0.1), RunSeeds.of(1), new SyntheticMnistEnvironment(), tiny);
        RunRecord r = TrialRunner.run(config, RunSeeds.of(1), trial, EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            Series dead = s.get(DeadUnitProbe.DEAD_OUTPUT);
            assertNotNull(dead);
            assertEquals(5, dead.size(), "checkpoints at 0, 5, 10, 15, 20");
            assertEquals(5, s.get(DeadUnitProbe.DEAD_HIDDEN).size());
            double finalDead = s.get(DeadUnitProbe.FINAL_DEAD_OUTPUT);
            assertTrue(finalDead >= 0 && finalDead <= 1, "final dead output fraction " + finalDead);
            assertEquals(20.0, s.scalar("steps"));
            for (io.twinnet.experiments.lab.OutcomeMetric o : new DyingReluLr().outcomes()) {
                assertTrue(o.recordedBy(s) && Double.isFinite(o.value(s)), impl + ": declared outcome " + o.metric().name() + " not measured");
            }
        }
        assertEquals(RunSeeds.of(1), r.seeds());
        assertTrue(r.parity().lossRelDiff() < 1e-9, "exact parity with the step schedule: " + r.parity());
    }
}
