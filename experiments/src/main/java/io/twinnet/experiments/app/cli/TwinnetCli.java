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

    /** The configured picocli command line, with the {@linkplain CliContext#standard() standard context}. */
    public static CommandLine commandLine() {
        return commandLine(CliContext.standard());
    }

    /**
     * The configured picocli command line whose commands take what they need from {@code context}: a command
     * with a constructor that takes a {@link CliContext} gets it, every other class is made by picocli.
     */
    public static CommandLine commandLine(CliContext context) {
        CommandLine.IFactory picocli = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                try {
                    return cls.getDeclaredConstructor(CliContext.class).newInstance(context);
                } catch (NoSuchMethodException e) {
                    return picocli.create(cls);
                }
            }
        };
        CommandLine cl = new CommandLine(new TwinnetCli(), factory);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserInputException) {
                commandLine.getErr().println("twinnet: " + ex.getMessage());
                return 2;
            }
            if (ex instanceof WorkFailedException) {
                commandLine.getErr().println("twinnet: " + ex.getMessage());
                return 1;
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
