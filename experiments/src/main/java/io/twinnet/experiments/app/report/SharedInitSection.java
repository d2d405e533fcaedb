package io.twinnet.experiments.app.report;

import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.TrajectoryRecord;
import io.twinnet.experiments.lab.TrajectorySummary;
import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.reports.model.Ids;
import io.twinnet.reports.model.Section;
import io.twinnet.reports.model.Table;
import java.util.Locale;

/**
 * The report's "Shared-init trajectories" section of a {@code twinnet run --shared-init} sweep: DL4J started every
 * training run from the core's initial parameters, and the two were compared after every step
 * ({@link TrajectoryRecord}). A summary table (one row per experiment: runs, how far apart the worst ended, how many
 * parted and the earliest parting step), then per experiment every run's trajectory figures, parted runs included.
 */
final class SharedInitSection {
    private SharedInitSection() {
    }

    /** The overview's line, or empty for a sweep without shared init. */
    static String summary(ResultsDocument doc) {
        if (!doc.manifest().sharedInitValue()) return "";
        int runs = 0;
        int parted = 0;
        double worstSmooth = 0;
        for (ExperimentResult e : doc.experiments()) {
            for (RunRecord r : e.runs()) {
                if (r.trajectory() == null) continue;
                runs++;
                if (r.trajectory().parted()) parted++;
                else if (r.trajectory().steps() > 0) worstSmooth = Math.max(worstSmooth, r.trajectory().finalRelDiff());
            }
        }
        return String.format(Locale.ROOT, "Shared init: %d training runs compared with the core after every step; %d parted by more than "
                + "%.0e (the step is in the shared-init section), the others end at most %.2e apart.", runs, parted,
                TrajectoryRecord.PARTING_THRESHOLD, worstSmooth);
    }

    static Section of(ResultsDocument doc) {
        Section.Builder s = Section.builder("shared-init", "Shared-init trajectories");
        s.paragraph("This sweep ran with --shared-init: DL4J started every training run from the core's initial parameters (after the "
                + "core's preparation), with a core network stepped in lockstep behind it, and after every SGD step the two were compared: "
                + "rel(a, b) = max|a − b| / max(max|a|, max|b|), block by block for the parameters, and on the minibatch loss. A run "
                + "parts at the first step where either exceeds " + String.format(Locale.ROOT, "%.0e", TrajectoryRecord.PARTING_THRESHOLD)
                + ": with ReLU a pre-activation within rounding of 0 can take the other branch on one side, after which both follow "
                + "correct but different trajectories. Trials at initialisation do not train and ran as without the option. "
                + "Claims, outcomes and statistical parity of this sweep are those of DL4J trained from the core's start.");
        Table.Builder t = Table.builder("shared-init.summary", "Trajectories per experiment")
                .columns("experiment", "runs compared", "not compared", "precision")
                .column("max final rel diff", "%.3g").column("max final param rel diff", "%.3g")
                .columns("parted", "earliest parting step").column("median parting step", "%.0f");
        for (ExperimentResult e : doc.experiments()) {
            TrajectorySummary x = e.trajectories();
            if (x == null) {
                t.row(e.id(), 0, e.runs().size(), "-", Double.NaN, Double.NaN, "-", "- (no run trains)", Double.NaN);
                continue;
            }
            t.row(e.id(), x.runs(), x.notCompared(), x.precision(), x.maxFinalRelDiff(), x.maxFinalParamRelDiff(), x.parted() + "/" + x.runs(),
                    x.earliestPartingStep() < 0 ? "-" : Integer.toString(x.earliestPartingStep()),
                    x.medianPartingStep() < 0 ? Double.NaN : x.medianPartingStep());
        }
        s.table(t.build());
        for (ExperimentResult e : doc.experiments()) {
            if (e.trajectories() != null) s.table(runs(e));
        }
        return s.build();
    }

    private static Table runs(ExperimentResult e) {
        Table.Builder t = Table.builder(Ids.slug(e.id() + ".shared-init"), e.id() + ": every run's trajectory against the core")
                .caption("Steps compared; the step at which the two first parted (- for never); the final and largest relative "
                        + "differences of the parameters and of the minibatch loss.")
                .columns("configuration", "seed", "steps", "parting step")
                .column("final param rel diff", "%.3g").column("final loss rel diff", "%.3g")
                .column("max param rel diff", "%.3g").column("max loss rel diff", "%.3g").columns("note");
        for (RunRecord r : e.runs()) {
            TrajectoryRecord x = r.trajectory();
            if (x == null) continue;
            t.row(r.config().config(), r.config().seed(), x.steps(), x.parted() ? Integer.toString(x.partingStep()) : "-",
                    x.finalParamRelDiff(), x.finalLossRelDiff(), x.maxParamRelDiff(), x.maxLossRelDiff(), x.note());
        }
        return t.build();
    }
}
