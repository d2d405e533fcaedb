package io.twinnet.experiments.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.RunManifest;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.ParityRecord;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReproductionDiffTest {

    /** A one-experiment, one-run document whose core and DL4J values can be varied. */
    static ResultsDocument doc(double coreScalar, double dl4jScalar, double coreSeriesPoint, double dl4jSeriesPoint,
                               double parityLoss, Verdict dl4jVerdict) {
        RunConfig config = new RunConfig("exp", "cfg", 7, Map.of());
        SideRecord core = new SideRecord(RunStatus.FINISHED, -1, null, Map.of("acc", coreScalar),
                Map.of("loss", new Series(new double[] {0, 10, 20}, new double[] {2.0, coreSeriesPoint, 0.5})), 1.0);
        SideRecord dl4j = new SideRecord(RunStatus.FINISHED, -1, null, Map.of("acc", dl4jScalar),
                Map.of("loss", new Series(new double[] {0, 10, 20}, new double[] {2.0, dl4jSeriesPoint, 0.5})), 2.0);
        RunRecord run = new RunRecord(config, Map.of(Implementation.CORE, core, Implementation.DL4J, dl4j),
                new ParityRecord(20, "double", 1e-16, parityLoss, 2e-16), 3.0);
        ClaimResult claim = new ClaimResult("c1", "text", "rule",
                Map.of(Implementation.CORE, Verdict.REPRODUCED, Implementation.DL4J, dl4jVerdict), Map.of());
        ExperimentResult e = new ExperimentResult("exp", "t", "s", "setup", List.of(claim), List.of(config), List.of(run), 1e-16);
        RunManifest m = new RunManifest(1, "r", "quick", 1, List.of("exp"), "2026-01-01T00:00:00Z", Map.of());
        return new ResultsDocument("twinnet-results", 1, m, "2026-01-01T00:01:00Z", true, List.of(e));
    }

    static ResultsDocument base() {
        return doc(0.9, 0.9, 1.0, 1.0, 3e-16, Verdict.REPRODUCED);
    }

    @Test
    void identicalDocumentsReproduceBitForBitOnBothSides() {
        ReproductionOutcome o = ReproductionDiff.compare(base(), base(), 1e-9);
        assertTrue(o.matches());
        assertTrue(o.coreBitIdentical());
        assertTrue(o.dl4jBitIdentical());
        assertEquals(1, o.runsCompared());
        // 1 scalar + 3 x + 3 y per side; DL4J also has 3 parity figures.
        assertEquals(7, o.coreValuesCompared());
        assertEquals(10, o.dl4jValuesCompared());
        assertTrue(o.differences().isEmpty());
    }

    @Test
    void oneUlpOnACoreSeriesPointBreaksTheReproductionAndIsLocated() {
        ResultsDocument changed = doc(0.9, 0.9, Math.nextUp(1.0), 1.0, 3e-16, Verdict.REPRODUCED);
        ReproductionOutcome o = ReproductionDiff.compare(base(), changed, 1e-9);
        assertFalse(o.matches());
        assertFalse(o.coreBitIdentical());
        assertEquals(1, o.differences().size());
        Difference d = o.differences().get(0);
        assertEquals("exp", d.experiment());
        assertEquals("cfg", d.config());
        assertEquals(7, d.seed());
        assertEquals("core", d.side());
        assertEquals("loss", d.name());
        assertEquals(1, d.index());
        // relative to the series scale, max |y| = 2
        assertEquals(Math.ulp(1.0) / 2.0, d.relDiff(), 1e-30);
    }

    @Test
    void aDl4jDifferenceWithinTheToleranceStillReproducesButIsNotBitIdentical() {
        ResultsDocument changed = doc(0.9, 0.9 * (1 + 1e-12), 1.0, 1.0, 3e-16, Verdict.REPRODUCED);
        ReproductionOutcome o = ReproductionDiff.compare(base(), changed, 1e-9);
        assertTrue(o.matches());
        assertFalse(o.dl4jBitIdentical());
        assertTrue(o.dl4jWithinTolerance());
        assertEquals(1, o.dl4jDifferingValues());
        assertEquals(1e-12, o.dl4jMaxRelDiff(), 1e-15);
    }

    @Test
    void aDl4jDifferenceBeyondTheToleranceIsListed() {
        ResultsDocument changed = doc(0.9, 0.9, 1.0, 1.0 + 1e-6, 3e-16, Verdict.REPRODUCED);
        ReproductionOutcome o = ReproductionDiff.compare(base(), changed, 1e-9);
        assertFalse(o.matches());
        assertTrue(o.coreBitIdentical());
        assertEquals("dl4j", o.differences().get(0).side());
        // The point is compared against the series' scale, max |y| = 2.
        assertEquals(1e-6 / 2.0, o.differences().get(0).relDiff(), 1e-12);
    }

    @Test
    void parityFiguresAreComparedAbsolutely() {
        ReproductionOutcome o = ReproductionDiff.compare(base(), doc(0.9, 0.9, 1.0, 1.0, 5e-16, Verdict.REPRODUCED), 1e-9);
        assertTrue(o.matches());
        assertFalse(o.dl4jBitIdentical());
    }

    @Test
    void aChangedVerdictBreaksTheReproduction() {
        ReproductionOutcome o = ReproductionDiff.compare(base(), doc(0.9, 0.9, 1.0, 1.0, 3e-16, Verdict.NOT_REPRODUCED), 1e-9);
        assertFalse(o.matches());
        assertFalse(o.verdictsEqual());
        assertEquals("claim", o.differences().get(0).side());
        assertEquals("c1", o.differences().get(0).config());
    }
}
