package io.twinnet.experiments.catalog;

import com.google.auto.service.AutoService;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.experiments.catalog.ReluInitRangeGrid.Hidden;
import io.twinnet.experiments.catalog.ReluInitRangeGrid.Init;
import io.twinnet.experiments.data.FeatureMeans;
import io.twinnet.experiments.data.Subsets;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.Trial;
import java.util.List;

/**
 * Seed 000's "sigmoid does not care about the init range", on centred inputs. On MNIST's pixels in
 * [0, 1] ({@link ReluInitRange}) U[0,1] weights make every first-layer pre-activation Σ w_j x_j a
 * sum of non-negative terms (about 0.5 · 100 lit pixels ≈ 50), so σ′ = σ(1 − σ) ≈ 0 there and the
 * range decides. The seed's statement allows the reading where that cannot happen: the same net and
 * the same three ranges on pixels centred per feature, x_j − m_j with m_j the mean of pixel j over
 * the run's training subset (the test images are centred with the same training means,
 * {@link FeatureMeans}). Centring reaches only the first layer: the sigmoid outputs feeding the
 * second layer and the output layer are non-negative again, so the claim is a test of whether the
 * first layer's saturation was the whole story.
 *
 * <p>The rule, fixed before the data, is the MNIST claim's ({@link SigmoidRangeRule}).
 */
@AutoService(Experiment.class)
public final class SigmoidCentred implements Experiment<SigmoidCentred.Point> {

    static final String ID = "sigmoid-centred";
    /** The seed's learning rate, in the units of {@link #READING}. */
    static final double LR = 1e-2;
    /**
     * The asker's "MSE" as a hand-written net back-propagates it: the half-sum, gradient (a − t), so the seed's lr 1e-2 is
     * 5x the step of DL4J LossMSE at 1e-2 (whose gradient is 2(a − t)/10), which learns too little in the quick budget.
     */
    static final SquaredErrorReading READING = SquaredErrorReading.HALF_SUM;
    /** Seeds DL4J runs in the quick profile (see {@link #seeds(Profile, Implementation)}). */
    static final int QUICK_DL4J_SEEDS = 1;

    /** One init range of the sigmoid net on centred pixels. */
    public record Point(Init init) implements GridPoint {
        public Point {
            if (!RANGES.contains(init)) throw new IllegalArgumentException("init: must be one of the seed's ranges " + RANGES + ", got " + init);
        }

        @Override
        public String id() {
            return "centred-" + init.label();
        }
    }

    private static final List<Init> RANGES = List.of(Init.U01, Init.U1, Init.HALF);

    /**
     * @param trainPerClass training images per class (0: all 60,000)
     * @param evalPerClass  test images per class (0: all 10,000)
     * @param steps         SGD steps, one example each
     */
    record Sizes(int[] hidden, int trainPerClass, int evalPerClass, int steps, int checkpointEvery, int seeds) {
    }

    static Sizes sizes(Profile p) {
        return p == Profile.QUICK ? new Sizes(new int[] {64, 64}, 1000, 100, 2000, 500, 6)
                : new Sizes(new int[] {128, 64}, 0, 0, 60000, 6000, 10);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Sigmoid nets on centred pixels: does the init range still matter?";
    }

    @Override
    public String source() {
        return "seed 000";
    }

    /** Right after {@link ReluInitRange} (−1), whose sigmoid claim it re-reads, and before seed 001's experiments (1). */
    @Override
    public int position() {
        return 0;
    }

