package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.curve;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.spec.DenseLayerSpec;
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

    private static SideRecord trained() {
        return side(scalars("finalDeadOutputFraction", 0.0), Map.of("evalAccuracy", curve(0.1, 0.8, 0.9, 0.92)));
    }

    private static SideRecord collapsed(double deadAtEnd) {
        return side(scalars("finalDeadOutputFraction", deadAtEnd), Map.of("evalAccuracy", curve(0.1, 0.8, 0.4, 0.2)));
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

    /** Both seeds train at 0.03 and 0.05 and collapse, with dead outputs, at 0.07 and 0.1; every fix trains. */
    private static List<RunRecord> askersWorld() {
        List<RunRecord> runs = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) {
            runs.add(plain(0.03, seed, trained()));
            runs.add(plain(0.05, seed, trained()));
            runs.add(plain(0.07, seed, collapsed(0.4)));
            runs.add(plain(0.1, seed, collapsed(0.6)));
            for (Variant f : FIXES) runs.add(fix(f, seed, trained()));
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
        assertFalse(CollapseThreshold.failed(trained()));
        assertTrue(CollapseThreshold.failed(collapsed(0.5)));
        assertTrue(CollapseThreshold.failed(side(Map.of(), Map.of("evalAccuracy", curve(0.13, 0.10, 0.10)))), "never learned");
        assertFalse(CollapseThreshold.failed(side(Map.of(), Map.of("evalAccuracy", curve(0.1, 0.9, 0.75)))), "a 0.15 dip is no collapse");
        assertTrue(CollapseThreshold.failed(new SideRecord(RunStatus.DIVERGED, 7, null, Map.of(), Map.of(), 0.1)));
    }

    @Test
    void everyClaimIsReproducedInTheAskersWorld() {
        List<RunRecord> runs = replace(askersWorld(), plain(0.05, 2, collapsed(0.3)));
        for (ClaimResult r : evaluate(runs).values()) {
            assertEquals(Verdict.REPRODUCED, r.verdictOf(Implementation.CORE), r.id() + ": " + r.evidence());
        }
        String evidence = evaluate(runs).get("threshold-near-0.06").evidence().get(Implementation.CORE);
        assertTrue(evidence.endsWith("; 0.06000 (2 seeds)"), "median of the thresholds 0.05 and 0.07: " + evidence);
    }

    @Test
    void thresholdMedianOutsideAskersBandIsNotReproduced() {
        List<RunRecord> runs = replace(askersWorld(), plain(0.07, 1, trained()), plain(0.07, 2, trained()));
        assertEquals(Verdict.REPRODUCED, verdict(runs, "collapse-above-threshold"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs, "threshold-near-0.06"), "median threshold 0.1 > 0.08");
    }

    @Test
    void aMedianThresholdBeyondTheGridIsNotNearTheAsker() {
        List<RunRecord> runs = replace(askersWorld(), plain(0.07, 1, trained()), plain(0.07, 2, trained()), plain(0.1, 2, trained()));
        assertEquals(Verdict.REPRODUCED, verdict(runs, "collapse-above-threshold"), "half the seeds fail at 0.1");
        ClaimResult near = evaluate(runs).get("threshold-near-0.06");
        assertEquals(Verdict.NOT_REPRODUCED, near.verdictOf(Implementation.CORE), "thresholds 0.1 and +inf: the median is +inf");
        assertTrue(near.evidence().get(Implementation.CORE).contains("Infinity"), near.evidence().toString());
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
    void aFixThatFailsWherePlainReluDoesNotCollapseIsInconclusive() {
        List<RunRecord> runs = replace(askersWorld(), plain(0.1, 1, trained()), plain(0.1, 2, trained()),
                fix(Variant.LEAKY, 1, collapsed(0.3)), fix(Variant.LEAKY, 2, collapsed(0.3)));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "fix-leaky"), "the gate, not a conjunction");
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
        List<RunRecord> runs = replace(askersWorld(), fix(Variant.DECAY, 1, collapsed(0.3)), fix(Variant.DECAY, 2, collapsed(0.3)));
        Map<String, ClaimResult> r = evaluate(runs);
        assertEquals(Verdict.NOT_REPRODUCED, r.get("fix-decay").verdictOf(Implementation.CORE));
        assertEquals(Verdict.REPRODUCED, r.get("fix-wide").verdictOf(Implementation.CORE));
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
    void theQuickGridRunsBothReadingsOfInitAndLossAndEveryFixUnderTheStoredNames() {
        List<RunConfig> configs = experiment.configurations(Profile.QUICK, 1);
        List<String> ids = configs.stream().map(RunConfig::config).toList();
        assertEquals(12 + 4, ids.size());
        assertTrue(ids.contains("plain-sum-std0.01-lr0.07"));
        assertTrue(ids.contains("plain-sum-var0.01-lr0.07"));
        assertTrue(ids.contains("plain-mean-std0.01-lr0.1"));
        assertTrue(ids.contains("plain-mean-var0.01-lr0.03"));
        for (String f : List.of("leaky", "softmax", "decay", "wide")) assertTrue(ids.contains("fix-" + f + "-sum-std0.01-lr0.1"));
        assertEquals(Map.of("variant", "plain", "loss", "sum", "init", "std0.01", "lr", 0.03), configs.get(0).params());
        assertEquals(5 * (4 * 8 + 4), experiment.configurations(Profile.FULL, 0).size());
        Point var = new Point(Variant.PLAIN, DyingReluReading.Loss.SUM, DyingReluReading.Scale.VAR, 0.1);
        assertEquals(0.1, ((DenseLayerSpec) DyingReluLr.spec(var, 100, 1).layers().get(0)).weightInit().std());
    }

    @Test
    void oneTinyRunOnBothSidesRecordsDeadUnitsAtEveryCheckpoint() {
        DyingReluLr.Sizes tiny = new DyingReluLr.Sizes(3, 20, 5, 2, 1, Map.of(FIX_READING, new double[] {0.05}));
        RunConfig config = experiment.configurations(Profile.QUICK, 1).stream()
                .filter(c -> c.config().equals("fix-decay-sum-std0.01-lr0.1")).findFirst().orElseThrow();
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
        }
        assertEquals(RunSeeds.of(1), r.seeds());
        assertTrue(r.parity().lossRelDiff() < 1e-9, "exact parity with the step schedule: " + r.parity());
    }
}
