package io.twinnet.experiments.app.cli;

import io.twinnet.experiments.app.exchange.CaseId;
import io.twinnet.experiments.app.exchange.ExportCase;
import io.twinnet.experiments.app.exchange.ExportCases;
import io.twinnet.experiments.app.exchange.Exporter;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code twinnet export CASE --out DIR}: writes a training case (spec, initial parameters, minibatch
 * order, data slice) as {@code .npy}/JSON files with a README, plus the core's and DL4J's per-step losses
 * and final parameters, so another implementation can be compared with {@code twinnet compare}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export a training case for your own implementation: spec.json, params_init.npy, layout.json, batches.npy,",
                "features.npy, labels.npy, the core's and DL4J's per-step losses and final parameters, and a README.md.",
                "CASE is EXPERIMENT/CONFIG[#SEED], e.g. relu-init-range/relu-he-lr0.01#1; --list shows them all."})
public final class ExportCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "EXPERIMENT/CONFIG[#SEED] (seed 1 when left out).")
    String caseName;

    @Option(names = "--out", paramLabel = "DIR", description = "The directory to write (created if needed).")
    Path out;

    @Option(names = "--steps", paramLabel = "N", description = "SGD steps to export (default: 200; 0: the case's whole order).")
    int steps = 200;

    @Option(names = "--list", description = "List the known cases and exit.")
    boolean list;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        if (list) {
            for (String name : ExportCases.names()) w.println(name);
            w.flush();
            return 0;
        }
        if (caseName == null) throw new UserInputException("CASE: missing; pass EXPERIMENT/CONFIG[#SEED] (see 'twinnet export --list')");
        if (out == null) throw new UserInputException("--out: missing; pass the directory to write the case into");
        if (steps < 0) throw new UserInputException("--steps: must be >= 0, got " + steps);
        CaseId id;
        try {
            id = CaseId.parse(caseName);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("CASE: " + e.getMessage());
        }
        Path dir = WritableDirectory.prepare(out, "--out");
        boolean mnist = ExportCases.usesMnist(id);
        RunEnvironment[] env = new RunEnvironment[1];
        ExportCase c;
        try {
            c = ExportCases.build(id, () -> {
                if (env[0] == null) env[0] = context.environments().open(Profile.QUICK, mnist);
                return env[0];
            }, steps);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("CASE: " + e.getMessage());
        }
        Exporter.Summary s = Exporter.export(c, dir);
        w.println("exported " + c.id() + " to " + dir);
        w.printf("  %d steps of %d examples over a slice of %d, %d parameters%n", s.steps(), s.batchSize(), s.examples(), s.parameterCount());
        w.printf("  core vs DL4J: max per-step loss rel diff %.3g, final parameters rel diff %.3g%n", s.lossRelDiff(), s.paramRelDiff());
        w.println("  read " + dir.resolve(Exporter.README) + "; compare your results with: twinnet compare " + dir + " YOUR_DIR");
        w.flush();
        return 0;
    }
}
