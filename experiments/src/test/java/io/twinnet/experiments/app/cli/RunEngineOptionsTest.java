package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code --engine} and {@code --master} on the default class path (no spark module): exit 2, the option named, nothing created. */
class RunEngineOptionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--engine nope                | --engine: no engine 'nope' on the class path (available: local",
            "--engine spark               | --engine: no engine 'spark' on the class path",
            "--master local[2]            | --master: only a cluster engine takes a master",
            "--engine local --master x    | --master: only a cluster engine takes a master"})
    void anEngineThisClassPathCannotOpenIsRejectedBeforeTheRunDirectoryIsMade(String options, String message, @TempDir Path tmp) {
        List<String> args = new ArrayList<>(List.of("run", "variance-propagation", "--out", tmp.resolve("r").toString()));
        args.addAll(List.of(options.trim().split("\\s+")));
        CommandLine cl = TwinnetCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args.toArray(String[]::new));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(Files.exists(tmp.resolve("r")), "nothing was created");
    }
}
