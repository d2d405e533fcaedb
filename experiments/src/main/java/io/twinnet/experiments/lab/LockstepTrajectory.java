package io.twinnet.experiments.lab;

import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.train.TrainableNetwork;
import io.twinnet.dl4j.Dl4jNetwork;
import io.twinnet.dl4j.Dl4jParameterLayout;
import io.twinnet.dl4j.parity.RelativeDifference;

/**
 * DL4J's network of a shared-init run with a core network in lockstep behind it: both loaded with the same
 * parameters, every call that changes a network ({@code fit}, {@code computeGradient}, {@code setParameters})
 * made on both with the same arguments, every read answered by DL4J alone. After each {@code fit} (one SGD
 * step) the two are compared: the minibatch scores and every parameter block, by the bridge's
 * {@link RelativeDifference}. The core side of the sweep is computed separately (its own trial run, with its
 * probes); the core is bit-reproducible, so the network here follows exactly what that run did, at the price
 * of training the (fast) core twice rather than holding every step's parameters.
 *
 * <p>Per checkpoint interval the largest differences are kept, so the record is as long as the run's curves.
 * Once a side's score is not finite the comparison stops (the trainer stops DL4J there anyway; a core that
 * diverges alone is a difference of +∞ at that step) and the rest of the run is DL4J's alone. Not thread-safe.
 */
public final class LockstepTrajectory implements TrainableNetwork {
    private final TrainableNetwork followed;
    private final TrainableNetwork shadow;
    private final Dl4jParameterLayout layout;
    private final int checkpointEvery;
    private final SeriesBuilder paramSeries = new SeriesBuilder();
    private final SeriesBuilder lossSeries = new SeriesBuilder();
    private int steps;
    private int partingStep = -1;
    private double windowParam;
    private double windowLoss;
    private double lastParam;
    private double lastLoss = Double.NaN;
    private double maxParam;
    private double maxLoss;
    private String note = "";
    private int closedAt = -1;

    private LockstepTrajectory(TrainableNetwork followed, TrainableNetwork shadow, int checkpointEvery) {
        if (checkpointEvery < 1) throw new IllegalArgumentException("checkpointEvery: must be positive, got " + checkpointEvery);
        this.followed = followed;
        this.shadow = shadow;
        this.layout = Dl4jParameterLayout.of(followed.spec());
        this.checkpointEvery = checkpointEvery;
        lastParam = RelativeDifference.blockwise(layout, shadow.parameters(), followed.parameters());
        windowParam = lastParam;
        maxParam = lastParam;
        if (lastParam > TrajectoryRecord.PARTING_THRESHOLD) partingStep = 0;
    }

    /** DL4J's network of {@code spec} loaded with {@code initial} (core layout), a core network with the same parameters behind it. */
    public static LockstepTrajectory of(NetworkSpec spec, double[] initial, int checkpointEvery) {
        return following(Dl4jNetwork.withParameters(spec, initial), Network.withParameters(spec, initial).trainable(), checkpointEvery);
    }

    /** {@code followed} with {@code shadow} behind it (both of the same spec, with the same parameters). */
    public static LockstepTrajectory following(TrainableNetwork followed, TrainableNetwork shadow, int checkpointEvery) {
        if (followed == null || shadow == null) throw new IllegalArgumentException("followed and shadow: are required");
        return new LockstepTrajectory(followed, shadow, checkpointEvery);
    }

    @Override
    public NetworkSpec spec() {
        return followed.spec();
    }

    @Override
    public double fit(double[] features, double[] labels, int batch) {
        double score = followed.fit(features, labels, batch);
        if (!note.isEmpty()) return score;
        double shadowScore = shadow.fit(features, labels, batch);
        steps++;
        double loss = RelativeDifference.of(shadowScore, score);
        double param = RelativeDifference.blockwise(layout, shadow.parameters(), followed.parameters());
        lastLoss = loss;
        lastParam = param;
        windowLoss = worse(windowLoss, loss);
        windowParam = worse(windowParam, param);
        maxLoss = worse(maxLoss, loss);
        maxParam = worse(maxParam, param);
        if (partingStep < 0 && !(Math.max(loss, param) <= TrajectoryRecord.PARTING_THRESHOLD)) partingStep = steps;
        if (steps % checkpointEvery == 0) closeWindow();
        if (!Double.isFinite(score) || !Double.isFinite(shadowScore)) {
            note = (Double.isFinite(score) ? "the core" : Double.isFinite(shadowScore) ? "DL4J" : "both sides") + " diverged at step " + steps
                    + "; the comparison stops there";
        }
        return score;
    }

    @Override
    public double computeGradient(double[] features, double[] labels, int batch) {
        if (note.isEmpty()) shadow.computeGradient(features, labels, batch);
        return followed.computeGradient(features, labels, batch);
    }

    @Override
    public void setParameters(double[] parameters) {
        followed.setParameters(parameters);
        shadow.setParameters(parameters);
    }

    @Override
    public double[] output(double[] features, int batch) {
        return followed.output(features, batch);
    }

    @Override
    public double score(double[] features, double[] labels, int batch) {
        return followed.score(features, labels, batch);
    }

    @Override
    public double[] gradient() {
        return followed.gradient();
    }

    @Override
    public double[] parameters() {
        return followed.parameters();
    }

    @Override
    public double[][] activations(double[] features, int batch) {
        return followed.activations(features, batch);
    }

    /** What was compared so far (the current checkpoint interval closed); {@code precision} is the data type both networks computed in. */
    public TrajectoryRecord record(String precision) {
        if (closedAt != steps) closeWindow();
        return new TrajectoryRecord(precision, steps, partingStep, lastParam, lastLoss, maxParam, steps == 0 ? Double.NaN : maxLoss,
                paramSeries.build(), lossSeries.build(), note);
    }

    private void closeWindow() {
        paramSeries.add(steps, windowParam);
        lossSeries.add(steps, steps == 0 ? Double.NaN : windowLoss);
        windowParam = 0;
        windowLoss = 0;
        closedAt = steps;
    }

    /** The larger of the two, NaN winning (a NaN difference must not be hidden). */
    private static double worse(double a, double b) {
        return b > a || Double.isNaN(b) ? b : a;
    }
}
