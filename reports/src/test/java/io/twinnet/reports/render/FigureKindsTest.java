package io.twinnet.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.reports.model.Axis;
import io.twinnet.reports.model.Chart;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.HeatLine;
import io.twinnet.reports.model.HeatMapChart;
import io.twinnet.reports.model.ReportModelException;
import io.twinnet.reports.model.IntervalChart;
import io.twinnet.reports.model.IntervalSeries;
import io.twinnet.reports.model.LineStyle;
import io.twinnet.reports.model.XyChart;
import io.twinnet.reports.model.XySeries;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The figure kinds a reader compares with: colour groups, line styles, bands, error bars, heat maps. */
class FigureKindsTest {

    private static final double[] XS = {1, 2, 3, 4};

    @TempDir
    Path dir;

    private Document svg(Chart chart) throws Exception {
        Path file = dir.resolve("f.svg");
        Files.writeString(file, ChartRenderer.svg(Figure.of("f", "F", "", chart), 600, 400));
        return Xml.parse(file);
    }

    private static String fill(Color c) {
        return "fill:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    private static String stroke(Color c) {
        return "stroke:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    /** Groups whose style is translucent (fill-opacity below 1): the bands. */
    private static List<Element> translucentGroups(Document svg) {
        return Xml.elements(svg, "g").stream()
                .filter(g -> g.getAttribute("style").contains("fill-opacity:0.")).toList();
    }

    /** Paths drawn inside groups whose style holds {@code style}, the legend's short strokes included. */
    private static List<Element> pathsStyled(Document svg, String style) {
        return Xml.elements(svg, "path").stream()
                .filter(p -> p.getParentNode() instanceof Element g && g.getAttribute("style").contains(style)).toList();
    }

    @Test
    void aFigureWithBandsDrawsOneTranslucentPathPerBandInItsSeriesColour() throws Exception {
        XyChart chart = XyChart.lines(Axis.linear("x"), Axis.linear("y"))
                .series(XySeries.of("a", XS, new double[] {1, 2, 3, 4}).withBand(new double[] {0, 1, 2, 3},
                        new double[] {2, 3, 4, 5}))
                .series(XySeries.of("b", XS, new double[] {4, 3, 2, 1}).withBand(new double[] {3, 2, 1, 0},
                        new double[] {5, 4, 3, 2}))
                .series(XySeries.of("no band", XS, new double[] {2, 2, 2, 2}))
                .build();
        List<Element> bands = translucentGroups(svg(chart));
        assertEquals(2, bands.size());
        for (Color colour : List.of(ChartStyle.colour(0), ChartStyle.colour(1))) {
            assertEquals(1, bands.stream().filter(g -> g.getAttribute("style").startsWith(fill(colour))).count(),
                    "one area in " + colour);
        }
        bands.forEach(g -> assertEquals(1, Xml.childElements(g, "path").size()));
    }

    @Test
    void aBandBreaksWhereItsSpreadCannotBeDrawn() throws Exception {
        XyChart chart = XyChart.lines(Axis.linear("x"), Axis.linear("y"))
                .series(XySeries.of("a", new double[] {1, 2, 3, 4, 5, 6}, new double[] {1, 2, 3, 4, 5, 6})
                        .withBand(new double[] {0, 1, Double.NaN, 3, 4, 5}, new double[] {2, 3, 4, 5, 6, 7}))
                .build();
        assertEquals(2, translucentGroups(svg(chart)).size(), "one area each side of the gap");
        assertEquals("Not drawn: a: 1 of 6 band spreads not drawn (not finite, or ≤ 0 on a log axis).",
                FigureNotes.notDrawn(chart));
    }

    @ParameterizedTest(name = "{0} is stroked with a dash array: {1}")
    @CsvSource({"SOLID, false", "DASHED, true", "DOTTED, true"})
    void aLineStyleDecidesTheDashArray(LineStyle style, boolean dashed) throws Exception {
        XyChart chart = XyChart.lines(Axis.linear("x"), Axis.linear("y"))
                .series(XySeries.of("s", XS, new double[] {1, 3, 2, 4}).styled(style)).build();
        List<Element> lines = pathsStyled(svg(chart), stroke(ChartStyle.colour(0)));
        assertFalse(lines.isEmpty());
        for (Element line : lines) {
            String style0 = ((Element) line.getParentNode()).getAttribute("style");
            assertEquals(dashed, style0.contains("stroke-dasharray"), style0);
        }
    }

    @Test
    void seriesOfOneGroupShareAColourAndTheNextGroupTakesTheNext() throws Exception {
        XyChart chart = XyChart.lines(Axis.linear("x"), Axis.linear("y"))
                .series(XySeries.of("lr 0.1 core", XS, new double[] {1, 2, 3, 4}).inGroup("lr 0.1"))
                .series(XySeries.of("lr 0.1 dl4j", XS, new double[] {1, 2, 3, 5}).inGroup("lr 0.1").styled(LineStyle.DASHED))
                .series(XySeries.reference("theory", XS, new double[] {0, 1, 2, 3}))
                .series(XySeries.of("lr 1 core", XS, new double[] {4, 3, 2, 1}).inGroup("lr 1"))
                .build();
        Document svg = svg(chart);
        List<Element> first = pathsStyled(svg, stroke(ChartStyle.colour(0)));
        assertEquals(2, first.stream().filter(p -> ((Element) p.getParentNode()).getAttribute("style")
                .contains("stroke-dasharray")).count(), "the dashed member's line and legend stroke");
        assertFalse(pathsStyled(svg, stroke(ChartStyle.colour(1))).isEmpty(), "the second group has the second colour");
        assertFalse(pathsStyled(svg, stroke(ChartStyle.REFERENCE_GREY)).isEmpty(), "theory is grey");
        List<String> texts = Xml.allTexts(svg);
        for (String name : new String[] {"lr 0.1 core", "lr 0.1 dl4j", "theory", "lr 1 core"}) {
            assertTrue(texts.contains(name), name + " has its legend entry: " + texts);
        }
    }

    @Test
    void aLogAxisDropsNonPositivePointsAndSaysSoOnTheFigure() throws Exception {
        XyChart chart = XyChart.lines(Axis.log("lr"), Axis.log("loss"))
                .series(XySeries.of("s", new double[] {0, 0.01, 0.1, 1}, new double[] {1, -2, 0.5, 0.25})).build();
        String note = "Not drawn: s: 2 of 4 points ≤ 0 on a log axis.";
        assertEquals(note, FigureNotes.notDrawn(chart));
        assertTrue(Xml.allTexts(svg(chart)).contains(note), "the note is written under the plot");
    }

    @Test
    void aBandReachingZeroOnALogAxisIsLeftOutThereAndNoted() throws Exception {
        XyChart chart = XyChart.lines(Axis.linear("x"), Axis.log("y"))
                .series(XySeries.of("s", XS, new double[] {1, 2, 3, 4}).withBand(new double[] {0.5, 0, 2, 3},
                        new double[] {2, 3, 4, 5}))
                .build();
        assertEquals("Not drawn: s: 1 of 4 band spreads not drawn (not finite, or ≤ 0 on a log axis).",
                FigureNotes.notDrawn(chart));
        assertEquals(1, translucentGroups(svg(chart)).size(), "a one-point stretch before the gap has no area");
    }

    @Test
    void intervalsDrawAMarkerAndAnErrorBarPerEstimateBesideTheTheory() throws Exception {
        IntervalChart chart = IntervalChart.builder(Axis.log("lr"), Axis.linear("fraction failed"))
                .series(IntervalSeries.of("measured", new double[] {0.01, 0.1, 1}, new double[] {0.1, 0.4, 0.9},
                        new double[] {0.0, 0.2, 0.7}, new double[] {0.3, 0.6, 1.0}))
                .reference(XySeries.reference("formula", new double[] {0.01, 0.1, 1}, new double[] {0.05, 0.5, 0.95}))
                .build();
        Document svg = svg(chart);
        long bars = Xml.elements(svg, "line").stream()
                .filter(l -> l.getAttribute("style").contains(stroke(ChartStyle.colour(0)))).count();
        assertEquals(3 * 3, bars, "each error bar is a stem and two caps");
        assertFalse(pathsStyled(svg, stroke(ChartStyle.REFERENCE_GREY)).isEmpty());
        assertTrue(Xml.allTexts(svg).containsAll(List.of("measured", "formula")));
        assertEquals("", FigureNotes.notDrawn(chart));
    }

    @Test
    void anErrorBarReachingZeroOnALogAxisIsLeftOffItsMarkerAndNoted() {
        IntervalChart chart = IntervalChart.builder(Axis.linear("x"), Axis.log("y"))
                .series(IntervalSeries.of("m", new double[] {1, 2}, new double[] {0.1, 0.5}, new double[] {0, 0.2},
                        new double[] {0.3, 0.8}))
                .build();
        assertEquals("Not drawn: m: 1 of 2 error bars not drawn (not finite, or ≤ 0 on a log axis).",
                FigureNotes.notDrawn(chart));
    }

    @Test
    void aLabelHeatMapDrawsOneCellPerPairAndALegendEntryPerLabel() throws Exception {
        List<String> lrs = List.of("0.01", "0.1", "1");
        List<String> widths = List.of("10", "100");
        HeatMapChart.Builder b = HeatMapChart.builder(Axis.linear("lr"), Axis.linear("width"), lrs, widths);
        b.label("0.01", "10", "flat").label("0.1", "10", "converged").label("1", "10", "diverged");
        b.label("0.01", "100", "converged").label("0.1", "100", "converged");
        HeatMapChart chart = b.build();
        Document svg = svg(chart);
        int cells = 0;
        for (int i = 0; i < 3; i++) {
            String colour = fill(ChartStyle.colour(i));
            cells += (int) Xml.elements(svg, "rect").stream().filter(r -> r.getAttribute("style").startsWith(colour)
                    && Double.parseDouble(r.getAttribute("width")) > 20).count();
        }
        assertEquals(5, cells, "one square per (x, y) with a result; the missing pair stays blank");
        assertTrue(Xml.allTexts(svg).containsAll(List.of("flat", "converged", "diverged", "0.01", "100")));
    }

    @Test
    void aNumberHeatMapWritesEachValueInItsCellAndHasAColourBar() throws Exception {
        HeatMapChart chart = HeatMapChart.builder(Axis.linear("a"), Axis.linear("b"), List.of("x1", "x2"), List.of("y1"))
                .value("x1", "y1", 0.125).value("x2", "y1", Double.NaN).scaleLabel("accuracy").build();
        List<String> texts = Xml.allTexts(svg(chart));
        assertTrue(texts.contains("0.125"), texts.toString());
        assertTrue(texts.contains("accuracy"), "the colour bar's title: " + texts);
        assertEquals("Not drawn: 1 of 2 cells not finite (NaN or ±∞), left grey.", FigureNotes.notDrawn(chart));
    }

    @Test
    void aLineOverAHeatMapIsDrawnWithALegendEntryAndListedInItsCsv() throws Exception {
        HeatMapChart chart = HeatMapChart.builder(Axis.linear("scale"), Axis.linear("lr"), List.of("0.25", "1", "4"), List.of("2^-1", "2^0", "2^1"))
                .value("0.25", "2^0", 0.5).value("1", "2^0", 1).value("4", "2^0", 0)
                .line(new HeatLine("kernel's lr*", List.of(new HeatLine.Point("0.25", 3, 8), new HeatLine.Point("4", -0.5, 0.25))))
                .build();
        Document svg = svg(chart);
        assertTrue(Xml.allTexts(svg).contains("kernel's lr*"), "the line's legend entry: " + Xml.allTexts(svg));
        String csv = CsvFiles.figureData(Figure.of("f", "F", "", chart));
        assertTrue(csv.contains("0.25,row 3,8,line: kernel's lr*") && csv.contains("4,row -0.5,0.25,line: kernel's lr*"), csv);
        assertEquals("Not drawn: kernel's lr* beyond the rows at 0.25 (8.00), cut at the edge.", FigureNotes.notDrawn(chart),
                "row 3 lies above the top row's edge at 2.5; row −0.5 is the bottom edge itself, drawn");
    }

    @Test
    void aLineMustSitOnTheChartsColumns() {
        HeatLine off = new HeatLine("l", List.of(new HeatLine.Point("16", 0, 1)));
        ReportModelException e = assertThrows(ReportModelException.class,
                () -> HeatMapChart.builder(Axis.linear("a"), Axis.linear("b"), List.of("1"), List.of("2")).line(off).build());
        assertTrue(e.getMessage().contains("chart.lines[l]") && e.getMessage().contains("'16'"), e.getMessage());
    }

    @Test
    void theSameFigureOfEachNewKindGivesTheSameBytes() {
        List<Chart> charts = List.of(
                XyChart.lines(Axis.log("x"), Axis.log("y")).series(XySeries.of("s", XS, XS).withBand(XS, XS)).build(),
                IntervalChart.builder(Axis.linear("x"), Axis.linear("y"))
                        .series(IntervalSeries.of("m", XS, XS, XS, XS)).build(),
                HeatMapChart.builder(Axis.linear("a"), Axis.linear("b"), List.of("1"), List.of("2"))
                        .label("1", "2", "ok").build());
        for (Chart chart : charts) {
            Figure figure = Figure.of("f", "F", "", chart);
            assertEquals(ChartRenderer.svg(figure, 500, 300), ChartRenderer.svg(figure, 500, 300));
        }
    }
}
