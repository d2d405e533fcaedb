package io.twinnet.experiments.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.store.ExperimentResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A declared heat map resolved against a grid, and carried through results.json beside curve figures. */
class HeatMapFigureTest {
    record Pt(double scale, int log2Lr) implements GridPoint {
        @Override
        public String id() {
            return "s" + scale + "-k" + log2Lr;
        }
    }

    private static final Scalar CONVERGED = Scalar.of("converged", "1 when the run converged");
    private static final List<Pt> GRID = List.of(new Pt(0.5, -2), new Pt(0.5, -1), new Pt(2, -2), new Pt(2, -1), new Pt(2, 0));

    private static HeatMapFigure<Pt> figure() {
        return HeatMapFigure.<Pt>of("phase", "Phase diagram", CONVERGED, "fraction converged", "scale", p -> "" + p.scale(),
                "lr", p -> "2^" + p.log2Lr());
    }

    @Test
    void eachIncludedPointIsACellAndTheCategoriesKeepTheGridsOrder() {
        FigureDeclaration d = FigureDeclaration.of(figure().only(p -> p.log2Lr() > -2 || p.scale() == 2), GRID);
        HeatMapLayout layout = d.heatMap();
        assertEquals(List.of("0.5", "2.0"), layout.columns());
        assertEquals(List.of("2^-1", "2^-2", "2^0"), layout.rows(), "first seen in grid order");
        assertEquals(List.of("s0.5-k-1", "s2.0-k-2", "s2.0-k-1", "s2.0-k0"), new ArrayList<>(layout.cells().keySet()));
        assertEquals(new HeatMapLayout.Cell("2.0", "2^0"), layout.cells().get("s2.0-k0"));
        assertEquals("converged", d.curve(), "the stored scalar that colours the cells");
        assertEquals("fraction converged", layout.valueLabel());
        assertEquals("scale", d.xLabel());
        assertEquals("lr", d.yLabel());
        assertTrue(d.series().isEmpty());
    }

    @Test
    void aHeatMapSurvivesAResultsJsonRoundTripAndACurveFigureWritesNoHeatMapField() throws Exception {
        FigureDeclaration heat = FigureDeclaration.of(figure(), GRID);
        FigureDeclaration curve = FigureDeclaration.of(Figure.<Pt>of("loss", "Loss", Curve.of("evalLoss", "step", "loss")), GRID);
        ExperimentResult e = new ExperimentResult("demo", "t", "s", "setup", List.of(), List.of(), List.of(), Double.NaN, List.of(curve, heat));
        String json = Json.mapper().writeValueAsString(e);
        ExperimentResult back = Json.mapper().readValue(json, ExperimentResult.class);
        assertEquals(List.of(curve, heat), back.figures());
        assertNull(back.figures().get(0).heatMap());
        String curveJson = Json.mapper().writeValueAsString(curve);
        assertFalse(curveJson.contains("heatMap"), "a curve figure's JSON is what it was before heat maps: " + curveJson);
    }

    private static final Scalar PREDICTED = Scalar.of("predictedLr", "a theory's lr");

    /** Cells at k = −2 and −1; the line's points are (2, k = 0) and an extra (0.5, k = 99), which are not cells. */
    private static FigureDeclaration withLine() {
        List<Pt> grid = new ArrayList<>(GRID);
        grid.add(new Pt(0.5, 99));
        return FigureDeclaration.of(figure().only(p -> p.log2Lr() != 99 && p.log2Lr() != 0)
                .withLine("theory", PREDICTED, p -> p.log2Lr() == 99 || p.log2Lr() == 0, p -> Math.scalb(1.0, p.log2Lr())), grid);
    }

    @Test
    void aLineKeepsItsPointsColumnsAndTheNumberEachRowStandsFor() {
        HeatMapLayout layout = withLine().heatMap();
        assertEquals(List.of("2^-2", "2^-1"), layout.rows());
        assertEquals(List.of(0.25, 0.5), layout.rowValues());
        HeatMapLayout.Line line = layout.lines().get(0);
        assertEquals("predictedLr", line.curve());
        assertEquals(Map.of("s2.0-k0", "2.0", "s0.5-k99", "0.5"), line.columns());
        // log interpolation: 2^-1.5 half-way between the rows, 2^1 extrapolated two rows above the top one
        assertEquals(0.5, layout.rowPosition(Math.pow(2, -1.5)), 1e-12);
        assertEquals(3, layout.rowPosition(2), 1e-12);
        assertTrue(Double.isNaN(layout.rowPosition(0)));
    }

