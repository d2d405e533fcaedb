package io.twinnet.experiments.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.OutcomeMetric;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.parity.ParityOutcome;
import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.RunManifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code twinnet compare A B}'s statistical parity: A's seeds against B's, per implementation, configuration and outcome. */
public class SweepParityTest {
    /** Ten seeds' spread around a centre: deterministic, symmetric, sd about 0.6 of the unit. */
    private static final double[] NOISE = {-1, -0.8, -0.5, -0.3, -0.1, 0.1, 0.3, 0.5, 0.8, 1};

    /**
     * Ten seeds of two configurations; accuracy ~0.90 ± 0.005 and loss ~0.30 ± 0.003 on both sides, with {@code coreShift}
     * added to the core's accuracy of configuration {@code wide}.
     */
    public static ResultsDocument sweep(double coreShift) {
        List<RunRecord> runs = new ArrayList<>();
        for (String config : List.of("narrow", "wide")) {
            for (int seed = 1; seed <= NOISE.length; seed++) {
                double e = NOISE[(seed * 3) % NOISE.length];
                double acc = 0.90 + 0.005 * e;
                double loss = 0.30 + 0.003 * e;
                double shift = config.equals("wide") ? coreShift : 0;
                runs.add(new RunRecord(new RunConfig("exp", config, seed, Map.of()), Map.of(
                        Implementation.CORE, side(acc + shift, loss), Implementation.DL4J, side(acc, loss)), null, 1));
            }
        }
        ExperimentResult e = new ExperimentResult("exp", "title", "src", "setup", List.of(), runs.stream().map(RunRecord::config).toList(), runs, Double.NaN);
        RunManifest m = new RunManifest(1, "r", "quick", 10, List.of("exp"), "2026-01-01T00:00:00Z", Map.of());
        return new ResultsDocument("twinnet-results", 1, m, "2026-01-01T00:01:00Z", true, List.of(e));
    }

    private static SideRecord side(double acc, double loss) {
        return new SideRecord(RunStatus.FINISHED, -1, null,
                Map.of(Metrics.FINAL_EVAL_ACCURACY.name(), acc, Metrics.FINAL_EVAL_LOSS.name(), loss), Map.of(), 1);
    }

    private static List<SweepParity.Row> compare(ResultsDocument a, ResultsDocument b) {
        return SweepParity.compare(a, b, id -> OutcomeMetric.TRAINING_DEFAULTS);
    }

    @Test
    void aCoreWhoseAccuracyMovedByFiveMarginsIsDifferentThereAndNowhereElse() {
        List<SweepParity.Row> rows = compare(sweep(0), sweep(0.1));
        assertEquals(2 * 2 * 2, rows.size(), "two sides x two configurations x two outcomes");
        for (SweepParity.Row r : rows) {
            boolean moved = r.implementation().equals("core") && r.config().equals("wide") && r.metric().equals(Metrics.FINAL_EVAL_ACCURACY.name());
            if (moved) {
                assertEquals(ParityOutcome.DIFFERENT, r.outcome(), r.toString());
                assertEquals(-0.1, r.difference().value(), 1e-12, "d = median(A) - median(B)");
                assertTrue(r.difference().upper() < -r.margin(), r.toString());
            } else {
                assertNotEquals(ParityOutcome.DIFFERENT, r.outcome(), r.toString());
            }
        }
        assertEquals(1, SweepParity.counts(rows).get("core").get(ParityOutcome.DIFFERENT));
        assertEquals(0, SweepParity.counts(rows).get("dl4j").get(ParityOutcome.DIFFERENT));
    }

    @Test
    void identicalSweepsAreNeverDifferentAndTenSeedsShowEquivalence() {
        List<SweepParity.Row> rows = compare(sweep(0), sweep(0));
        assertEquals(8, rows.size());
        for (SweepParity.Row r : rows) {
            assertEquals(0.0, r.difference().value(), r.toString());
            assertEquals(ParityOutcome.EQUIVALENT, r.outcome(), "ten identical seeds a side, well inside the margin: " + r);
        }
    }

    @Test
    void aConfigurationOnlyOneSweepHoldsIsNotCompared() {
        ResultsDocument a = sweep(0);
        ExperimentResult e = a.experiments().get(0);
        List<RunRecord> narrowOnly = e.runs().stream().filter(r -> r.config().config().equals("narrow")).toList();
        ResultsDocument b = new ResultsDocument("twinnet-results", 1, a.manifest(), a.finishedAt(), true,
                List.of(new ExperimentResult("exp", "title", "src", "setup", List.of(), narrowOnly.stream().map(RunRecord::config).toList(), narrowOnly, Double.NaN)));
        assertTrue(compare(a, b).stream().allMatch(r -> r.config().equals("narrow")));
    }
}
