package io.twinnet.experiments.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.FigureDeclaration;
import io.twinnet.experiments.lab.HeatMapLayout;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.HeatCell;
import io.twinnet.reports.model.HeatLine;
import io.twinnet.reports.model.HeatMapChart;
import io.twinnet.reports.render.ChartRenderer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A declared heat map becomes one chart per implementation, each cell the mean over seeds of the declared scalar. */
class DeclaredHeatMapsTest {
    private static final HeatMapLayout LAYOUT;

    static {
        Map<String, HeatMapLayout.Cell> cells = new LinkedHashMap<>();
        cells.put("lo-fast", new HeatMapLayout.Cell("0.5", "1"));
        cells.put("lo-slow", new HeatMapLayout.Cell("0.5", "0.1"));
        cells.put("hi-fast", new HeatMapLayout.Cell("2", "1"));
        cells.put("hi-slow", new HeatMapLayout.Cell("2", "0.1"));
        LAYOUT = new HeatMapLayout(List.of("0.5", "2"), List.of("0.1", "1"), "fraction of seeds unstable", cells);
    }

    private static final FigureDeclaration PHASE = new FigureDeclaration("phase", "Phase diagram", "unstable", "init scale",
            "learning rate", false, false, null, Map.of(), LAYOUT);

    /**
     * Four seeds per configuration: on the core "hi-fast" is unstable in seeds 1–3 (0.75), every other cell in none; on DL4J
     * every seed of "hi-fast" is unstable (1.0), and seed 4 of "lo-slow" failed (left out); "hi-slow" has no DL4J side at all.
     */
    private static ExperimentResult result() {
        List<RunRecord> runs = new ArrayList<>();
        for (String config : LAYOUT.cells().keySet()) {
            for (long seed = 1; seed <= 4; seed++) {
                Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
                double core = config.equals("hi-fast") && seed <= 3 ? 1 : 0;
                sides.put(Implementation.CORE, side(core == 1 ? RunStatus.DIVERGED : RunStatus.FINISHED, core));
                if (config.equals("lo-slow") && seed == 4) sides.put(Implementation.DL4J, SideRecord.failed("boom", 0.1));
                else if (!config.equals("hi-slow")) sides.put(Implementation.DL4J, side(RunStatus.FINISHED, config.equals("hi-fast") ? 1 : 0));
                else sides.put(Implementation.DL4J, SideRecord.notRun("--impl core"));
                runs.add(new RunRecord(new RunConfig("demo", config, seed, Map.of()), sides, null, 0.2));
            }
        }
        return new ExperimentResult("demo", "phase", "seed 000", "a scan", List.of(), List.of(), runs, Double.NaN, List.of(PHASE));
    }

    private static SideRecord side(RunStatus status, double unstable) {
        return new SideRecord(status, status == RunStatus.DIVERGED ? 5 : -1, null, Map.of("unstable", unstable), Map.of(), 0.1);
    }

    private static double cell(HeatMapChart chart, String x, String y) {
        return chart.cells().stream().filter(c -> c.x().equals(x) && c.y().equals(y)).mapToDouble(HeatCell::value).findFirst()
                .orElse(Double.NaN);
    }

    @Test
    void eachImplementationGetsItsOwnHeatMapOfTheMeanOverItsMeasuredSeeds() {
        List<Figure> figures = DeclaredFigures.of(result());
        assertEquals(List.of("demo-phase-core", "demo-phase-dl4j"), figures.stream().map(Figure::id).toList());
        HeatMapChart core = (HeatMapChart) figures.get(0).chart();
        assertEquals(List.of("0.5", "2"), core.xCategories());
        assertEquals(List.of("0.1", "1"), core.yCategories());
        assertEquals("fraction of seeds unstable", core.scaleLabel());
        assertEquals(0.75, cell(core, "2", "1"), 0.0, "three diverged seeds of four");
        assertEquals(0.0, cell(core, "0.5", "1"), 0.0);
        assertEquals(4, core.cells().size());
        HeatMapChart dl4j = (HeatMapChart) figures.get(1).chart();
        assertEquals(1.0, cell(dl4j, "2", "1"), 0.0);
        assertEquals(0.0, cell(dl4j, "0.5", "0.1"), 0.0, "the failed seed is left out, not counted as 0 or 1");
        assertEquals(3, dl4j.cells().size(), "a configuration DL4J never ran stays blank");
        assertTrue(figures.get(1).caption().contains("3 to 4 measured seed(s)"), figures.get(1).caption());
    }

