package io.twinnet.experiments.app.cli;

import io.twinnet.dl4j.inits.ControlCheck;
import io.twinnet.dl4j.inits.FamilyMember;
import io.twinnet.dl4j.inits.InitCheck;
import io.twinnet.dl4j.inits.InitDistributionChecker;
import io.twinnet.dl4j.inits.InitReport;
import io.twinnet.experiments.lab.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code twinnet inits}: for every initialisation scheme and a few layer geometries (dense and
 * conv-like fans), draws weights from the core and from DL4J and reports the Kolmogorov–Smirnov
 * statistic and p-value of each against the documented distribution and of the two against each
 * other (commons-math3). The p-values are judged as one family with Holm's step-down correction at the
 * family-wise level {@code --alpha}; a √2-mis-scaled control per random scheme and side must be rejected.
 * Exit code 0 when the family passes and every control is rejected, 1 otherwise, 2 for bad options.
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

    @Option(names = "--alpha", paramLabel = "A", description = "Family-wise significance level of the Holm-Bonferroni correction (default ${DEFAULT-VALUE}).")
    double alpha = InitDistributionChecker.DEFAULT_FAMILY_ALPHA;

    @Option(names = "--json", description = "Print one JSON object with every check.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (samples < 100) throw new UserInputException("--samples: at least 100 are needed for a meaningful KS test, got " + samples);
        if (!(alpha > 0 && alpha < 1)) throw new UserInputException("--alpha: must lie in (0, 1), got " + alpha);
        InitReport report = InitDistributionChecker.coreAgainstDl4j().runDefaults(samples, seed, alpha);
        PrintWriter out = spec.commandLine().getOut();
        int code = report.passed() && report.controlsRejected() ? 0 : 1;
        if (json) {
            out.println(Json.mapper().writeValueAsString(report));
            return code;
        }
        out.printf("%-26s %-22s %-40s %10s %10s %10s %10s %10s %12s%n", "init", "geometry", "documented", "std doc", "std core", "std dl4j",
                "p core", "p dl4j", "p two-sample");
        int member = 0;
        List<FamilyMember> family = report.family();
        for (InitCheck c : report.checks()) {
            if (c.exact()) {
                out.printf("%-26s %-22s %-40s %10s %10s %10s %10s %10s %12s%s%n", c.init(), c.geometry(), c.documented(), "exact",
                        c.coreMismatches() + " off", c.dl4jMismatches() + " off", "-", "-", "-",
                        c.coreMismatches() + c.dl4jMismatches() > 0 ? "   FAILED" : "");
            } else {
                boolean rejected = family.get(member).rejected() || family.get(member + 1).rejected() || family.get(member + 2).rejected();
                member += 3;
                out.printf("%-26s %-22s %-40s %10.4g %10.4g %10.4g %10.3g %10.3g %12.3g%s%n", c.init(), c.geometry(), c.documented(),
                        c.documentedStd(), c.coreStd(), c.dl4jStd(), c.coreVsDocumented().pValue(), c.dl4jVsDocumented().pValue(),
                        c.coreVsDl4j().pValue(), rejected ? "   REJECTED by Holm" : "");
            }
        }
        out.printf("%n%s correction over the family of %d KS p-values at family-wise alpha %.3g (thresholds alpha/(m-k+1) for the"
                        + " k-th smallest p, from %.3g):%n", report.correction(), report.familySize(), report.familyWiseAlpha(),
                report.controlThreshold());
        out.printf("  %d rejected, %d exact checks failed: %s (smallest p-value %.3g, %s), %d samples each%n", report.holmRejections(),
                report.exactFailures(), report.passed() ? "passed" : "FAILED", report.minPValue(), report.worstCheck(), samples);
        long rejectedControls = report.controls().stream().filter(ControlCheck::rejected).count();
        double largestControlP = report.controls().stream().mapToDouble(ControlCheck::pValue).max().orElse(0);
        out.printf("Controls (every weight x1.414, not in the family), must be rejected at p <= %.3g: %d of %d rejected%s (largest p %.3g)%n",
                report.controlThreshold(), rejectedControls, report.controls().size(),
                report.controlsRejected() ? "" : " - too few samples to see a sqrt(2) error", largestControlP);
        return code;
    }
}
