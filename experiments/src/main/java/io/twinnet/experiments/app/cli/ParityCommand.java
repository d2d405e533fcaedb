package io.twinnet.experiments.app.cli;

import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.SpecException;
import io.twinnet.dl4j.parity.ParityCase;
import io.twinnet.dl4j.parity.ParityCases;
import io.twinnet.dl4j.parity.ParityEngine;
import io.twinnet.dl4j.parity.ParityOptions;
import io.twinnet.dl4j.parity.ParityReport;
import io.twinnet.dl4j.parity.ParityResult;
import io.twinnet.experiments.app.exchange.CatalogParityCases;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunnableExperiment;
import java.util.ArrayList;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code twinnet parity}: exact parity of the core and DL4J on every default case of the bridge (every
 * activation × loss × init, schedules, bias-free nets, convolutions) and on the catalog's networks in small,
 * derived from the experiments' declarations ({@link CatalogParityCases}; the catalog's quick data is read for that):
 * one parameter vector loaded into both, the same minibatches, differences of outputs, gradients,
 * losses and parameters. Exit 0 when the comparison ran; the numbers say how close they are.
 */
@Command(name = "parity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Exact parity of the core and DL4J: shared parameters, same minibatches; forward, gradient and trajectory differences per case.",
                "Relative difference: max|a-b| / max(max|a|, max|b|), blockwise for parameters and gradients."})
public final class ParityCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    ParityCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--dtype", paramLabel = "double|float", description = "The precision of both sides: DL4J's data type and the core's arithmetic (default double).")
    String dtype = "double";

    @Option(names = "--steps", paramLabel = "N", description = "Training steps (SGD or the case's updater) per case (default ${DEFAULT-VALUE}).")
    int steps = ParityOptions.DEFAULT_STEPS;

    @Option(names = "--case", paramLabel = "PREFIX", description = "Only the cases whose name starts with PREFIX (e.g. dying-relu-lr/).")
    String casePrefix;

    @Option(names = "--json", description = "Print one JSON object; its top-level maxRelDiff is the worst case.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Precision precision;
        try {
            precision = Precision.parse(dtype, "--dtype");
        } catch (SpecException e) {
            throw new UserInputException(e.getMessage());
        }
        if (steps < 1) throw new UserInputException("--steps: must be at least 1, got " + steps);
        List<ParityCase> cases = new ArrayList<>(ParityCases.defaults());
        List<RunnableExperiment> experiments = context.experiments();
        boolean mnist = experiments.stream().anyMatch(RunnableExperiment::usesMnist);
        cases.addAll(CatalogParityCases.of(experiments, context.environments().open(Profile.QUICK, mnist)));
        if (casePrefix != null) {
            cases = cases.stream().filter(c -> c.name().startsWith(casePrefix)).toList();
            if (cases.isEmpty()) throw new UserInputException("--case: no parity case starts with '" + casePrefix + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] done = {0};
        int total = cases.size();
        if (!json) {
            out.printf("%-44s %9s %9s %9s %9s %9s%n", "case", "output", "gradient", "loss", "params", "max");
        }
        ParityReport report = ParityEngine.runAll(cases, ParityOptions.of(precision, steps), r -> {
            done[0]++;
            if (json) {
                err.printf("\rparity %d/%d %s", done[0], total, r.caseName());
                err.flush();
            } else {
                out.printf("%-44s %9.2e %9.2e %9.2e %9.2e %9.2e%s%n", r.caseName(), r.outputRelDiff(), r.gradientRelDiff(),
                        r.lossRelDiffMax(), r.parameterRelDiffMax(), r.maxRelDiff(),
                        r.divergedAtStep() >= 0 ? "  (diverged at step " + r.divergedAtStep() + ")" : "");
                out.flush();
            }
        });
        if (json) {
            err.println();
            out.println(Json.mapper().writeValueAsString(report));
        } else {
            out.printf("%n%d cases, %s, %d steps: worst relative difference %.2e (%s)%n", report.results().size(),
                    report.precision(), report.steps(), report.maxRelDiff(), report.worstCase());
            if (precision == Precision.FLOAT) printGrowth(out, report);
        }
        return 0;
    }

    private static void printGrowth(PrintWriter out, ParityReport report) {
        out.println("float32 core against DL4J FLOAT, by step (median and worst over cases):");
        ParityResult first = report.results().get(0);
        for (int k = 0; k < first.growth().size(); k++) {
            final int idx = k;
            double[] loss = report.results().stream().filter(r -> r.growth().size() > idx)
                    .mapToDouble(r -> r.growth().get(idx).lossRelDiff()).sorted().toArray();
            double[] params = report.results().stream().filter(r -> r.growth().size() > idx)
                    .mapToDouble(r -> r.growth().get(idx).parameterRelDiff()).sorted().toArray();
            out.printf("  step %5d: loss %.2e (worst %.2e), parameters %.2e (worst %.2e)%n", first.growth().get(k).step(),
                    loss[loss.length / 2], loss[loss.length - 1], params[params.length / 2], params[params.length - 1]);
        }
    }
}
