package io.twinnet.experiments.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RunTableTest {

    record Cell(String id) implements GridPoint {
    }

    private static final Scalar SPREAD = Scalar.of("spread", "a spread between units");
    private static final Cell A = new Cell("a");
    private static final Cell B = new Cell("b");

    private static Run<Cell> run(Cell p, long seed, RunStatus status, double spread) {
        Measurements m = new Measurements();
        if (!Double.isNaN(spread)) m.put(SPREAD, spread);
        return new Run<>(p, seed, SideRecord.of(status, status == RunStatus.DIVERGED ? 7 : -1, m, 0));
    }

    private static RunTable<Cell> table(double... spreads) {
        List<Run<Cell>> runs = new ArrayList<>();
        for (int i = 0; i < spreads.length; i++) runs.add(run(i % 2 == 0 ? A : B, i + 1, RunStatus.FINISHED, spreads[i]));
        return new RunTable<>(Implementation.CORE, runs);
    }

    @Test
    void largestIsTheWorstCaseOverEveryMeasuredRunWithoutAnInterval() {
        Estimate e = table(0, 3e-9, 1e-12, 0).largest(r -> r.get(SPREAD));
        assertEquals(3e-9, e.value());
        assertTrue(e.isPoint());
        assertEquals(4, e.seeds());
    }

    @Test
    void leastIsTheSmallestValueOverEveryMeasuredRun() {
        Estimate e = table(0.4, 0.2, 0.9).least(r -> r.get(SPREAD));
        assertEquals(0.2, e.value());
        assertEquals(3, e.seeds());
    }

    @Test
    void largestReadsDivergedRunsButNotFailedOnes() {
        RunTable<Cell> t = new RunTable<>(Implementation.CORE, List.of(run(A, 1, RunStatus.FINISHED, 0),
                run(A, 2, RunStatus.DIVERGED, 5), new Run<>(A, 3, SideRecord.failed("out of memory", 0))));
        Estimate e = t.largest(r -> r.get(SPREAD));
        assertEquals(5, e.value());
        assertEquals(2, e.seeds());
    }

    /** A value that could not be computed cannot confirm a bound: it counts as the most extreme double, so the claim is judged against it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"NaN, 1.7976931348623157E308, -1.7976931348623157E308", "Infinity, 1.7976931348623157E308, 0.0",
            "-Infinity, 0.5, -1.7976931348623157E308"})
    void aNonFiniteValueCountsAgainstTheBoundAndStaysJudged(double odd, double largest, double least) {
        RunTable<Cell> t = table(0.0, odd, 0.5);
        assertEquals(largest, t.largest(r -> r.get(SPREAD)).value());
        assertEquals(least, t.least(r -> r.get(SPREAD)).value());
        assertTrue(t.largest(r -> r.get(SPREAD)).measured());
    }

    @Test
    void noMeasuredRunGivesNoEstimate() {
        RunTable<Cell> t = new RunTable<>(Implementation.DL4J, List.of(new Run<>(A, 1, SideRecord.notRun("--impl core"))));
        assertFalse(t.largest(r -> r.get(SPREAD)).measured());
        assertFalse(t.least(r -> r.get(SPREAD)).measured());
    }

    @Test
    void largestOfOnePointIgnoresTheOthers() {
        assertEquals(0.3, table(0.3, 9, 0.1, 9).at(A).largest(r -> r.get(SPREAD)).value());
    }
}
