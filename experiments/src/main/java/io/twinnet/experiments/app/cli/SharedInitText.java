package io.twinnet.experiments.app.cli;

import io.twinnet.experiments.lab.TrajectoryRecord;
import io.twinnet.experiments.lab.TrajectorySummary;
import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.store.ResultsDocument;
import java.io.PrintWriter;

/** The console lines of a shared-init sweep ({@code twinnet run --shared-init}): each experiment's whole-run trajectories. */
final class SharedInitText {
    private SharedInitText() {
    }

    /** One line per experiment of a shared-init sweep; nothing for an independent-init one. */
    static void print(PrintWriter out, ResultsDocument doc) {
        if (!doc.manifest().sharedInitValue()) return;
        out.printf("shared init: DL4J started from the core's initial parameters; trajectories compared after every step "
                + "(parted = a relative difference above %.0e)%n", TrajectoryRecord.PARTING_THRESHOLD);
        out.printf("%-24s %-6s %-11s %-22s %-8s %-15s%n", "experiment", "runs", "precision", "max final rel diff", "parted", "earliest parting");
        for (ExperimentResult e : doc.experiments()) {
            TrajectorySummary t = e.trajectories();
            if (t == null) {
                out.printf("%-24s %s%n", e.id(), "no run trains (at initialisation only): --shared-init does not apply");
                continue;
            }
            out.printf("%-24s %-6d %-11s %-22.3g %-8s %-15s%s%n", e.id(), t.runs(), t.precision(), t.maxFinalRelDiff(),
                    t.parted() + "/" + t.runs(), t.earliestPartingStep() < 0 ? "-" : "step " + t.earliestPartingStep(),
                    t.notCompared() == 0 ? "" : "  (" + t.notCompared() + " run(s) not compared: at initialisation, core only, or failed)");
        }
    }
}