    @Override
    public String setup(Profile profile) {
        Sizes s = sizes(profile);
        int images = s.trainPerClass > 0 ? 10 * s.trainPerClass : 60000;
        return "MNIST 784-" + s.hidden[0] + "-" + s.hidden[1] + "-10 with sigmoid hidden layers and a softmax output scored by the "
                + "half-sum of squares (DL4J LossL2 at half the rate: the gradient (a - t) a hand-written net back-propagates, so lr "
                + LR + " here takes the steps of LossMSE at lr " + 5 * LR + ", whose gradient is 2(a - t)/10; LossMSE at lr " + LR
                + " stays under 0.2 test accuracy in this budget), every layer initialised from U[0,1], U[-1,1] "
                + "or U[-0.5,0.5], SGD with one example per step at lr " + LR + " for " + s.steps + " steps over " + images
                + " training images, pixels centred per feature (minus each pixel's mean over the training subset; the test images "
                + "minus the same means), evaluated on " + (s.evalPerClass > 0 ? 10 * s.evalPerClass : 10000) + " test images every "
                + s.checkpointEvery + " steps; " + s.seeds + " seeds on the core"
                + (profile == Profile.QUICK ? ", the first " + QUICK_DL4J_SEEDS + " on DL4J (one example per step costs DL4J ~40x the "
                + "core). The full profile runs 784-128-64-10 on all 60,000 images for one epoch, 10 seeds on both." : " on both.");
    }

    @Override
    public List<Point> grid(Profile profile) {
        return RANGES.stream().map(Point::new).toList();
    }

    @Override
    public int seeds(Profile profile) {
        return sizes(profile).seeds;
    }

    /** DL4J runs the first {@value #QUICK_DL4J_SEEDS} seed(s) in the quick profile (its runs cost ~40x the core's); every seed in the full one. */
    @Override
    public int seeds(Profile profile, Implementation implementation) {
        return Experiment.fewerDl4jSeedsWhenQuick(this, profile, implementation, QUICK_DL4J_SEEDS);
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, env, sizes(env.profile()));
    }

    /** The trial with explicit sizes (the tests use tiny ones). */
    Trial trial(Point p, RunSeeds seeds, RunEnvironment env, Sizes s) {
        Dataset raw = Subsets.stratified(env.mnistTrain(), s.trainPerClass, seeds.subset());
        FeatureMeans means = FeatureMeans.of(raw);
        Dataset train = means.centre(raw);
        Dataset eval = means.centre(Subsets.stratified(env.mnistTest(), s.evalPerClass, seeds.evaluation()));
        int epochs = (s.steps + train.size() - 1) / train.size();
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 1, epochs, seeds.order()).first(s.steps);
        ReluInitRangeGrid.Point net = new ReluInitRangeGrid.Point(ReluInitRangeGrid.Kind.TRAIN, Hidden.SIGMOID, p.init, LR, READING);
        return TrainingTrial.builder(ReluInitRange.spec(s.hidden, net, seeds.init()).withName(ID), train, order, eval)
                .data("MNIST train, " + Subsets.describe(s.trainPerClass, seeds.subset()) + ", pixels minus their means over this "
                        + "subset, one example per step, " + s.steps + " steps (order seed " + seeds.order() + "); evaluated on MNIST test, "
                        + Subsets.describe(s.evalPerClass, seeds.evaluation()) + ", minus the same means")
                .checkpointEvery(Math.min(s.checkpointEvery, s.steps)).paritySteps(50).build();
    }

    @Override
    public List<Claim<Point>> claims() {
        return List.of(Claim.seed("sigmoid-insensitive-centred", "With sigmoid hidden units and centred inputs the range (U[0,1], "
                        + "U[-1,1], U[-0.5,0.5]) hardly matters", SigmoidRangeRule.insensitive(grid(Profile.QUICK),
                        "sigmoid U[0,1], U[-1,1] and U[-0.5,0.5] on centred pixels at lr 1e-2"))
                .ifNotReproduced("even on centred pixels one range learns clearly less in the same budget: centring removes the first "
                        + "layer's saturation under U[0,1], but the sigmoid outputs feeding the next layers are non-negative again"));
    }

    @Override
    public List<Figure<Point>> figures() {
        return List.of(Figure.<Point>of("centred-test-accuracy", "Sigmoid on centred pixels: test accuracy by range", Metrics.EVAL_ACCURACY)
                .seriesBy(p -> p.init.display));
    }
}
