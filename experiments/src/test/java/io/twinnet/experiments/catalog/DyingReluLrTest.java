package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.curve;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DyingReluLrTest {
    private final DyingReluLr experiment = new DyingReluLr();
    private static final DyingReluLr.Reading FIX_READING = DyingReluLr.SUM_STD;

    private static SideRecord trained() {
        return side(scalars("finalDeadOutputFraction", 0.0), Map.of("evalAccuracy", curve(0.1, 0.8, 0.9, 0.92)));
    }

    private static SideRecord collapsed(double deadAtEnd) {
        return side(scalars("finalDeadOutputFraction", deadAtEnd), Map.of("evalAccuracy", curve(0.1, 0.8, 0.4, 0.2)));
    }

    private static RunRecord plain(double lr, long seed, SideRecord s) {
        return both(DyingReluLr.ID, DyingReluLr.plainId(FIX_READING, lr), seed, s);
    }

    private static RunRecord fix(String fix, long seed, SideRecord s) {
        return both(DyingReluLr.ID, DyingReluLr.fixId(fix, FIX_READING, 0.1), seed, s);
    }

    /** Both seeds train at 0.03 and 0.05 and collapse, with dead outputs, at 0.07 and 0.1; every fix trains. */
    private static List<RunRecord> askersWorld() {
        List<RunRecord> runs = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) {
            runs.add(plain(0.03, seed, trained()));
            runs.add(plain(0.05, seed, trained()));
            runs.add(plain(0.07, seed, collapsed(0.4)));
            runs.add(plain(0.1, seed, collapsed(0.6)));
            for (String f : List.of("leaky", "softmax", "decay", "wide")) runs.add(fix(f, seed, trained()));
        }
        return runs;
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

    private static List<RunRecord> replace(List<RunRecord> runs, RunRecord... replacements) {
        List<RunRecord> out = new ArrayList<>();
        for (RunRecord r : runs) {
            boolean replaced = false;
            for (RunRecord n : replacements) replaced |= n.config().key().equals(r.config().key());
            if (!replaced) out.add(r);
        }
        out.addAll(List.of(replacements));
        return out;
    }

    @Test
    void aRunFailsWhenItCollapsesBelowItsPeakNeverLearnsOrDiverges() {
        assertFalse(DyingReluLr.failed(trained()));
        assertTrue(DyingReluLr.failed(collapsed(0.5)));
        assertTrue(DyingReluLr.failed(side(Map.of(), Map.of("evalAccuracy", curve(0.13, 0.10, 0.10)))), "never learned");
        assertFalse(DyingReluLr.failed(side(Map.of(), Map.of("evalAccuracy", curve(0.1, 0.9, 0.75)))), "a 0.15 dip is no collapse");
        assertTrue(DyingReluLr.failed(new SideRecord(RunStatus.DIVERGED, 7, null, Map.of(), Map.of(), 0.1)));
    }

    @Test
    void everyClaimIsReproducedInTheAskersWorld() {
        List<RunRecord> runs = askersWorld();
        runs = replace(runs, plain(0.05, 2, collapsed(0.3)));
        for (ClaimResult r : evaluate(runs).values()) {
            assertEquals(Verdict.REPRODUCED, r.verdictOf(Implementation.CORE), r.id() + ": " + r.evidence());
        }
        assertTrue(evaluate(runs).get("threshold-near-0.06").evidence().get(Implementation.CORE)
                .contains("sum-std0.01 threshold median 0.060, range [0.050, 0.070]"));
    }

    @Test
    void thresholdMedianOutsideAskersBandIsNotReproduced() {
        List<RunRecord> runs = replace(askersWorld(), plain(0.07, 1, trained()), plain(0.07, 2, trained()));
        assertEquals(Verdict.REPRODUCED, verdict(runs, "collapse-above-threshold"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, "threshold-near-0.06"), "median threshold 0.1 > 0.08");
    }

    @Test
    void noCollapseAnywhereMeansNoThreshold() {
        List<RunRecord> runs = replace(askersWorld(), plain(0.07, 1, trained()), plain(0.07, 2, trained()), plain(0.1, 1, trained()),
                plain(0.1, 2, trained()));
        Map<String, ClaimResult> r = evaluate(runs);
        assertEquals(Verdict.NOT_REPRODUCED, r.get("collapse-above-threshold").verdictOf(Implementation.CORE));
        assertEquals(Verdict.NOT_REPRODUCED, r.get("threshold-near-0.06").verdictOf(Implementation.CORE));
        assertEquals(Verdict.INCONCLUSIVE, r.get("output-units-die").verdictOf(Implementation.CORE), "nothing failed");
        assertEquals(Verdict.INCONCLUSIVE, r.get("fix-leaky").verdictOf(Implementation.CORE), "plain does not collapse at 0.1");
    }

    @Test
    void collapseAlreadyAtTheSmallestRateIsNoThresholdInTheGrid() {
        List<RunRecord> runs = replace(askersWorld(), plain(0.03, 1, collapsed(0.5)), plain(0.03, 2, collapsed(0.5)));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, "collapse-above-threshold"));
    }

    @Test
    void collapsesWithoutDeadOutputsDoNotShowTheMechanism() {
        List<RunRecord> runs = replace(askersWorld(), plain(0.07, 1, collapsed(0)), plain(0.07, 2, collapsed(0)),
                plain(0.1, 1, collapsed(0)), plain(0.1, 2, collapsed(0.1)));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, "output-units-die"));
    }

    @Test
    void seedsThatAllAgreeDoNotShowSeedSensitivity() {
        assertEquals(Verdict.NOT_REPRODUCED, verdict(askersWorld(), "seed-decides-near-threshold"));
    }

    @Test
    void aFixThatStillCollapsesIsNotReproduced() {
        List<RunRecord> runs = replace(askersWorld(), fix("decay", 1, collapsed(0.3)), fix("decay", 2, collapsed(0.3)));
        Map<String, ClaimResult> r = evaluate(runs);
        assertEquals(Verdict.NOT_REPRODUCED, r.get("fix-decay").verdictOf(Implementation.CORE));
        assertEquals(Verdict.REPRODUCED, r.get("fix-wide").verdictOf(Implementation.CORE));
    }

    @Test
    void deadFractionCountsColumnsThatAreZeroInEveryRow() {
        double[] acts = {0, 1, 0, 0.5, 0, 0, 0, 2, 0, 0, 0, 3};
        assertEquals(0.5, DeadUnitProbe.deadFraction(acts, 3), 0.0, "units 0 and 2 of 4 are zero in all 3 rows");
    }

    @Test
    void theQuickGridRunsBothReadingsOfInitAndLossAndEveryFix() {
        List<String> ids = experiment.configurations(Profile.QUICK, 1).stream().map(RunConfig::config).toList();
        assertTrue(ids.contains("plain-sum-std0.01-lr0.07"));
        assertTrue(ids.contains("plain-sum-var0.01-lr0.07"));
        assertTrue(ids.contains("plain-mean-std0.01-lr0.1"));
        assertTrue(ids.contains("plain-mean-var0.01-lr0.03"));
        for (String f : List.of("leaky", "softmax", "decay", "wide")) assertTrue(ids.contains("fix-" + f + "-sum-std0.01-lr0.1"));
        assertEquals(0.1, ((io.twinnet.core.spec.DenseLayerSpec) DyingReluLr.spec("plain", DyingReluLr.SUM_VAR, 0.1, 100, 1).layers().get(0))
                .weightInit().std());
    }

    @Test
    void oneTinyRunOnBothSidesRecordsDeadUnitsAtEveryCheckpoint() {
        Map<DyingReluLr.Reading, double[]> grid = Map.of(FIX_READING, new double[] {0.05});
        DyingReluLr.Setup tiny = new DyingReluLr.Setup(3, 20, 5, 2, 1, grid, FIX_READING, 0.05);
        RunConfig config = experiment.configurations(Profile.QUICK, 1).stream()
                .filter(c -> c.config().equals("fix-decay-sum-std0.01-lr0.1")).findFirst().orElseThrow();
        RunRecord r = experiment.run(config, new SyntheticMnistEnvironment(), tiny);
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            Series dead = s.seriesOrNull("deadOutputFraction");
            assertNotNull(dead);
            assertEquals(5, dead.size(), "checkpoints at 0, 5, 10, 15, 20");
            assertEquals(5, s.seriesOrNull("deadHiddenFraction").size());
            assertTrue(s.scalar("finalDeadOutputFraction") >= 0 && s.scalar("finalDeadOutputFraction") <= 1);
        }
        assertTrue(r.parity().lossRelDiff() < 1e-9, "exact parity with the step schedule: " + r.parity());
    }
}
