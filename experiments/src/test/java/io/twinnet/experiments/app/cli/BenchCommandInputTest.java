package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandInputTest {

    private static String[] run(String... args) {
        CommandLine cl = TwinnetCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[]{String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void zeroRepetitionsIsABadInputNamingTheOption() {
        String[] r = run("bench", "--quick", "--reps", "0");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--reps"), r[2]);
    }

    @Test
    void unknownLossIsABadInputNamingTheOption() {
        String[] r = run("bench", "--loss", "hinge");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--loss") && r[2].contains("hinge"), r[2]);
    }

    @Test
    void unknownPrecisionIsABadInputNamingTheOption() {
        String[] r = run("bench", "--quick", "--precision", "half");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--precision") && r[2].contains("half"), r[2]);
    }

    @Test
    void helpListsTheOptions() {
        String[] r = run("bench", "--help");
        assertEquals("0", r[0]);
        for (String o : new String[]{"--json", "--quick", "--reps", "--precision"}) assertTrue(r[1].contains(o), o);
    }

    @Test
    void unknownCasePrefixIsABadInputListingTheCases() {
        String[] r = run("bench", "--quick", "--case", "nope-");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--case") && r[2].contains("mlp-mnist-mb1"), r[2]);
    }
}
