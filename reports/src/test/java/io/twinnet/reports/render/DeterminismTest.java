package io.twinnet.reports.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.twinnet.reports.SampleReports;
import io.twinnet.reports.model.Figure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    private static List<Path> relativeFiles(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void renderingTheSameReportTwiceGivesIdenticalBytesInEveryFile(@TempDir Path a, @TempDir Path b)
            throws Exception {
        RenderOptions options = RenderOptions.defaults().withPng(true);
        ReportRenderer.render(SampleReports.full(), a, options);
        ReportRenderer.render(SampleReports.full(), b, options);
        List<Path> files = relativeFiles(a);
        assertEquals(files, relativeFiles(b));
        assertEquals(4 + 2 + 3 * 3, files.size(), "index, summary, json, claims, 2 tables, 3 figures × svg/csv/png");
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)),
                    file + " differs between two renders");
        }
    }

    @Test
    void anSvgDrawnTwiceIsIdenticalAndCarriesNoClockDerivedIds() {
        Figure figure = SampleReports.full().sections().get(0).figures().get(0);
        String first = ChartRenderer.svg(figure, 640, 360);
        String second = ChartRenderer.svg(figure, 640, 360);
        assertEquals(first, second);
        assertFalse(first.matches("(?s).*id='_\\d{6,}.*"), "JFreeSVG's nanoTime prefix must be replaced");
    }

    @Test
    void thePageDoesNotDependOnTheDefaultLocale(@TempDir Path a, @TempDir Path b) throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            ReportRenderer.render(SampleReports.full(), a);
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            ReportRenderer.render(SampleReports.full(), b);
        } finally {
            java.util.Locale.setDefault(before);
        }
        for (Path file : relativeFiles(a)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)),
                    file + " changed with the locale");
        }
    }
}
