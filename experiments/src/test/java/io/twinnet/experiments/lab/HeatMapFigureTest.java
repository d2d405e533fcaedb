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
