package io.twinnet.experiments.app.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.FigureDeclaration;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Verdict;
import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.RunManifest;
import io.twinnet.reports.model.Claim;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.LineStyle;
import io.twinnet.reports.model.Point;
import io.twinnet.reports.model.Report;
import io.twinnet.reports.model.Section;
import io.twinnet.reports.model.XyChart;
import io.twinnet.reports.model.XySeries;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report draws what an experiment declares: one chart per declared figure, both implementations in it. */
class ResultsReportDeclaredFiguresTest {
    private static final FigureDeclaration LOSS = new FigureDeclaration("loss-by-width", "Loss by width", "evalLoss", "step",
            "evaluation loss", false, true, "theoryLoss", orderedMap("w10-lr0.1", "width 10", "w10-lr0.2", "width 10", "w50-lr0.1", "width 50"));

    @Test
    void aDeclaredFigureIsOneChartWithCoreSolidAndDl4jDashedPerGroupWithBandsAndTheory() {
        Section section = experimentSection(ResultsReport.build(document(LOSS, 2)));
        assertEquals(1, section.figures().size(), "one chart for one declared figure, no guessed charts beside it");
        Figure figure = section.figures().get(0);
        assertEquals("demo-loss-by-width", figure.id());
        XyChart chart = (XyChart) figure.chart();
        assertEquals("step", chart.xAxis().label());
        assertFalse(chart.xAxis().log());
        assertEquals("evaluation loss", chart.yAxis().label());
        assertTrue(chart.yAxis().log(), "the declared log y axis");
        List<String> names = chart.series().stream().map(XySeries::name).toList();
        assertEquals(List.of("width 10 · core", "width 10 · DL4J", "width 10 · theory", "width 50 · core", "width 50 · DL4J",
                "width 50 · theory"), names);
        for (String group : List.of("width 10", "width 50")) {
            XySeries core = series(chart, group + " · core");
            XySeries dl4j = series(chart, group + " · DL4J");
            XySeries theory = series(chart, group + " · theory");
            assertEquals(group, core.group());
            assertEquals(group, dl4j.group());
            assertEquals(LineStyle.SOLID, core.style());
            assertEquals(LineStyle.DASHED, dl4j.style());
            assertFalse(core.reference());
            assertFalse(dl4j.reference());
            assertNotNull(core.band(), "two seeds per side: a band");
            assertNotNull(dl4j.band(), "two seeds per side: a band");
            assertTrue(theory.reference(), "the theory is a reference series");
        }
        assertEquals(1, chart.series().stream().filter(s -> s.reference() && s.group().equals("width 10")).count(),
                "one theory line per group, however many configurations and seeds it gathers");
    }

    @Test
    void theLineIsTheMedianOverSeedsAndTheBandTheirMinimumAndMaximum() {
        XyChart chart = (XyChart) experimentSection(ResultsReport.build(document(LOSS, 2))).figures().get(0).chart();
        // width 50 has one configuration: seed 1 and seed 2 differ by 0.001 · seed (see loss()); median between them.
        XySeries core = series(chart, "width 50 · core");
        assertEquals(loss(50, 1, Implementation.CORE, 0) / 2 + loss(50, 2, Implementation.CORE, 0) / 2, core.points().get(0).y(), 1e-15);
        assertEquals(loss(50, 1, Implementation.CORE, 0), core.band().lower().get(0), 1e-15);
        assertEquals(loss(50, 2, Implementation.CORE, 0), core.band().upper().get(0), 1e-15);
        // the DL4J line is drawn from DL4J's own records, not the core's
        XySeries dl4j = series(chart, "width 50 · DL4J");
        assertEquals(loss(50, 1, Implementation.DL4J, 0), dl4j.band().lower().get(0), 1e-15);
    }

    @Test
    void seedsThatStopEarlyCountOnlyWhereTheyHaveAPoint() {
        // w50 seed 2 on the core diverges after its third checkpoint: its curve is shorter.
        ResultsDocument doc = document(LOSS, 2);
        ExperimentResult e = doc.experiments().get(0);
        List<RunRecord> runs = new ArrayList<>();
        for (RunRecord r : e.runs()) {
            if (!(r.config().config().equals("w50-lr0.1") && r.config().seed() == 2)) {
                runs.add(r);
                continue;
            }
            Map<Implementation, SideRecord> sides = new EnumMap<>(r.sides());
            SideRecord core = r.side(Implementation.CORE);
            Series full = core.seriesOrNull("evalLoss");
            Series cut = new Series(java.util.Arrays.copyOf(full.x(), 3), new double[] {full.y()[0], full.y()[1], Double.NaN});
            sides.put(Implementation.CORE, new SideRecord(RunStatus.DIVERGED, 200, null, core.scalars(),
                    Map.of("evalLoss", cut, "theoryLoss", core.seriesOrNull("theoryLoss")), core.seconds()));
            runs.add(new RunRecord(r.config(), sides, r.parity(), r.seconds()));
        }
        ExperimentResult changed = new ExperimentResult(e.id(), e.title(), e.source(), e.setup(), e.claims(), e.configurations(), runs,
                e.parity(), e.figures());
        XyChart chart = (XyChart) experimentSection(ResultsReport.build(new ResultsDocument(doc.schema(), doc.schemaVersion(),
                doc.manifest(), doc.finishedAt(), doc.complete(), List.of(changed)))).figures().get(0).chart();
        XySeries core = series(chart, "width 50 · core");
        double[] xs = core.points().stream().mapToDouble(Point::x).toArray();
        assertArrayEquals(new double[] {0, 100, 200, 300, 400}, xs, "every x any seed reached, once");
        double seed1 = loss(50, 1, Implementation.CORE, 2);
        assertEquals(seed1, core.points().get(2).y(), 1e-15, "the NaN of the diverged step is left out of the median");
        assertEquals(loss(50, 1, Implementation.CORE, 4), core.points().get(4).y(), 1e-15, "after the divergence only seed 1 counts");
        assertEquals(core.band().lower().get(4), core.band().upper().get(4), 0.0);
    }

