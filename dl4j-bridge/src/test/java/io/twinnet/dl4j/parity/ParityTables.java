package io.twinnet.dl4j.parity;

import java.util.Locale;
import java.util.stream.Collectors;

/** Prints parity results as a table on standard output (the tests' report of what was measured). */
final class ParityTables {
    private ParityTables() {
    }

    static void print(ParityReport report) {
        System.out.printf(Locale.ROOT, "parity %s, %d steps, %d cases: worst %s = %.2e%n", report.precision(), report.steps(),
                report.results().size(), report.worstCase(), report.maxRelDiff());
        System.out.printf(Locale.ROOT, "%-58s %8s %8s %8s %8s %8s %8s  %s%n", "case", "output", "activ", "score", "gradient",
                "loss", "params", "params max so far at checkpoints");
        for (ParityResult r : report.results()) {
            String growth = r.growth().stream()
                    .map(g -> String.format(Locale.ROOT, "%d:%.1e", g.step(), g.maxParameterRelDiff()))
                    .collect(Collectors.joining(" "));
            System.out.printf(Locale.ROOT, "%-58s %8.1e %8.1e %8.1e %8.1e %8.1e %8.1e  %s%s%n", r.caseName(), r.outputRelDiff(),
                    r.activationRelDiff(), r.scoreRelDiff(), r.gradientRelDiff(), r.lossRelDiffMax(), r.parameterRelDiffMax(), growth,
                    r.divergedAtStep() >= 0 ? "  diverged at " + r.divergedAtStep() : "");
        }
    }
}
