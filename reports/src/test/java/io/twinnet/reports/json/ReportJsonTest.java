package io.twinnet.reports.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.reports.SampleReports;
import io.twinnet.reports.model.Axis;
import io.twinnet.reports.model.BarChart;
import io.twinnet.reports.model.Cell;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.NumberCell;
import io.twinnet.reports.model.Point;
import io.twinnet.reports.model.Report;
import io.twinnet.reports.model.Section;
import io.twinnet.reports.model.Table;
import io.twinnet.reports.model.TextCell;
import io.twinnet.reports.model.XyChart;
import io.twinnet.reports.model.XySeries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {

    @Test
    void aReportReadBackFromItsJsonEqualsTheOriginal() throws Exception {
        Report report = SampleReports.full();
        Report back = ReportJson.fromJson(ReportJson.toJson(report));
        assertEquals(report, back);
        assertEquals(ReportJson.toJson(report), ReportJson.toJson(back));
    }

    @Test
    void hostileTextSurvivesTheRoundTripExactly() throws Exception {
        Report report = SampleReports.hostile();
        assertEquals(report, ReportJson.fromJson(ReportJson.toJson(report)));
    }

    @Test
    void writeThenReadAFileGivesTheSameReport(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.json");
        ReportJson.write(SampleReports.full(), file);
        assertEquals(SampleReports.full(), ReportJson.read(file));
    }

    @Test
    void nonFiniteNumbersStayNumbersAndTheTextNaNStaysText() throws Exception {
        Table table = Table.builder("t", "T").columns("a", "b", "c", "d")
                .row(Double.NaN, "NaN", Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)
                .row(-0.0, "Infinity", Double.MIN_VALUE, 0.1 + 0.2)
                .build();
        Figure figure = Figure.of("f", "F", "", XyChart.points(Axis.linear("x"), Axis.log("y"))
                .series(XySeries.of("s", List.of(Point.of(Double.NaN, 1), Point.of(1, Double.POSITIVE_INFINITY),
                        Point.of(Double.NEGATIVE_INFINITY, -0.0))))
                .build());
        Figure bars = Figure.of("b", "B", "", BarChart.builder(Axis.linear("y"), "x", "y")
                .series("s", Double.NaN, 1e-300).build());
        Report report = Report.builder("r").section(Section.builder("s", "S").table(table).figure(figure)
                .figure(bars).build()).build();

        Report back = ReportJson.fromJson(ReportJson.toJson(report));

        assertEquals(report, back);
        List<Cell> first = back.sections().get(0).tables().get(0).rows().get(0);
        assertInstanceOf(NumberCell.class, first.get(0));
        assertTrue(Double.isNaN(((NumberCell) first.get(0)).value()));
        assertEquals(new TextCell("NaN"), first.get(1));
        List<Cell> second = back.sections().get(0).tables().get(0).rows().get(1);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(((NumberCell) second.get(0)).value()));
        assertEquals(0.1 + 0.2, ((NumberCell) second.get(3)).value());
    }

    @Test
    void orderOfProvenanceEntriesAndVerdictsIsKept() throws Exception {
        Report back = ReportJson.fromJson(ReportJson.toJson(SampleReports.full()));
        assertEquals(List.of("spec", "seeds", "empty value"),
                new ArrayList<>(back.provenance().get(1).entries().keySet()));
        assertEquals(List.of("core", "DL4J"), new ArrayList<>(back.allClaims().get(1).verdicts().keySet()));
    }

    @Test
    void jsonHasAnEnvelopeCompactPointsAndUnixLineEnds() {
        String json = ReportJson.toJson(SampleReports.full());
        assertTrue(json.startsWith("{\n  \"format\" : \"twinnet-report\",\n  \"version\" : 1,"), json.substring(0, 80));
        assertFalse(json.contains("\r"));
        assertTrue(json.contains("[ 1.0, 0.2 ]"), "points are written as [x, y]");
        assertTrue(json.contains("\"type\" : \"xy\""));
        assertTrue(json.contains("\"type\" : \"bar\""));
        assertTrue(json.contains("\"number\" : \"NaN\""), "a NaN cell is written as {\"number\": \"NaN\"}");
    }

    @Test
    void anUnknownFieldIsRefusedWithItsPlace() {
        String json = ReportJson.toJson(SampleReports.full()).replace("\"subtitle\"", "\"subtitel\"");
        ReportJsonException e = assertThrows(ReportJsonException.class, () -> ReportJson.fromJson(json, "run/report.json"));
        assertTrue(e.getMessage().startsWith("run/report.json (line "), e.getMessage());
        assertTrue(e.getMessage().contains("subtitel"), e.getMessage());
    }

    @Test
    void anInvalidValueIsRefusedWithTheModelsMessage() {
        String json = ReportJson.toJson(SampleReports.full()).replace("\"id\" : \"loss\"", "\"id\" : \"Loss Curve\"");
        ReportJsonException e = assertThrows(ReportJsonException.class, () -> ReportJson.fromJson(json, "r.json"));
        assertTrue(e.getMessage().contains("figure.id: 'Loss Curve' is not a valid id"), e.getMessage());
        assertTrue(e.getMessage().contains("at report.sections[0].figures[0]"), e.getMessage());
    }

    @Test
    void aDuplicateKeyIsRefused() {
        String json = ReportJson.toJson(SampleReports.full())
                .replace("\"subtitle\" :", "\"title\" : \"again\",\n    \"subtitle\" :");
        ReportJsonException e = assertThrows(ReportJsonException.class, () -> ReportJson.fromJson(json));
        assertTrue(e.getMessage().contains("Duplicate field 'title'"), e.getMessage());
    }

    @Test
    void otherDocumentsAndOtherVersionsAreRefused() {
        assertThrows(ReportJsonException.class, () -> ReportJson.fromJson("[1, 2]"));
        assertThrows(ReportJsonException.class, () -> ReportJson.fromJson("{\"title\": \"x\"}"));
        assertThrows(ReportJsonException.class, () -> ReportJson.fromJson("{ broken"));
        String future = ReportJson.toJson(SampleReports.full()).replace("\"version\" : 1", "\"version\" : 2");
        ReportJsonException e = assertThrows(ReportJsonException.class, () -> ReportJson.fromJson(future));
        assertTrue(e.getMessage().contains("version 2 is not supported"), e.getMessage());
    }

    @Test
    void readingAMissingFileNamesIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        Exception e = assertThrows(java.io.IOException.class, () -> ReportJson.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}
