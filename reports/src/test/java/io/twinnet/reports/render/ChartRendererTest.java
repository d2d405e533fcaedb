package io.twinnet.reports.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.reports.model.Axis;
import io.twinnet.reports.model.BarChart;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.Point;
import io.twinnet.reports.model.XyChart;
import io.twinnet.reports.model.XySeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartRendererTest {

    /** The blue of the first data series (Okabe–Ito #0072B2) as JFreeSVG writes it. */
    private static final String FIRST_SERIES_STROKE = "stroke:rgb(0,114,178)";

    private static Figure lines(Axis x, Axis y, XySeries... series) {
        XyChart.Builder chart = XyChart.lines(x, y);
        Arrays.stream(series).forEach(chart::series);
        return Figure.of("f", "F", "", chart.build());
    }

    private static Document svg(Figure figure, Path dir) throws Exception {
        Path file = dir.resolve("f.svg");
        Files.writeString(file, ChartRenderer.svg(figure, 600, 400));
        return Xml.parse(file);
    }

    /** The "d" of the data path drawn in the first series' colour: the longest one (the legend's is one segment). */
    private static String firstSeriesPath(Document svg) {
        String longest = "";
        for (Element g : Xml.elements(svg, "g")) {
            if (g.getAttribute("style").contains(FIRST_SERIES_STROKE)) {
                for (Element path : Xml.elements(svg, "path")) {
                    if (path.getParentNode().isSameNode(g) && path.getAttribute("d").length() > longest.length()) {
                        longest = path.getAttribute("d");
                    }
                }
            }
        }
        return longest;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    @Test
    void censusCountsNonFinitePointsAndPointsALogAxisCannotHold() {
        XySeries s = XySeries.of("s", List.of(Point.of(1, 1), Point.of(2, Double.NaN), Point.of(Double.NEGATIVE_INFINITY, 3),
                Point.of(0, 5), Point.of(3, -2), Point.of(4, 0), Point.of(5, 7)));
        assertEquals(new SeriesCensus("s", 7, 2, 0), SeriesCensus.of(s, Axis.linear(""), Axis.linear("")));
        assertEquals(new SeriesCensus("s", 7, 2, 2), SeriesCensus.of(s, Axis.linear(""), Axis.log("")));
        assertEquals(new SeriesCensus("s", 7, 2, 1), SeriesCensus.of(s, Axis.log(""), Axis.linear("")));
        assertEquals(new SeriesCensus("s", 7, 2, 3), SeriesCensus.of(s, Axis.log(""), Axis.log("")));
        assertEquals(2, SeriesCensus.of(s, Axis.log(""), Axis.log("")).drawn());
    }

    @Test
    void aSkippedPointBreaksTheLineInsteadOfJoiningItsNeighbours(@TempDir Path dir) throws Exception {
        double[] xs = {0, 1, 2, 3, 4, 5, 6};
        Figure whole = lines(Axis.linear("x"), Axis.linear("y"), XySeries.of("s", xs, new double[] {1, 2, 3, 4, 5, 6, 7}));
        Figure gap = lines(Axis.linear("x"), Axis.linear("y"),
                XySeries.of("s", xs, new double[] {1, 2, 3, Double.NaN, 5, 6, 7}));
        Figure logGap = lines(Axis.linear("x"), Axis.log("y"), XySeries.of("s", xs, new double[] {1, 2, 0, -1, 5, 6, 7}));
        String wholePath = firstSeriesPath(svg(whole, dir));
        String gapPath = firstSeriesPath(svg(gap, dir));
        String logPath = firstSeriesPath(svg(logGap, dir));
        assertEquals(1, count(wholePath, 'M'), wholePath);
        assertEquals(6, count(wholePath, 'L'), "7 points, 6 segments: " + wholePath);
        assertEquals(2, count(gapPath, 'M'), gapPath);
        assertEquals(4, count(gapPath, 'L'), "runs of 3 and 3 points: " + gapPath);
        assertEquals(2, count(logPath, 'M'), logPath);
        assertEquals(3, count(logPath, 'L'), "runs of 2 and 3 points: " + logPath);
    }

    @Test
    void anEmptySeriesKeepsItsLegendEntryMarkedNoData(@TempDir Path dir) throws Exception {
        Figure figure = lines(Axis.linear("x"), Axis.log("y"),
                XySeries.of("drawn", new double[] {1, 2}, new double[] {1, 10}),
                XySeries.of("empty", List.of()),
                XySeries.of("all negative", new double[] {1, 2}, new double[] {-1, -2}));
        List<String> texts = Xml.allTexts(svg(figure, dir));
        assertTrue(texts.contains("drawn"));
        assertTrue(texts.contains("empty (no data)"), texts.toString());
        assertTrue(texts.contains("all negative (no data)"), texts.toString());
        assertEquals("Not drawn: empty: no points; all negative: 2 of 2 points ≤ 0 on a log axis.",
                FigureNotes.notDrawn(figure.chart()));
    }

    @Test
    void aChartWithNothingToDrawSaysSo(@TempDir Path dir) throws Exception {
        Figure none = lines(Axis.log("x"), Axis.log("y"));
        assertTrue(Xml.allTexts(svg(none, dir)).contains("No data to draw"));
        Figure onlyNaN = lines(Axis.linear("x"), Axis.linear("y"),
                XySeries.of("nan", new double[] {Double.NaN}, new double[] {Double.NaN}));
        assertTrue(Xml.allTexts(svg(onlyNaN, dir)).contains("No data to draw"));
        Figure noBars = Figure.of("b", "B", "", BarChart.builder(Axis.linear("y")).build());
        assertTrue(Xml.allTexts(svg(noBars, dir)).contains("No data to draw"));
        assertEquals("", FigureNotes.notDrawn(none.chart()));
    }

    @Test
    void logAxesAreLabelledAtWholePowersOfTenAsText(@TempDir Path dir) throws Exception {
        Figure figure = lines(Axis.linear("x"), Axis.log("y"),
                XySeries.of("s", new double[] {0, 1}, new double[] {0.003, 0.2}));
        List<String> texts = Xml.allTexts(svg(figure, dir));
        // 0.003 … 0.2 lies within the decades 10^-3 … 10^0, so the axis spans exactly those four labels.
        for (String label : new String[] {"10⁻³", "10⁻²", "10⁻¹", "10⁰"}) {
            assertTrue(texts.contains(label), label + " missing from " + texts);
        }
        assertFalse(texts.contains("10¹"), texts.toString());
        assertFalse(texts.contains("10⁻⁴"), texts.toString());
        assertTrue(texts.contains("y"), "the rotated axis label is text as well");
    }

    @Test
    void powerOfTenLabelsUseSuperscriptDigits() {
        PowerOfTenFormat format = new PowerOfTenFormat();
        assertEquals("10⁰", format.format(1.0));
        assertEquals("10⁻¹²", format.format(1e-12));
        assertEquals("10³⁰", format.format(1e30));
        assertEquals("0.00300", format.format(0.003));
    }

    @Test
    void pngIsAPngOfTheAskedSizeAndStable() {
        Figure figure = lines(Axis.linear("x"), Axis.linear("y"), XySeries.of("s", new double[] {0, 1}, new double[] {0, 1}));
        byte[] png = ChartRenderer.png(figure, 320, 200);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Arrays.copyOf(png, 8));
        int width = (png[16] & 0xff) << 24 | (png[17] & 0xff) << 16 | (png[18] & 0xff) << 8 | (png[19] & 0xff);
        int height = (png[20] & 0xff) << 24 | (png[21] & 0xff) << 16 | (png[22] & 0xff) << 8 | (png[23] & 0xff);
        assertEquals(320, width);
        assertEquals(200, height);
        assertArrayEquals(png, ChartRenderer.png(figure, 320, 200));
    }
}
