package io.twinnet.experiments.lab;

import io.twinnet.experiments.lab.stats.Medians;
import java.util.List;
import java.util.Objects;

/**
 * An experiment's shared-init trajectories at a glance ({@link TrajectoryRecord}, one per training run): how
 * many runs were compared over their whole length, how far apart the worst of them ended, and how many parted
 * by more than {@link TrajectoryRecord#PARTING_THRESHOLD}, the earliest at which step.
 *
 * @param runs                runs with a trajectory
 * @param notCompared         runs of the experiment without one: trials that do not train (they ignore shared init),
 *                            runs on the core alone (beyond DL4J's seed budget) and runs that failed before training
 * @param precision           the data type of the comparisons (of the first run; a sweep has one)
 * @param maxFinalRelDiff     the largest {@link TrajectoryRecord#finalRelDiff()} over the runs (NaN when none was compared)
 * @param maxFinalParamRelDiff the largest final parameter difference over the runs
 * @param parted              runs whose trajectories parted
 * @param earliestPartingStep the smallest parting step among them, or −1 when none parted
 * @param medianPartingStep   the median parting step among them, or −1
 */
public record TrajectorySummary(int runs, int notCompared, String precision, double maxFinalRelDiff, double maxFinalParamRelDiff,
                                int parted, int earliestPartingStep, double medianPartingStep) {

    /** The summary of {@code records}, or null when none carries a trajectory (an independent-init sweep). */
    public static TrajectorySummary of(List<RunRecord> records) {
        List<TrajectoryRecord> t = records.stream().map(RunRecord::trajectory).filter(Objects::nonNull).toList();
        if (t.isEmpty()) return null;
        double worst = Double.NaN;
        double worstParams = Double.NaN;
        for (TrajectoryRecord r : t) {
            if (r.steps() == 0) continue;
            worst = worse(worst, r.finalRelDiff());
            worstParams = worse(worstParams, r.finalParamRelDiff());
        }
        double[] parting = t.stream().filter(TrajectoryRecord::parted).mapToDouble(TrajectoryRecord::partingStep).sorted().toArray();
        return new TrajectorySummary(t.size(), records.size() - t.size(), t.get(0).precision(), worst, worstParams, parting.length,
                parting.length == 0 ? -1 : (int) parting[0], parting.length == 0 ? -1 : Medians.of(parting));
    }

    private static double worse(double a, double b) {
        return Double.isNaN(a) || b > a ? b : a;
    }
}
