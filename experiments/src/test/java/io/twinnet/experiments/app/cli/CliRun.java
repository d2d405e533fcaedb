package io.twinnet.experiments.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The CLI run in-process with its output and error streams captured. */
record CliRun(int exit, String out, String err) {
    /** The CLI with the standard context. */
    static CliRun of(String... args) {
        return of(CliContext.standard(), args);
    }

    /** The CLI with {@code context} (a test's experiments, a failing store). */
    static CliRun of(CliContext context, String... args) {
        CommandLine cl = TwinnetCli.commandLine(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
