package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.DyingReluWorld.NEVER;
import static io.twinnet.experiments.catalog.DyingReluWorld.SEEDS;
import static io.twinnet.experiments.catalog.DyingReluWorld.askersWorld;
import static io.twinnet.experiments.catalog.DyingReluWorld.collapsed;
import static io.twinnet.experiments.catalog.DyingReluWorld.evaluate;
import static io.twinnet.experiments.catalog.DyingReluWorld.evidence;
import static io.twinnet.experiments.catalog.DyingReluWorld.plain;
import static io.twinnet.experiments.catalog.DyingReluWorld.verdict;
import static io.twinnet.experiments.catalog.DyingReluWorld.widthWorld;
import static io.twinnet.experiments.catalog.DyingReluWorld.world;
import static io.twinnet.experiments.catalog.SyntheticRecords.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Verdict;
import io.twinnet.experiments.lab.stats.Estimate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dying-relu-lr's threshold, collapse, mechanism, seed and width claims on synthetic worlds ({@link DyingReluWorld}). */
class DyingReluThresholdTest {

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
    void theMechanismClaimShowsTheFailureKindsAtEveryRate() {
        List<RunRecord> runs = replace(askersWorld(), plain(0.1, 2, collapsed(2, 0)),
                plain(0.12, 4, new SideRecord(RunStatus.DIVERGED, 9, null, Map.of(), Map.of(), 0.1)));
        String e = evidence(runs, "output-units-die");
        assertTrue(e.contains("lr 0.05: 6 trained; lr 0.08: 6 dead; lr 0.1: 5 dead, 1 collapsed; lr 0.12: 1 diverged, 5 dead"), e);
        assertTrue(e.startsWith("0.9412 "), "16 of the 17 failed, not diverged runs are dead: " + e);
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
}
