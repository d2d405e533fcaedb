package io.twinnet.experiments.app.cli;

import io.twinnet.core.spec.Precision;
import io.twinnet.experiments.app.bench.BenchReport;
import io.twinnet.experiments.app.bench.BenchSettings;
import io.twinnet.experiments.app.bench.BenchTable;
import io.twinnet.experiments.app.bench.Benchmark;
import io.twinnet.experiments.lab.Json;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code twinnet bench}: trains the MNIST MLP 784-100-10 with the core and with DL4J at minibatch 1, 32
 * and 128 (and the CNN at 32 when the core has convolutions) in one process, after warm-up, and prints
 * µs per example per side (wall, thread CPU, process CPU), the ratios DL4J / core, allocation and GC
 * per side, the machine, the core's flop rate against the machine's peak and issue 8's targets.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Training speed of the core against DL4J (MNIST 784-100-10 at minibatch 1, 32, 128; double and float; prebuilt DataSets and an iterator).",
                "Medians over repetitions; ratios are DL4J time / core time per example. Run DL4J's default threads with OMP_NUM_THREADS unset."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object with every row, the machine, the flop rates and the targets.")
    boolean json;

    @Option(names = "--quick", description = "A short run (a few hundred steps in all) for tests and CI.")
    boolean quick;

    @Option(names = "--reps", paramLabel = "N", description = "Timed repetitions per side and case (default 5; 3 with --quick).")
    Integer reps;

    @Option(names = "--loss", paramLabel = "mcxent|mse", description = "The MLP's output: softmax + MCXENT (default) or ReLU + MSE.")
    String loss = "mcxent";

    @Option(names = "--case", paramLabel = "PREFIX", description = "Only the cases whose id starts with PREFIX (e.g. mlp-dense-).")
    String casePrefix = "";

    @Option(names = "--precision", paramLabel = "double|float",
            description = "Only the sides computing in this precision (default both). The core's kernels are compiled for the precision "
                    + "that runs first, so one precision per JVM shows each as it runs alone.")
    String precision;

    @Override
    public Integer call() throws Exception {
        BenchSettings settings;
        try {
            settings = BenchSettings.of(quick, reps, loss, precision == null ? null : Precision.parse(precision, "--precision"));
        } catch (IllegalArgumentException e) { // SpecException among them
            throw new UserInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchReport report;
        try {
            report = Benchmark.run(settings, casePrefix, line -> {
                err.println("bench: " + line);
                err.flush();
            });
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("--case")) throw new UserInputException(e.getMessage());
            throw e;
        }
        if (json) out.println(Json.mapper().writeValueAsString(report));
        else out.print(BenchTable.render(report));
        out.flush();
        return 0;
    }
}
