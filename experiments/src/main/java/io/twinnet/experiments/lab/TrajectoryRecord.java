package io.twinnet.experiments.lab;

/**
 * The whole-run trajectory comparison of a shared-init run ({@code twinnet run --shared-init}): DL4J loaded
 * with the core's initial parameters, both fed every minibatch of the run, compared after every SGD step
 * ({@link LockstepTrajectory}). Relative differences are the bridge's {@code RelativeDifference}:
 * max|a−b| / max(max|a|, max|b|), block by block for the parameters; the loss is the minibatch score
 * {@code fit} returns (before the step's update).
 *
 * <p>In double precision two correct implementations stay within about 1e-13 on smooth activations; with
 * ReLU a pre-activation that lands within rounding of 0 can take the other branch on one side, and from that
 * step on the two follow different (equally correct) trajectories: {@link #partingStep} is where the
 * difference first exceeds {@link #PARTING_THRESHOLD}.
 *
 * @param precision         the data type both networks computed in
 * @param steps             SGD steps compared (the run's steps, or fewer when a side stopped: see {@code note})
 * @param partingStep       the steps taken when the parameter or loss difference first exceeded
 *                          {@link #PARTING_THRESHOLD}, or −1 when it never did
 * @param finalParamRelDiff parameters after the last compared step
 * @param finalLossRelDiff  the loss of the last compared step
 * @param maxParamRelDiff   the largest parameter difference over all steps
 * @param maxLossRelDiff    the largest loss difference over all steps
 * @param paramRelDiff      per checkpoint (x = steps taken), the largest parameter difference since the previous one
 * @param lossRelDiff       per checkpoint, the largest loss difference since the previous one
 * @param note              why fewer steps than the run's were compared (a side diverged or failed), else empty
 */
public record TrajectoryRecord(String precision, int steps, int partingStep, double finalParamRelDiff, double finalLossRelDiff,
                               double maxParamRelDiff, double maxLossRelDiff, Series paramRelDiff, Series lossRelDiff, String note) {
    /** A relative difference above this counts as the two trajectories having parted. */
    public static final double PARTING_THRESHOLD = 1e-6;

    public TrajectoryRecord {
        if (precision == null || precision.isBlank()) throw new IllegalArgumentException("precision: is missing");
        if (steps < 0) throw new IllegalArgumentException("steps: must not be negative, got " + steps);
        if (partingStep < -1 || partingStep > steps) throw new IllegalArgumentException("partingStep: must lie in [-1, " + steps + "], got " + partingStep);
        if (paramRelDiff == null || lossRelDiff == null) throw new IllegalArgumentException("paramRelDiff, lossRelDiff: are missing");
        note = note == null ? "" : note;
    }

    /** A shared-init run in which nothing could be compared, with the reason. */
    public static TrajectoryRecord none(String precision, String why) {
        Series empty = new Series(new double[0], new double[0]);
        return new TrajectoryRecord(precision, 0, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, empty, empty, why);
    }

    /** This record with {@code why} as its note, unless it already has one. */
    public TrajectoryRecord noting(String why) {
        if (!note.isEmpty()) return this;
        return new TrajectoryRecord(precision, steps, partingStep, finalParamRelDiff, finalLossRelDiff, maxParamRelDiff, maxLossRelDiff,
                paramRelDiff, lossRelDiff, why);
    }

    /** True when the two trajectories parted by more than {@link #PARTING_THRESHOLD} at some step. */
    public boolean parted() {
        return partingStep >= 0;
    }

    /** How far apart the two end: the worse of the final parameter and loss differences. */
    public double finalRelDiff() {
        return finalParamRelDiff > finalLossRelDiff || Double.isNaN(finalParamRelDiff) ? finalParamRelDiff : finalLossRelDiff;
    }
}
