package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad input to {@code twinnet run}: one clear message naming the culprit, exit code 2, nothing run. */
class RunCommandInputTest {

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        CommandLine cl = TwinnetCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void unknownExperimentIdIsRejectedWithTheKnownIds(@TempDir Path tmp) {
        Outcome o = run("run", "no-such-experiment", "--out", tmp.resolve("r").toString());
        assertEquals(2, o.code);
        assertTrue(o.err.contains("unknown experiment 'no-such-experiment'"), o.err);
        assertTrue(o.err.contains("variance-propagation"), "lists the known ids: " + o.err);
        assertFalse(Files.exists(tmp.resolve("r")), "nothing was created");
    }

    @Test
    void unknownProfileIsRejectedNamingTheOption(@TempDir Path tmp) {
        Outcome o = run("run", "--profile", "medium", "--out", tmp.resolve("r").toString());
        assertEquals(2, o.code);
        assertTrue(o.err.contains("--profile") && o.err.contains("medium"), o.err);
    }

    @Test
    void unknownOptionIsAUsageError() {
        Outcome o = run("run", "--frobnicate");
        assertEquals(2, o.code);
        assertTrue(o.err.contains("--frobnicate"), o.err);
    }

    @Test
    void nonPositiveSeedsAreRejected(@TempDir Path tmp) {
        Outcome o = run("run", "--seeds", "0", "--out", tmp.resolve("r").toString());
        assertEquals(2, o.code);
        assertTrue(o.err.contains("--seeds"), o.err);
    }

    @Test
    void unwritableOutputDirectoryIsRejectedNamingIt(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a directory");
        Path out = file.resolve("run");
        Outcome o = run("run", "variance-propagation", "--out", out.toString());
        assertEquals(2, o.code);
        assertTrue(o.err.contains("--out") && o.err.contains(out.toString()), o.err);
    }

    @Test
    void anExistingRunIsNotOverwrittenWithoutResume(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("run.json"), "{}");
        Outcome o = run("run", "variance-propagation", "--out", tmp.toString());
        assertEquals(2, o.code);
        assertTrue(o.err.contains("--resume"), o.err);
        assertEquals("{}", Files.readString(tmp.resolve("run.json")), "the existing run is untouched");
    }

    @Test
    void resumeWithoutARunIsRejected(@TempDir Path tmp) {
        Outcome o = run("run", "--resume", "--out", tmp.toString());
        assertEquals(2, o.code);
        assertTrue(o.err.contains("--resume") && o.err.contains("no run"), o.err);
    }

    @Test
    void reportOfADirectoryWithoutResultsIsRejected(@TempDir Path tmp) {
        Outcome o = run("report", tmp.toString());
        assertEquals(2, o.code);
        assertTrue(o.err.contains("results.json"), o.err);
    }

    @Test
    void unknownImplementationIsRejectedNamingTheOption(@TempDir Path tmp) {
        Outcome o = run("run", "variance-propagation", "--impl", "torch", "--out", tmp.resolve("r").toString());
        assertEquals(2, o.code);
        assertTrue(o.err.contains("--impl") && o.err.contains("torch"), o.err);
        assertFalse(Files.exists(tmp.resolve("r")), "nothing was created");
    }

    @Test
    void malformedConfigurationFilterIsRejectedNamingTheOption(@TempDir Path tmp) {
        Outcome o = run("run", "variance-propagation", "--configs", "plain-(", "--out", tmp.resolve("r").toString());
        assertEquals(2, o.code);
        assertTrue(o.err.contains("--configs") && o.err.contains("plain-("), o.err);
    }

    @Test
    void resumingWithAnotherImplementationSetIsRejected(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("run.json"), """
                {"schemaVersion":1,"runId":"r","profile":"quick","seeds":1,"experiments":["variance-propagation"],
                 "startedAt":"2026-01-01T00:00:00Z","provenance":{},"implementations":["core"],"configFilter":null}""");
        Outcome o = run("run", "--resume", "--impl", "both", "--out", tmp.toString());
        assertEquals(2, o.code);
        assertTrue(o.err.contains("--impl") && o.err.contains("core"), o.err);
    }

    @Test
    void unknownPrecisionIsRejectedNamingTheOption(@TempDir Path tmp) {
        Outcome o = run("run", "variance-propagation", "--precision", "half", "--out", tmp.resolve("r").toString());
        assertEquals(2, o.code);
        assertTrue(o.err.contains("--precision") && o.err.contains("half"), o.err);
        assertFalse(Files.exists(tmp.resolve("r")), "nothing was created");
    }

    @Test
    void resumingWithAnotherPrecisionIsRejected(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("run.json"), """
                {"schemaVersion":1,"runId":"r","profile":"quick","seeds":1,"experiments":["variance-propagation"],
                 "startedAt":"2026-01-01T00:00:00Z","provenance":{},"implementations":["core"],"configFilter":null,
                 "precision":"float"}""");
        Outcome o = run("run", "--resume", "--precision", "double", "--out", tmp.toString());
        assertEquals(2, o.code);
        assertTrue(o.err.contains("--precision") && o.err.contains("float"), o.err);
    }
}