    /**
     * A line over the same cells from two extra configurations per column, each recording "bound" on four seeds: column 0.5 the
     * values 0.5, 1, 2, 4 on the core (median 1.5, between the rows 0.1 and 1: log-interpolated 1 + log(1.5)/log(10) rows up),
     * column 2 nothing finite; on DL4J every value 0.1 (row 0).
     */
    @Test
    void aDeclaredLineIsTheMedianOverSeedsPerColumnPlacedOnTheRowsInLog() {
        Map<String, HeatMapLayout.Cell> cells = new LinkedHashMap<>(LAYOUT.cells());
        HeatMapLayout layout = new HeatMapLayout(LAYOUT.columns(), LAYOUT.rows(), LAYOUT.valueLabel(), cells, List.of(0.1, 1.0),
                List.of(new HeatMapLayout.Line("bound", "bound", Map.of("line-lo", "0.5", "line-hi", "2"))));
        FigureDeclaration d = new FigureDeclaration("phase", "Phase diagram", "unstable", "init scale", "learning rate", false, false,
                null, Map.of(), layout);
        List<RunRecord> runs = new ArrayList<>(result().runs());
        double[] lo = {0.5, 1, 2, 4};
        for (long seed = 1; seed <= 4; seed++) {
            for (String config : List.of("line-lo", "line-hi")) {
                Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
                double core = config.equals("line-lo") ? lo[(int) seed - 1] : Double.NaN;
                sides.put(Implementation.CORE, new SideRecord(RunStatus.FINISHED, -1, null, Map.of("bound", core), Map.of(), 0.1));
                sides.put(Implementation.DL4J, new SideRecord(RunStatus.FINISHED, -1, null, Map.of("bound", 0.1), Map.of(), 0.1));
                runs.add(new RunRecord(new RunConfig("demo", config, seed, Map.of()), sides, null, 0.2));
            }
        }
        ExperimentResult e = new ExperimentResult("demo", "phase", "seed 000", "a scan", List.of(), List.of(), runs, Double.NaN, List.of(d));
        List<Figure> figures = DeclaredFigures.of(e);
        HeatLine core = ((HeatMapChart) figures.get(0).chart()).lines().get(0);
        assertEquals(1, core.points().size(), "column 2 has no finite value: no point");
        assertEquals("0.5", core.points().get(0).x());
        assertEquals(1.5, core.points().get(0).value(), 1e-15);
        assertEquals(1 + Math.log10(1.5), core.points().get(0).row(), 1e-12);
        HeatLine dl4j = ((HeatMapChart) figures.get(1).chart()).lines().get(0);
        assertEquals(List.of(0.0, 0.0), dl4j.points().stream().map(HeatLine.Point::row).toList());
        assertTrue(ChartRenderer.svg(figures.get(0), 600, 400).contains("bound"), "the line's legend entry");
    }

    @Test
    void theSvgWritesEveryCellsValueAndTheColourBarsTitle() {
        String svg = ChartRenderer.svg(DeclaredFigures.of(result()).get(0), 600, 400);
        for (String text : List.of(">0.750<", ">0.00<", "fraction of seeds unstable", "init scale", "learning rate")) {
            assertTrue(svg.contains(text), text + " is not in the SVG");
        }
    }
}
