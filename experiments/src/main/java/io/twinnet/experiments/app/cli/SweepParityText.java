package io.twinnet.experiments.app.cli;

import io.twinnet.experiments.app.exchange.SweepParity;
import io.twinnet.experiments.lab.parity.ParityOutcome;
import io.twinnet.experiments.lab.parity.StatisticalParity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The console table of {@code twinnet compare A B}'s statistical parity ({@link SweepParity}). */
final class SweepParityText {
    private SweepParityText() {
    }

    static void print(PrintWriter w, List<SweepParity.Row> rows) {
        w.println();
        w.println("statistical parity of A against B (per implementation; d = median(A) - median(B) over seeds, TOST against the margin, "
                + "Holm over these " + rows.size() + " comparisons at " + StatisticalParity.FAMILY_WISE_ALPHA + "):");
        if (rows.isEmpty()) {
            w.println("  nothing to compare: no configuration of a declared outcome is in both");
            return;
        }
        w.printf("  %-22s %-5s %-26s %-20s %-10s %-11s %-11s %-26s %-6s %s%n", "experiment", "side", "configuration", "metric", "margin",
                "median A", "median B", "d [95 % interval]", "seeds", "outcome");
        for (SweepParity.Row r : rows) {
            String outcome = r.outcome().label() + (r.outcome() == ParityOutcome.UNDECIDED && r.seedsToDecide() > 0
                    ? " (" + r.seedsToDecide() + " seeds a side would decide)" : "") + (r.note().isEmpty() ? "" : " (" + r.note() + ")");
            w.printf("  %-22s %-5s %-26s %-20s %-10s %-11.4g %-11.4g %-26s %-6s %s%s%n", r.experiment(), r.implementation(), r.config(), r.metric(),
                    r.marginRule().replace(" of DL4J's median", " of B"), r.medianA(), r.medianB(),
                    String.format("%.3g [%.3g, %.3g]", r.difference().value(), r.difference().lower(), r.difference().upper()),
                    r.seedsA() + "/" + r.seedsB(), outcome, r.outcome() == ParityOutcome.DIFFERENT ? "  <- differ" : "");
        }
        for (Map.Entry<String, Map<ParityOutcome, Integer>> e : SweepParity.counts(rows).entrySet()) {
            w.printf("  %-5s %d equivalent, %d different, %d undecided%n", e.getKey(), e.getValue().get(ParityOutcome.EQUIVALENT),
                    e.getValue().get(ParityOutcome.DIFFERENT), e.getValue().get(ParityOutcome.UNDECIDED));
        }
    }
}
