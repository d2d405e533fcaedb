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
    private static final DyingReluReading PRIMARY = DyingReluLr.PRIMARY;
    /** The quick grid's six seeds. */
    private static final List<Long> SEEDS = List.of(1L, 2L, 3L, 4L, 5L, 6L);
    private static final double[] LRS = {0.03, 0.05, 0.08, 0.1, 0.12};
    private static final double FIX_LR = 0.12;
    private static final double NEVER = Double.POSITIVE_INFINITY;

    private static SideRecord trained(long seed) {
        return side(scalars("finalDeadOutputFraction", 0.0), Map.of("evalAccuracy", curve(0.1, 0.8, 0.9, 0.92 - 0.01 * spread(seed))));
    }

    private static SideRecord collapsed(long seed, double deadAtEnd) {
        return side(scalars("finalDeadOutputFraction", deadAtEnd), Map.of("evalAccuracy", curve(0.1, 0.8, 0.4, 0.2 + 0.05 * spread(seed))));
    }

    private static Point point(Variant v, double lr) {
        return new Point(v, PRIMARY.loss(), PRIMARY.init(), lr, DyingReluLr.ASKER_WIDTH);
    }

    private static RunRecord record(Point p, long seed, SideRecord s) {
        return both("dying-relu-lr", p.id(), seed, s);
    }

    private static RunRecord plain(double lr, long seed, SideRecord s) {
        return record(point(Variant.PLAIN, lr), seed, s);
    }

    private static RunRecord fix(DyingReluFix fix, long seed, SideRecord s) {
        return record(fix.at(FIX_LR), seed, s);
    }

    /**
     * The primary reading's quick grid for six seeds, seed i failing (with a dead output fraction of
     * {@code dead}) at every rate from {@code thresholds[i]} on and training below it; every fix trains at 0.12.
     */
    private static List<RunRecord> world(double dead, double... thresholds) {
        assertEquals(SEEDS.size(), thresholds.length);
        List<RunRecord> runs = new ArrayList<>();
        for (long seed : SEEDS) {
            for (double lr : LRS) {
                runs.add(plain(lr, seed, lr >= thresholds[(int) seed - 1] ? collapsed(seed, dead) : trained(seed)));
            }
            for (DyingReluFix f : DyingReluFix.values()) runs.add(fix(f, seed, trained(seed)));
        }
        return runs;
    }

    /** Every seed trains at 0.03 and 0.05 and collapses, with dead outputs, from 0.08 on; every fix trains. */
    private static List<RunRecord> askersWorld() {
        return world(0.5, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08);
    }

    private Map<String, ClaimResult> evaluate(List<RunRecord> runs) {
        return evaluate(runs, Profile.QUICK);
    }

    private Map<String, ClaimResult> evaluate(List<RunRecord> runs, Profile profile) {
        Map<String, ClaimResult> m = new LinkedHashMap<>();
        for (ClaimResult r : experiment.evaluate(runs, profile)) {
            assertTrue(r.agree(), r.id());
            m.put(r.id(), r);
        }
        return m;
    }

    private Verdict verdict(List<RunRecord> runs, String claim) {
        return evaluate(runs).get(claim).verdictOf(Implementation.CORE);
    }

    private String evidence(List<RunRecord> runs, String claim) {
        return evaluate(runs).get(claim).evidence().get(Implementation.CORE);
    }

    @Test
    void inTheAskersWorldTheCollapseItsRateItsMechanismAndEveryFixAreReproduced() {
        Map<String, ClaimResult> r = evaluate(askersWorld());
        for (String id : List.of("collapse-above-threshold", "threshold-near-0.06", "output-units-die", "fix-leaky", "fix-softmax", "fix-decay",
                "fix-wide")) {
            assertEquals(Verdict.REPRODUCED, r.get(id).verdictOf(Implementation.CORE), id + ": " + r.get(id).evidence());
        }
        assertEquals(Verdict.INCONCLUSIVE, r.get("seed-decides-near-threshold").verdictOf(Implementation.CORE), "every seed agrees");
        assertEquals(Verdict.INCONCLUSIVE, r.get("threshold-rises-with-width").verdictOf(Implementation.CORE));
        assertTrue(r.get("threshold-rises-with-width").evidence().get(Implementation.CORE).contains("fewer than two widths"), "no width scan in quick");
        assertTrue(r.get("fix-softmax").evidence().get(Implementation.CORE).contains("6 judged at lr 0.12"), r.get("fix-softmax").evidence().toString());
    }

    @Test
    void thresholdsOnBothSidesOfTheAskersRateGiveAMedianInsideTheBand() {
        Estimate threshold = evaluate(world(0.5, 0.05, 0.08, 0.05, 0.08, 0.05, 0.08)).get("threshold-near-0.06").estimate()
                .get(Implementation.CORE);
        assertEquals(0.065, threshold.value(), 1e-12, "median of three thresholds 0.05 and three 0.08");
        assertEquals(0.05, threshold.lower(), 1e-12, "a resample with four or more 0.05s has median 0.05: far more than 2.5 %");
        assertEquals(0.08, threshold.upper(), 1e-12);
    }

    @Test
    void thresholdMedianOutsideAskersBandIsNotReproduced() {
        List<RunRecord> runs = world(0.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1);
        assertEquals(Verdict.REPRODUCED, verdict(runs, "collapse-above-threshold"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, "threshold-near-0.06"), "median threshold 0.1 > 0.08");
    }

    @Test
    void thresholdsThatStraddleTheBandEdgeAreInconclusive() {
        List<RunRecord> runs = world(0.5, 0.08, 0.1, 0.08, 0.1, 0.1, 0.08);
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "threshold-near-0.06"), "median 0.09, interval [0.08, 0.1] across 0.08");
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
        assertEquals(Verdict.INCONCLUSIVE, r.get("fix-leaky").verdictOf(Implementation.CORE), "no seed fails anywhere: none to judge a fix on");
    }

    @Test
    void aFixThatFailsWherePlainReluDoesNotCollapseIsInconclusive() {
        List<RunRecord> runs = replace(world(0.5, NEVER, NEVER, NEVER, NEVER, NEVER, NEVER),
                SEEDS.stream().map(seed -> fix(DyingReluFix.LEAKY, seed, collapsed(seed, 0.3))).toArray(RunRecord[]::new));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "fix-leaky"), "the gate, not a conjunction");
    }

    @Test
    void collapseAlreadyAtTheSmallestRateIsNoThresholdInTheGrid() {
        List<RunRecord> runs = world(0.5, 0.03, 0.03, 0.03, 0.03, 0.03, 0.03);
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, "collapse-above-threshold"));
    }

    @Test
    void oneSeedFailingAtTheSmallestRateLeavesTheCollapseUndecided() {
        List<RunRecord> runs = world(0.5, 0.08, 0.08, 0.03, 0.08, 0.08, 0.08);
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "collapse-above-threshold"), "1 of 6 at 0.03: the upper end is 0.64");
    }

    @Test
    void collapsesWithoutDeadOutputsDoNotShowTheMechanism() {
        List<RunRecord> runs = replace(world(0, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08), plain(0.1, 2, collapsed(2, 0.1)));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, "output-units-die"), "1 of 18 failed runs with a dead output");
    }

    @Test
    void deadOutputsInHalfTheFailuresLeaveTheMechanismUndecided() {
        List<RunRecord> runs = replace(askersWorld(), SEEDS.stream().map(seed -> plain(0.08, seed, collapsed(seed, 0))).toArray(RunRecord[]::new));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "output-units-die"), "12 of 18 dead: [0.41, 0.87]");
    }

    @Test
    void seedsThatAllAgreeShowNoSeedSensitivityButDoNotRefuteIt() {
        assertEquals(Verdict.INCONCLUSIVE, verdict(askersWorld(), "seed-decides-near-threshold"), "an existence claim is never refuted");
        assertEquals(Verdict.REPRODUCED, verdict(world(0.5, 0.08, 0.08, 0.1, 0.08, 0.08, 0.08), "seed-decides-near-threshold"),
                "one seed still trains at 0.08");
    }

    @Test
    void aFixThatStillCollapsesIsNotReproduced() {
        List<RunRecord> runs = replace(askersWorld(),
                SEEDS.stream().map(seed -> fix(DyingReluFix.DECAY, seed, collapsed(seed, 0.3))).toArray(RunRecord[]::new));
        Map<String, ClaimResult> r = evaluate(runs);
        assertEquals(Verdict.NOT_REPRODUCED, r.get("fix-decay").verdictOf(Implementation.CORE));
        assertEquals(Verdict.REPRODUCED, r.get("fix-wide").verdictOf(Implementation.CORE));
    }

    @Test
    void aFixThatTrainsHalfTheSeedsIsInconclusive() {
        List<RunRecord> runs = replace(askersWorld(), SEEDS.stream().filter(seed -> seed % 2 == 0)
                .map(seed -> fix(DyingReluFix.SOFTMAX, seed, collapsed(seed, 0.3))).toArray(RunRecord[]::new));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "fix-softmax"));
    }

    @Test
    void seedsWithoutAFixRateInTheirWindowAreLeftOutAndCounted() {
        List<RunRecord> runs = world(0.5, 0.08, 0.05, 0.1, NEVER, 0.1, 0.08);
        String e = evidence(runs, "fix-leaky");
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "fix-leaky"), "4 of 4 judged: the exact interval reaches below 0.5");
        assertTrue(e.startsWith("1.000 [0.3976, 1.000] 4 seeds"), e);
        assertTrue(e.contains("1 left out (threshold beyond the plain grid)") && e.contains("1 left out (no fix rate within 1.2–1.5× the threshold)"), e);
    }

    @Test
    void aFixThatDidNotRunIsCountedAsMissingNotAsOutOfWindow() {
        List<RunRecord> runs = askersWorld();
        runs.removeIf(r -> r.config().config().equals(DyingReluFix.WIDE.at(FIX_LR).id()));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "fix-wide"));
        assertTrue(evidence(runs, "fix-wide").contains("6 left out (no fix run at the chosen rate)"), evidence(runs, "fix-wide"));
    }

    @Test
    void aSeedWhosePlainRunTrainsAtItsFixRateIsNotJudged() {
        List<RunRecord> runs = replace(askersWorld(), plain(FIX_LR, 3, trained(3)));
        String e = evidence(runs, "fix-decay");
        assertTrue(e.contains("5 judged at lr 0.12") && e.contains("1 left out (the plain run trains at the chosen rate)"), e);
    }

    @Test
    void theMechanismClaimShowsTheFailureKindsAtEveryRate() {
        List<RunRecord> runs = replace(askersWorld(), plain(0.1, 2, collapsed(2, 0)),
                plain(0.12, 4, new SideRecord(RunStatus.DIVERGED, 9, null, Map.of(), Map.of(), 0.1)));
        String e = evidence(runs, "output-units-die");
        assertTrue(e.contains("lr 0.05: 6 trained; lr 0.08: 6 dead; lr 0.1: 5 dead, 1 collapsed; lr 0.12: 1 diverged, 5 dead"), e);
        assertTrue(e.startsWith("0.9412 "), "16 of the 17 failed, not diverged runs are dead: " + e);
    }

    /** The asker's world, plus the plain primary grid at the other scanned widths, seed i failing from {@code thresholds.get(w)[i]}. */
    private static List<RunRecord> widthWorld(Map<Integer, double[]> thresholds) {
        List<RunRecord> runs = new ArrayList<>(askersWorld());
        thresholds.forEach((w, t) -> {
            for (long seed : SEEDS) {
                for (double lr : LRS) {
                    Point p = new Point(Variant.PLAIN, PRIMARY.loss(), PRIMARY.init(), lr, w);
                    runs.removeIf(r -> r.config().config().equals(p.id()) && r.config().seed() == seed);
                    runs.add(record(p, seed, lr >= t[(int) seed - 1] ? collapsed(seed, 0.5) : trained(seed)));
                }
            }
        });
        return runs;
    }

    @Test
    void aThresholdThatRisesWithWidthReproducesTheSecondAnswer() {
        Map<Integer, double[]> t = Map.of(50, new double[] {0.05, 0.05, 0.05, 0.08, 0.05, 0.05}, 200, new double[] {0.1, 0.1, 0.08, 0.1, 0.1, 0.1},
                500, new double[] {0.12, 0.12, NEVER, 0.12, 0.12, 0.12});
        ClaimResult r = evaluate(widthWorld(t), Profile.FULL).get("threshold-rises-with-width");
        assertEquals(Verdict.REPRODUCED, r.verdictOf(Implementation.CORE), r.evidence().toString());
        assertTrue(r.evidence().get(Implementation.CORE).contains("median threshold by width 50: 0.0500, 100: 0.0800, 200: 0.100, 500: 0.120"),
                r.evidence().toString());
    }

    @Test
    void theSameThresholdAtEveryWidthRefutesTheRise() {
        double[] same = {0.08, 0.08, 0.08, 0.08, 0.08, 0.08};
        ClaimResult r = evaluate(widthWorld(Map.of(50, same, 200, same, 500, same)), Profile.FULL).get("threshold-rises-with-width");
        assertEquals(Verdict.NOT_REPRODUCED, r.verdictOf(Implementation.CORE), r.evidence().toString());
        assertTrue(r.evidence().get(Implementation.CORE).startsWith("0.000 (6 seeds)"), "no pair differs: τ_b taken as 0, " + r.evidence());
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
    void theQuickGridRunsThePrimaryReadingAtFiveRatesAndEveryFixAtTheFixRate() {
        List<RunConfig> configs = experiment.configurations(Profile.QUICK, 1);
        List<String> ids = configs.stream().map(RunConfig::config).toList();
        assertEquals(List.of("plain-half-sum-std0.01-lr0.03", "plain-half-sum-std0.01-lr0.05", "plain-half-sum-std0.01-lr0.08",
                "plain-half-sum-std0.01-lr0.1", "plain-half-sum-std0.01-lr0.12", "fix-leaky-half-sum-std0.01-lr0.12",
                "fix-softmax-half-sum-std0.01-lr0.12", "fix-decay-half-sum-std0.01-lr0.12", "plain-w500-half-sum-std0.01-lr0.12"), ids);
        assertEquals(Map.of("variant", "plain", "loss", "half-sum", "init", "std0.01", "lr", 0.03, "width", 100), configs.get(0).params());
        assertEquals(6 * 9, experiment.configurations(Profile.QUICK, 0).size(), "six seeds");
        int full = 9 + 5 * 8 + 3 * 9 + 3 * 3;
        assertEquals(6 * full, experiment.configurations(Profile.FULL, 0).size(),
                "the primary reading at nine rates and three more widths, five readings at eight, three fixes at three rates (wide: the width scan's)");
        Point var = new Point(Variant.PLAIN, SquaredErrorReading.SUM, DyingReluReading.Scale.VAR, 0.1, 100);
        assertEquals(0.1, ((DenseLayerSpec) DyingReluLr.spec(var, 100, 1).layers().get(0)).weightInit().std());
        assertEquals(500, ((DenseLayerSpec) DyingReluLr.spec(DyingReluFix.WIDE.at(0.12), 100, 1).layers().get(0)).nOut());
    }

    @Test
    void theHalfSumReadingRunsAsTheSumOfSquaresAtHalfTheRate() {
        NetworkSpec halfSum = DyingReluLr.spec(point(Variant.PLAIN, 0.1), 100, 1);
        assertEquals(LossFunction.L2, ((OutputLayerSpec) halfSum.layers().get(1)).loss());
        assertEquals(0.05, halfSum.learningRate().valueAt(0), 1e-15, "gradient 2(a - t) at rate 0.05 is (a - t) at 0.1");
        NetworkSpec sum = DyingReluLr.spec(new Point(Variant.PLAIN, SquaredErrorReading.SUM, DyingReluReading.Scale.STD, 0.1, 100), 100, 1);
        assertEquals(0.1, sum.learningRate().valueAt(0), 1e-15);
        NetworkSpec decay = DyingReluLr.spec(point(Variant.DECAY, 0.1), 800, 1);
        assertEquals(0.025, decay.learningRate().valueAt(100), 1e-15, "halved after an eighth of the run, from the half-sum's 0.05");
    }

    @Test
    void oneTinyRunOnBothSidesRecordsDeadUnitsAtEveryCheckpoint() {
        DyingReluLr.Sizes tiny = new DyingReluLr.Sizes(3, 20, 5, 2, 1, Map.of(PRIMARY, new double[] {0.05}), new double[] {0.1}, List.of());
        RunConfig config = experiment.configurations(Profile.QUICK, 1).stream()
                .filter(c -> c.config().equals("fix-decay-half-sum-std0.01-lr0.12")).findFirst().orElseThrow();
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
