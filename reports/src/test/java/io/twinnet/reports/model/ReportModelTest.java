package io.twinnet.reports.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.reports.SampleReports;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportModelTest {

    @Test
    void verdictsDifferOnlyWhenTwoImplementationsDisagree() {
        Claim agree = Claim.builder("a", "x").verdict("core", "reproduced").verdict("DL4J", "reproduced").build();
        Claim differ = Claim.builder("b", "x").verdict("core", "reproduced").verdict("DL4J", "inconclusive").build();
        Claim single = Claim.builder("c", "x").verdict("core", "not-reproduced").build();
        Claim none = Claim.builder("d", "x").build();
        assertFalse(agree.verdictsDiffer());
        assertTrue(differ.verdictsDiffer());
        assertFalse(single.verdictsDiffer());
        assertFalse(none.verdictsDiffer());
    }

    @Test
    void implementationsAreTheClaimsColumnsInOrderOfFirstAppearance() {
        Report report = Report.builder("r")
                .section(Section.builder("s1", "one")
                        .claim(Claim.builder("a", "x").verdict("core", "reproduced").build())
                        .claim(Claim.builder("b", "x").verdict("DL4J", "reproduced").verdict("core", "no").build())
                        .build())
                .section(Section.builder("s2", "two")
                        .claim(Claim.builder("c", "x").verdict("numpy", "reproduced").verdict("DL4J", "x").build())
                        .build())
                .build();
        assertEquals(List.of("core", "DL4J", "numpy"), report.implementations());
        assertEquals(List.of("a", "b", "c"), report.allClaims().stream().map(Claim::id).toList());
    }

    @Test
    void verdictsKeepTheOrderTheyWereGivenIn() {
        Map<String, String> verdicts = new LinkedHashMap<>();
        verdicts.put("zeta", "reproduced");
        verdicts.put("alpha", "inconclusive");
        verdicts.put("mid", "no");
        Claim claim = new Claim("c", "x", verdicts, null);
        assertEquals(List.of("zeta", "alpha", "mid"), new ArrayList<>(claim.verdicts().keySet()));
        assertEquals("", claim.note());
    }

    @Test
    void twoFiguresWithOneIdInDifferentSectionsAreRefusedNamingTheId() {
        Figure figure = Figure.of("loss", "Loss", "", XyChart.lines(Axis.linear("x"), Axis.linear("y")).build());
        Report.Builder builder = Report.builder("r")
                .section(Section.builder("a", "A").figure(figure).build())
                .section(Section.builder("b", "B").figure(figure).build());
        ReportModelException e = assertThrows(ReportModelException.class, builder::build);
        assertEquals("report figures", e.field());
        assertTrue(e.getMessage().contains("'loss' is used twice"), e.getMessage());
    }

    @Test
    void claimIdsMustBeUniqueAcrossSections() {
        Claim claim = Claim.builder("same", "x").build();
        Report.Builder builder = Report.builder("r")
                .section(Section.builder("a", "A").claim(claim).build())
                .section(Section.builder("b", "B").claim(claim).build());
        assertThrows(ReportModelException.class, builder::build);
    }

    @Test
    void anIdThatCannotBeAFileNameIsRefusedNamingTheField() {
        ReportModelException e = assertThrows(ReportModelException.class,
                () -> Table.builder("../etc/passwd", "t").columns("a").build());
        assertEquals("table.id", e.field());
        assertThrows(ReportModelException.class, () -> Section.builder("Upper", "t").build());
        assertThrows(ReportModelException.class, () -> Section.builder("", "t").build());
        assertThrows(ReportModelException.class, () -> Section.builder("-dash", "t").build());
        assertThrows(ReportModelException.class, () -> Section.builder("a".repeat(81), "t").build());
        Section.builder("a".repeat(80), "t").build();
        Section.builder("relu-init.range_2", "t").build();
    }

    @Test
    void slugTurnsAnyLabelIntoAValidId() {
        assertEquals("u-1-1-lr-1e-2", Ids.slug("U[-1,1], lr 1e-2"));
        assertEquals("resume", Ids.slug("Résumé"));
        assertEquals("x", Ids.slug("<>!"));
        assertEquals("x", Ids.slug(null));
        assertEquals(80, Ids.slug("a b ".repeat(60)).length());
        for (String label : new String[] {"..hidden", "__init__", SampleReports.HOSTILE, "ÆØÅ 42", " lead"}) {
            assertTrue(Ids.isValid(Ids.slug(label)), label + " -> " + Ids.slug(label));
        }
    }

    @Test
    void aRowOfTheWrongLengthIsRefusedNamingTheRow() {
        ReportModelException e = assertThrows(ReportModelException.class,
                () -> Table.builder("t", "T").columns("a", "b").row(1, 2).row(3).build());
        assertEquals("table[t].row[1]", e.field());
        assertTrue(e.getMessage().contains("has 1 cells but the table has 2 columns"), e.getMessage());
    }

    @Test
    void aTableNeedsAColumn() {
        assertThrows(ReportModelException.class, () -> Table.builder("t", "T").build());
    }

    @Test
    void controlCharactersAreRefusedBecauseXmlCannotHoldThem() {
        ReportModelException e = assertThrows(ReportModelException.class,
                () -> Claim.builder("c", "bell\u0007").build());
        assertEquals("claim[c].text", e.field());
        assertTrue(e.getMessage().contains("U+0007"), e.getMessage());
        Claim.builder("c", "tab\tand\nnew line\r\n").build();
    }

    @Test
    void blankTitlesAreRefused() {
        assertThrows(ReportModelException.class, () -> Report.builder("  ").build());
        assertThrows(ReportModelException.class, () -> Figure.of("f", "", "", XyChart.lines(null, null).build()));
        assertThrows(ReportModelException.class, () -> Figure.of("f", "t", "", null));
    }

    @Test
    void barChartsRefuseALogValueAxisAndMismatchedSeries() {
        ReportModelException log = assertThrows(ReportModelException.class,
                () -> BarChart.builder(Axis.log("y"), "a", "b").build());
        assertEquals("chart.yAxis", log.field());
        ReportModelException length = assertThrows(ReportModelException.class,
                () -> BarChart.builder(Axis.linear("y"), "a", "b").series("s", 1).build());
        assertTrue(length.getMessage().contains("has 1 values but the chart has 2 categories"), length.getMessage());
        assertThrows(ReportModelException.class, () -> BarChart.builder(Axis.linear("y"), "a", "a").build());
    }

    @Test
    void seriesNamesAreUniqueWithinAChart() {
        XySeries s = XySeries.of("same", List.of());
        assertThrows(ReportModelException.class,
                () -> XyChart.lines(Axis.linear("x"), Axis.linear("y")).series(s).series(s).build());
        assertThrows(ReportModelException.class, () -> XySeries.of("s", new double[2], new double[3]));
    }

    @Test
    void stepsSeriesPutsYAtConsecutiveIntegers() {
        XySeries s = XySeries.ofSteps("loss", new double[] {3, 2, 1});
        assertEquals(List.of(Point.of(0, 3), Point.of(1, 2), Point.of(2, 1)), s.points());
    }

    @Test
    void modelListsAreUnmodifiableCopies() {
        List<String> paragraphs = new ArrayList<>(List.of("one"));
        Section section = new Section("s", "S", paragraphs, null, null, null);
        paragraphs.add("two");
        assertEquals(List.of("one"), section.paragraphs());
        assertThrows(UnsupportedOperationException.class, () -> section.paragraphs().add("three"));
        assertThrows(UnsupportedOperationException.class,
                () -> SampleReports.full().sections().get(0).tables().get(0).rows().get(0).add(Cell.of(1)));
        assertThrows(UnsupportedOperationException.class,
                () -> SampleReports.full().allClaims().get(0).verdicts().put("x", "y"));
    }

    @Test
    void cellOfTurnsNumbersIntoNumberCellsAndEverythingElseIntoText() {
        assertEquals(new NumberCell(5), Cell.of(5));
        assertEquals(new NumberCell(2.5f), Cell.of(2.5f));
        assertEquals(new TextCell("5"), Cell.of("5"));
        assertEquals(new TextCell(""), Cell.of(null));
        assertEquals(new TextCell("true"), Cell.of(true));
    }

    @Test
    void verdictToneIgnoresCaseSpacesAndDashes() {
        assertEquals(VerdictTone.POSITIVE, VerdictTone.of("Reproduced"));
        assertEquals(VerdictTone.NEGATIVE, VerdictTone.of("not-reproduced"));
        assertEquals(VerdictTone.NEGATIVE, VerdictTone.of("Not reproduced"));
        assertEquals(VerdictTone.NEGATIVE, VerdictTone.of("NOT_REPRODUCED"));
        assertEquals(VerdictTone.UNCERTAIN, VerdictTone.of("inconclusive"));
        assertEquals(VerdictTone.OTHER, VerdictTone.of("skipped"));
        assertEquals(VerdictTone.OTHER, VerdictTone.of(null));
    }
}