    @Test
    void aSingleSeedIsDrawnWithoutABandAndNoTheoryWhenNoneIsDeclared() {
        FigureDeclaration plain = new FigureDeclaration("loss", "Loss", "evalLoss", "step", "evaluation loss", true, false, null,
                orderedMap("w10-lr0.1", "w10", "w50-lr0.1", "w50"));
        XyChart chart = (XyChart) experimentSection(ResultsReport.build(document(plain, 1))).figures().get(0).chart();
        assertTrue(chart.xAxis().log());
        assertFalse(chart.yAxis().log());
        assertEquals(4, chart.series().size(), "core and DL4J for each of the two labels, the unlisted w10-lr0.2 left out");
        for (XySeries s : chart.series()) {
            assertNull(s.band(), s.name() + ": one seed has no spread to draw");
            assertFalse(s.reference(), s.name());
        }
    }

    @Test
    void anExperimentWithoutDeclaredFiguresKeepsTheGuessedChartsPerImplementation() {
        Section section = experimentSection(ResultsReport.build(SyntheticResults.document("demo", "He converges")));
        List<String> ids = section.figures().stream().map(Figure::id).toList();
        assertEquals(List.of("demo-evalaccuracy-core", "demo-evalaccuracy-dl4j", "demo-evalloss-core", "demo-evalloss-dl4j"), ids);
    }

    @Test
    void eachClaimOfAnExperimentWithDeclaredFiguresNamesThem() {
        Section section = experimentSection(ResultsReport.build(document(LOSS, 2)));
        Claim claim = section.claims().get(0);
        assertTrue(claim.note().endsWith("Figures: demo: Loss by width."), claim.note());
    }

    private static Section experimentSection(Report report) {
        return report.sections().stream().filter(s -> s.id().equals("demo")).findFirst().orElseThrow();
    }

    private static XySeries series(XyChart chart, String name) {
        return chart.series().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no series '" + name + "' in " + chart.series().stream().map(XySeries::name).toList()));
    }

    /** The recorded loss of a width at checkpoint i: decays faster when wider; seeds and sides differ a little. */
    private static double loss(int width, long seed, Implementation impl, int i) {
        return 2.0 * Math.exp(-0.002 * width * i) + 0.001 * seed + (impl == Implementation.DL4J ? 0.0003 : 0);
    }

    /** Three configurations (two of width 10, one of width 50), {@code seeds} seeds, both sides finished, a theory curve each. */
    private static ResultsDocument document(FigureDeclaration figure, int seeds) {
        List<RunConfig> configs = new ArrayList<>();
        List<RunRecord> runs = new ArrayList<>();
        for (String cfg : List.of("w10-lr0.1", "w10-lr0.2", "w50-lr0.1")) {
            int width = cfg.startsWith("w10") ? 10 : 50;
            for (long seed = 1; seed <= seeds; seed++) {
                RunConfig c = new RunConfig("demo", cfg, seed, Map.of("width", width));
                configs.add(c);
                Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
                for (Implementation impl : Implementation.values()) {
                    double[] x = new double[5];
                    double[] y = new double[5];
                    double[] theory = new double[5];
                    for (int i = 0; i < 5; i++) {
                        x[i] = 100 * i;
                        y[i] = loss(width, seed, impl, i);
                        theory[i] = 2.0 * Math.exp(-0.002 * width * i);
                    }
                    sides.put(impl, new SideRecord(RunStatus.FINISHED, -1, null, Map.of("finalEvalLoss", y[4]),
                            Map.of("evalLoss", new Series(x, y), "theoryLoss", new Series(x, theory)), 0.1));
                }
                runs.add(new RunRecord(c, sides, null, 0.2));
            }
        }
        ClaimResult claim = new ClaimResult("wider-is-lower", "Wider nets reach a lower loss", "median final loss falls with width",
                Map.of(Implementation.CORE, Verdict.REPRODUCED, Implementation.DL4J, Verdict.REPRODUCED),
                Map.of(Implementation.CORE, "ratio 0.5", Implementation.DL4J, "ratio 0.5"));
        ExperimentResult e = new ExperimentResult("demo", "width and loss", "seed 000", "three small nets", List.of(claim), configs, runs,
                Double.NaN, List.of(figure));
        RunManifest m = new RunManifest(1, "synthetic", "quick", seeds, List.of("demo"), "2026-01-01T00:00:00Z", Map.of("twinnetVersion", "test"));
        return new ResultsDocument("twinnet-results", 1, m, "2026-01-01T00:05:00Z", true, List.of(e));
    }

    private static Map<String, String> orderedMap(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) m.put(keyValues[i], keyValues[i + 1]);
        return m;
    }
}
