package io.twinnet.experiments.app.cli;

import io.twinnet.dl4j.inits.InitCheck;
import io.twinnet.dl4j.inits.InitDistributionChecker;
import io.twinnet.dl4j.inits.InitReport;
import io.twinnet.experiments.lab.Json;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code twinnet inits}: for every initialisation scheme and a few layer geometries (dense and
 * conv-like fans), draws weights from the core and from DL4J and reports the Kolmogorov–Smirnov
 * statistic and p-value of each against the documented distribution and of the two against each
 * other (commons-math3).
 */
@Command(name = "inits", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Kolmogorov-Smirnov tests of every init scheme, core and DL4J, against the documented distribution and each other.")
public final class InitsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "N", description = "Weights drawn per scheme, geometry and implementation (default ${DEFAULT-VALUE}).")
    int samples = InitDistributionChecker.DEFAULT_SAMPLES;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the draws (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--json", description = "Print one JSON object with every check.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (samples < 100) throw new UserInputException("--samples: at least 100 are needed for a meaningful KS test, got " + samples);
        InitReport report = InitDistributionChecker.coreAgainstDl4j().runDefaults(samples, seed);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writeValueAsString(report));
            return 0;
        }
        out.printf("%-26s %-22s %-40s %10s %10s %10s %10s %10s%n", "init", "geometry", "documented", "std doc", "std core", "std dl4j",
                "p core", "p dl4j");
        for (InitCheck c : report.checks()) {
            if (c.exact()) {
                out.printf("%-26s %-22s %-40s %10s %10s %10s %10s %10s%n", c.init(), c.geometry(), c.documented(), "exact",
                        c.coreMismatches() + " off", c.dl4jMismatches() + " off", "-", "-");
            } else {
                out.printf("%-26s %-22s %-40s %10.4g %10.4g %10.4g %10.3g %10.3g   two-sample p %.3g%n", c.init(), c.geometry(), c.documented(),
                        c.documentedStd(), c.coreStd(), c.dl4jStd(), c.coreVsDocumented().pValue(), c.dl4jVsDocumented().pValue(),
                        c.coreVsDl4j().pValue());
            }
        }
        out.printf("%n%d checks with %d samples each: %s at alpha %.3g (smallest p-value %.3g, %s)%n", report.checks().size(), samples,
                report.passed() ? "all pass" : "some are rejected", report.alpha(), report.minPValue(), report.worstCheck());
        return 0;
    }
}
