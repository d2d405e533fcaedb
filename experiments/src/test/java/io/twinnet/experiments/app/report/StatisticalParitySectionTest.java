package io.twinnet.experiments.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.OutcomeMetric;
import io.twinnet.experiments.lab.parity.ParityOutcome;
import io.twinnet.experiments.lab.parity.StatisticalParity;
import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.reports.model.IntervalChart;
import io.twinnet.reports.model.Report;
import io.twinnet.reports.model.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticalParitySectionTest {

    /**
     * Three configurations of eight seeds a side with accuracies spread by ±0.0035 around their centre: "same" has
     * both sides at 0.90, "off" the core 0.10 below (five margins), "few" only two seeds a side.
     */
    private static ResultsDocument sweep() throws Exception {
        List<RunRecord> runs = new ArrayList<>();
        add(runs, "same", 0.90, 0.90, 8);
        add(runs, "off", 0.80, 0.90, 8);
        add(runs, "few", 0.90, 0.90, 2);
        ExperimentResult e = new ExperimentResult("demo", "t", "s", "setup", List.of(), runs.stream().map(RunRecord::config).toList(), runs,
                Double.NaN, List.of(), null, StatisticalParity.compare(runs, List.of(OutcomeMetric.FINAL_ACCURACY)));
        ResultsDocument raw = SyntheticResults.document("t", "c");
        ResultsDocument doc = new ResultsDocument(raw.schema(), raw.schemaVersion(), raw.manifest(), raw.finishedAt(), true,
                ExperimentResult.judgedAcrossSweep(List.of(e)));
        // through results.json and back, as the report command reads it
        return Json.mapper().readValue(Json.mapper().writeValueAsString(doc), ResultsDocument.class);
    }

    private static void add(List<RunRecord> runs, String config, double core, double dl4j, int seeds) {
        for (int s = 0; s < seeds; s++) {
            double jitter = 0.001 * (s % 8) - 0.0035;
            Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
            sides.put(Implementation.CORE, side(core + jitter));
            sides.put(Implementation.DL4J, side(dl4j - jitter * 0.5));
            runs.add(new RunRecord(new RunConfig("demo", config, s + 1, Map.of()), sides, null, 0));
        }
    }

    private static SideRecord side(double accuracy) {
        return new SideRecord(RunStatus.FINISHED, -1, null, Map.of(Metrics.FINAL_EVAL_ACCURACY.name(), accuracy), Map.of(), 0);
    }

    @Test
    void resultsJsonKeepsEachComparisonWithItsOutcome() throws Exception {
        ExperimentResult e = sweep().experiments().get(0);
        assertEquals(List.of(ParityOutcome.EQUIVALENT, ParityOutcome.DIFFERENT, ParityOutcome.UNDECIDED),
                e.statisticalParity().stream().map(c -> c.outcome()).toList());
        assertEquals(-0.1, e.statisticalParity().get(1).difference().value(), 0.01);
        assertTrue(e.statisticalParity().get(2).seedsToDecide() > 2, e.statisticalParity().get(2).toString());
    }

    @Test
    void theOverviewCountsConfigurationsAndTheSectionHasATableAndAFigure() throws Exception {
        Report report = ResultsReport.build(sweep());
        Section overview = report.sections().get(0);
        assertTrue(overview.paragraphs().stream().anyMatch(p -> p.startsWith(
                "Statistical parity: 1 configurations equivalent, 1 different, 1 undecided (3 comparisons")), overview.paragraphs().toString());
        Section parity = report.sections().stream().filter(s -> s.id().equals("statistical-parity")).findFirst().orElseThrow();
        assertEquals(1, parity.tables().size());
        assertEquals(3, parity.tables().get(0).rows().size());
        assertTrue(parity.figures().get(0).chart() instanceof IntervalChart);
        assertTrue(parity.paragraphs().stream().anyMatch(p -> p.contains("--shared-init")), "says what is not covered");
    }

    @Test
    void aSweepWithoutComparisonsSaysSoAndLeavesTheOverviewAlone() {
        Report report = ResultsReport.build(SyntheticResults.document("t", "c"));
        assertTrue(report.sections().get(0).paragraphs().stream().noneMatch(p -> p.startsWith("Statistical parity")));
        Section parity = report.sections().stream().filter(s -> s.id().equals("statistical-parity")).findFirst().orElseThrow();
        assertTrue(parity.tables().isEmpty());
        assertTrue(parity.paragraphs().stream().anyMatch(p -> p.startsWith("No comparisons in this results file")));
    }
}
