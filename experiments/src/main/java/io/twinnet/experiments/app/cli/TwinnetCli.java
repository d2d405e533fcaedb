package io.twinnet.experiments.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code twinnet} command line. Each subcommand lives in its own class; exit codes:
 * 0 when the command did its work, 1 for a failure while working, 2 for bad input (picocli's
 * usage errors and {@link UserInputException}).
 */
@Command(name = "twinnet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A from-scratch neural network and Deeplearning4j, side by side.",
        subcommands = {
                ListCommand.class,
                RunCommand.class,
                TryCommand.class,
                ReportCommand.class,
                ReproduceCommand.class,
                CompareCommand.class,
                ExportCommand.class,
                ParityCommand.class,
                InitsCommand.class,
                FetchMnistCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class TwinnetCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code (used by tests, which must not call System.exit). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured picocli command line. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TwinnetCli());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserInputException) {
                commandLine.getErr().println("twinnet: " + ex.getMessage());
                return 2;
            }
            commandLine.getErr().println("twinnet: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            if (System.getenv("TWINNET_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            return 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