    @Test
    void aHeatMapWithALineSurvivesAResultsJsonRoundTrip() throws Exception {
        FigureDeclaration heat = withLine();
        ExperimentResult e = new ExperimentResult("demo", "t", "s", "setup", List.of(), List.of(), List.of(), Double.NaN, List.of(heat));
        ExperimentResult back = Json.mapper().readValue(Json.mapper().writeValueAsString(e), ExperimentResult.class);
        assertEquals(List.of(heat), back.figures());
        String plain = Json.mapper().writeValueAsString(FigureDeclaration.of(figure(), GRID));
        assertFalse(plain.contains("lines") || plain.contains("rowValues"), "a heat map without lines writes what it wrote before: " + plain);
    }

    @Test
    void aLineNeedsRowValuesThatArePositiveAndMonotone() {
        Map<String, String> columns = Map.of("cfg", "a");
        List<HeatMapLayout.Line> lines = List.of(new HeatMapLayout.Line("l", "v", columns));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HeatMapLayout(List.of("a"), List.of("b", "c"), "v", Map.of(),
                List.of(1.0), lines)).getMessage().startsWith("rowValues:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HeatMapLayout(List.of("a"), List.of("b", "c", "d"), "v", Map.of(),
                List.of(1.0, 2.0, 1.5), lines)).getMessage().contains("monotone"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HeatMapLayout(List.of("a"), List.of("b", "c"), "v", Map.of(),
                List.of(0.0, 2.0), lines)).getMessage().startsWith("rowValues[0]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HeatMapLayout(List.of("a"), List.of("b", "c"), "v", Map.of(),
                List.of(1.0, 2.0), List.of(new HeatMapLayout.Line("l", "v", Map.of("cfg", "z"))))).getMessage().contains("'z'"));
        assertThrows(IllegalArgumentException.class, () -> figure().withLine("l", PREDICTED, p -> true, null));
    }

    @Test
    void aCellOutsideTheCategoriesAndAHeatMapWithSeriesAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HeatMapLayout(List.of("a"), List.of("b"), "v",
                Map.of("cfg", new HeatMapLayout.Cell("a", "c")))).getMessage().contains("cfg"));
        assertThrows(IllegalArgumentException.class, () -> new HeatMapLayout(List.of("a", "a"), List.of("b"), "v", Map.of()));
        HeatMapLayout layout = new HeatMapLayout(List.of("a"), List.of("b"), "v", Map.of("cfg", new HeatMapLayout.Cell("a", "b")));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new FigureDeclaration("f", "t", "v", "x", "y", false, true, null,
                Map.of(), layout)).getMessage().startsWith("heatMap:"));
    }

    @Test
    void aDeclaredExperimentListsItsHeatMapsAfterItsFiguresAndRefusesASharedId() {
        Experiment<Pt> base = new Experiment<>() {
            public String id() { return "demo"; }
            public String title() { return "t"; }
            public String source() { return "s"; }
            public int position() { return 0; }
            public String setup(Profile p) { return "setup"; }
            public List<Pt> grid(Profile p) { return GRID; }
            public int seeds(Profile p) { return 1; }
            public Trial trial(Pt p, RunSeeds s, RunEnvironment env) { throw new UnsupportedOperationException(); }
            public List<Claim<Pt>> claims() { return List.of(); }
            public List<Figure<Pt>> figures() { return List.of(Figure.of("phase", "Loss", Curve.of("evalLoss", "step", "loss"))); }
            public List<HeatMapFigure<Pt>> heatMaps() { return List.of(figure()); }
        };
        assertTrue(assertThrows(IllegalStateException.class, () -> new DeclaredExperiment<>(base).figures(Profile.QUICK))
                .getMessage().contains("phase"));
    }
}
