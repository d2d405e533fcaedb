package io.twinnet.experiments.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinnet.experiments.lab.store.ExperimentResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A declared figure resolved against a grid, and carried through results.json. */
class FigureDeclarationTest {
    record Pt(int width, double lr) implements GridPoint {
        @Override
        public String id() {
            return "w" + width + "-lr" + lr;
        }
    }

    private static final Curve LOSS = Curve.of("evalLoss", "step", "evaluation loss");
    private static final Curve THEORY = Curve.of("theoryLoss", "step", "predicted loss");
    private static final List<Pt> GRID = List.of(new Pt(10, 0.1), new Pt(10, 0.2), new Pt(50, 0.1), new Pt(50, 0.2));

    @Test
    void theIncludedPointsAreListedInGridOrderWithTheirLabelsAndTheCurvesAxes() {
        Figure<Pt> f = Figure.<Pt>of("loss", "Loss by width", LOSS).only(p -> p.lr() == 0.1).seriesBy(p -> "width " + p.width())
                .withLogY().withReference(THEORY);
        FigureDeclaration d = FigureDeclaration.of(f, GRID);
        assertEquals(List.of("w10-lr0.1", "w50-lr0.1"), new ArrayList<>(d.series().keySet()));
        assertEquals(List.of("width 10", "width 50"), d.labels());
        assertEquals("evalLoss", d.curve());
        assertEquals("step", d.xLabel());
        assertEquals("evaluation loss", d.yLabel());
        assertTrue(d.logY());
        assertEquals(false, d.logX());
        assertEquals("theoryLoss", d.reference());
    }

    @Test
    void configurationsSharingALabelAreOneLabel() {
        FigureDeclaration d = FigureDeclaration.of(Figure.<Pt>of("loss", "Loss", LOSS).seriesBy(p -> "width " + p.width()), GRID);
        assertEquals(4, d.series().size());
        assertEquals(List.of("width 10", "width 50"), d.labels());
        assertNull(d.reference());
    }

    @Test
    void aBadDeclarationIsRefusedNamingTheField() {
        Map<String, String> one = Map.of("a", "A");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new FigureDeclaration("Bad Id", "t", "c", "x", "y", false, false, null, one)).getMessage().startsWith("id:"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new FigureDeclaration("f", "t", "c", " ", "y", false, false, null, one)).getMessage().startsWith("xLabel:"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new FigureDeclaration("f", "t", "c", "x", "y", false, false, null, Map.of("a", ""))).getMessage().startsWith("series:"));
    }

    @Test
    void theSeriesMapCannotBeChangedFromOutside() {
        Map<String, String> labels = new LinkedHashMap<>(Map.of("a", "A"));
        FigureDeclaration d = new FigureDeclaration("f", "t", "c", "x", "y", false, false, null, labels);
        labels.put("b", "B");
        assertEquals(1, d.series().size());
        assertThrows(UnsupportedOperationException.class, () -> d.series().put("c", "C"));
    }

    @Test
    void declaredFiguresSurviveAResultsJsonRoundTripAndAnOlderFileReadsAsNone() throws Exception {
        FigureDeclaration d = FigureDeclaration.of(Figure.<Pt>of("loss", "Loss", LOSS).seriesBy(p -> "width " + p.width())
                .withLogX().withReference(THEORY), GRID);
        ExperimentResult e = new ExperimentResult("demo", "t", "s", "setup", List.of(), List.of(), List.of(), Double.NaN, List.of(d));
        String json = Json.mapper().writeValueAsString(e);
        ExperimentResult back = Json.mapper().readValue(json, ExperimentResult.class);
        assertEquals(List.of(d), back.figures());
        assertEquals(new ArrayList<>(d.series().keySet()), new ArrayList<>(back.figures().get(0).series().keySet()), "grid order kept");

        ObjectNode older = (ObjectNode) Json.mapper().readTree(json);
        older.remove("figures");
        assertEquals(List.of(), Json.mapper().treeToValue(older, ExperimentResult.class).figures());
    }

    @Test
    void aDeclaredExperimentResolvesItsFiguresAgainstTheProfilesGrid() {
        DeclaredExperiment<Pt> quick = new DeclaredExperiment<>(experiment(List.of(
                Figure.<Pt>of("loss", "Loss", LOSS).only(p -> p.width() == 50))));
        List<FigureDeclaration> figures = quick.figures(Profile.QUICK);
        assertEquals(1, figures.size());
        assertEquals(List.of("w50-lr0.1"), new ArrayList<>(figures.get(0).series().keySet()), "QUICK's grid has no w50-lr0.2");
        assertEquals(List.of("w50-lr0.1", "w50-lr0.2"), new ArrayList<>(quick.figures(Profile.FULL).get(0).series().keySet()));

        DeclaredExperiment<Pt> twice = new DeclaredExperiment<>(experiment(List.of(Figure.of("loss", "A", LOSS), Figure.of("loss", "B", LOSS))));
        assertThrows(IllegalStateException.class, () -> twice.figures(Profile.QUICK));
    }

    /** An experiment of which only the grid and the figures matter here. */
    private static Experiment<Pt> experiment(List<Figure<Pt>> figures) {
        return new Experiment<>() {
            public String id() {
                return "demo";
            }

            public String title() {
                return "demo";
            }

            public String source() {
                return "test";
            }

            public int position() {
                return 0;
            }

            public String setup(Profile profile) {
                return "none";
            }

            public List<Pt> grid(Profile profile) {
                return profile == Profile.QUICK ? GRID.subList(0, 3) : GRID;
            }

            public int seeds(Profile profile) {
                return 1;
            }

            public Trial trial(Pt point, RunSeeds seeds, RunEnvironment env) {
                throw new UnsupportedOperationException("not run in this test");
            }

            public List<Claim<Pt>> claims() {
                return List.of();
            }

            public List<Figure<Pt>> figures() {
                return figures;
            }
        };
    }
}
