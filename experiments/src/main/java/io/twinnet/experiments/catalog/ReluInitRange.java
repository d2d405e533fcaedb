package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.ReluInitRangeGrid.HOMOGENEITY;
import static io.twinnet.experiments.catalog.ReluInitRangeGrid.rate;
import static io.twinnet.experiments.catalog.ReluInitRangeGrid.train;

import io.twinnet.experiments.catalog.ReluInitRangeGrid.Hidden;
import io.twinnet.experiments.catalog.ReluInitRangeGrid.Init;
import io.twinnet.experiments.catalog.ReluInitRangeGrid.Kind;
import io.twinnet.experiments.catalog.ReluInitRangeGrid.Point;
import io.twinnet.experiments.data.Subsets;
import com.google.auto.service.AutoService;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.experiments.lab.AskerUnits;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.Trial;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 000: "ReLU with weights from U[-1,1] never converges, U[-0.5,0.5] and a normal init do; a
 * 100× smaller learning rate rescues U[-1,1]; sigmoid does not care about the range." The asker's
 * net: ReLU hidden layers, softmax output scored by MSE, plain SGD, one example per step. The
 * answer's explanation is positive homogeneity ({@link PositiveHomogeneity}): doubling every weight
 * of a bias-free depth-d ReLU net multiplies its logits by exactly 2^d, so the softmax saturates
 * ({@link SoftmaxSaturation}) and the MSE gradient through it nearly vanishes.
 *
 * <p>Calibration (core, 784-64-64-10, 10,000 MNIST images): after 10,000 steps at lr 1e-2 He reaches
 * about 0.8 test accuracy and U[-0.5,0.5] about 0.6, while U[-1,1] creeps (0.2); at lr 1e-3 even He
 * gains only a few points in 20,000 steps, so the lr-1e-3 plateau is judged in the full profile
 * only. Every "does not learn" verdict is gated by a He control at the same learning rate that
 * shows the budget sufficed to learn.
 */
@AutoService(Experiment.class)
public final class ReluInitRange implements Experiment<Point> {

    static final String ID = "relu-init-range";
    /** Seeds DL4J runs in the quick profile (see {@link #seeds(Profile, Implementation)}). */
    static final int QUICK_DL4J_SEEDS = 1;

    /** The full profile's log learning-rate grid, run under every reading of "MSE". */
    private static final double[] LEARNING_RATES = {1e-1, 3e-2, 1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 3e-5};

    /**
     * @param trainPerClass   training images per class (0: all 60,000)
     * @param evalPerClass    test images per class (0: all 10,000)
     * @param fullGrid        whether every init × lr is run (else only the runs the claims read)
     */
    record Sizes(int[] hidden, int trainPerClass, int evalPerClass, int epochs, int checkpointEvery, int seeds, boolean fullGrid) {
    }

    static Sizes sizes(Profile p) {
        return p == Profile.QUICK ? new Sizes(new int[] {64, 64}, 1000, 100, 1, 1000, 6, false)
                : new Sizes(new int[] {128, 64}, 0, 0, 3, 6000, 3, true);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "ReLU nets with U[-1,1] weights never converge; U[-0.5,0.5] and He do";
    }

    @Override
    public String source() {
        return "seed 000";
    }

    /** First of the catalog, −1: seed 000's follow-up on centred pixels, {@link SigmoidCentred}, takes 0, before seed 001's 1. */
    @Override
    public int position() {
        return -1;
    }

    @Override
    public String setup(Profile profile) {
        Sizes s = sizes(profile);
        int images = s.trainPerClass > 0 ? 10 * s.trainPerClass : 60000;
        String grid = s.fullGrid
                ? "Inits U[-1,1], U[-0.5,0.5], N(0,1), He (RELU), XAVIER at lr 1e-1, 3e-2, 1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 3e-5 under each "
                        + "reading of 'MSE' (mean = DL4J LossMSE, the claims' reading; sum = LossL2; half-sum = LossL2 at half the rate, "
                        + "the (a - t) gradient of a hand-written net; every rate in its reading's own units, which are the asker's "
                        + "(a - t) units times " + new AskerUnits(LossFunction.MSE, 10).factor() + " (mean), " + new AskerUnits(LossFunction.L2, 10).factor()
                        + " (sum) and 1 (half-sum): mean " + rate(1e-1, SquaredErrorReading.MEAN) + " ... " + rate(3e-5, SquaredErrorReading.MEAN)
                        + "); sigmoid control with U[0,1], U[-1,1], U[-0.5,0.5] at " + rate(1e-2, SquaredErrorReading.MEAN)
                : "Only the runs the claims read: ReLU U[-1,1] at " + rate(1e-2, SquaredErrorReading.MEAN) + " and " + rate(1e-4, SquaredErrorReading.MEAN)
                        + ", U[-0.5,0.5], He and N(0,1) at lr 1e-2, sigmoid with U[0,1], U[-1,1], U[-0.5,0.5] at lr 1e-2 (the lr-1e-3 "
                        + "plateau, " + rate(1e-3, SquaredErrorReading.MEAN) + ", needs more steps than the quick budget: at lr 1e-3 even He "
                        + "gains only a few points of accuracy in 10,000 steps, so it is judged in the full profile)";
        return "MNIST 784-" + s.hidden[0] + "-" + s.hidden[1] + "-10, ReLU (or sigmoid) hidden layers, softmax output scored by MSE "
                + "(as the asker; DL4J LossMSE, the mean over the 10 outputs, whose gradient is 2(a - t)/10, so " + rate(1e-2, SquaredErrorReading.MEAN)
                + "), SGD with one example per step (as the asker) for " + s.epochs + " epoch(s) over " + images
                + " training images (" + s.epochs * images + " steps), evaluated on " + (s.evalPerClass > 0 ? 10 * s.evalPerClass : 10000)
                + " test images every " + s.checkpointEvery + " steps, " + s.seeds + " seeds. " + grid
                + "; a bias-free ReLU net with identity output for the homogeneity identity.";
    }

    @Override
    public List<Point> grid(Profile profile) {
        List<Point> grid = new ArrayList<>();
        if (sizes(profile).fullGrid) {
            for (SquaredErrorReading r : SquaredErrorReading.values()) {
                for (Init i : List.of(Init.U1, Init.HALF, Init.N1, Init.HE, Init.XAVIER)) {
                    for (double lr : LEARNING_RATES) grid.add(new Point(Kind.TRAIN, Hidden.RELU, i, lr, r));
                }
            }
        } else {
            grid.addAll(List.of(train(Hidden.RELU, Init.U1, 1e-2), train(Hidden.RELU, Init.U1, 1e-4), train(Hidden.RELU, Init.HALF, 1e-2),
                    train(Hidden.RELU, Init.HE, 1e-2), train(Hidden.RELU, Init.N1, 1e-2)));
        }
        for (Init i : List.of(Init.U01, Init.U1, Init.HALF)) grid.add(train(Hidden.SIGMOID, i, 1e-2));
        grid.add(HOMOGENEITY);
        return grid;
    }

    @Override
    public int seeds(Profile profile) {
        return sizes(profile).seeds;
    }

    /**
     * DL4J runs the first {@value #QUICK_DL4J_SEEDS} seed in the quick profile: one example per step costs it about
     * 40× the core (10,000 steps take it 20–45 s a run, a third of the quick catalog's budget at two seeds), so the
     * core's six seeds give the quick profile's intervals, DL4J's one seed its curves, parity and exact identities
     * (its interval-based verdicts are inconclusive); the full profile runs every seed on both.
     */
    @Override
    public int seeds(Profile profile, Implementation implementation) {
        return Experiment.fewerDl4jSeedsWhenQuick(this, profile, implementation, QUICK_DL4J_SEEDS);
    }

    static NetworkSpec spec(int[] hidden, Point p, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(784)).name(ID).learningRate(p.loss().runRate(p.lr())).seed(seed);
        for (int h : hidden) b.layer(DenseLayerSpec.of(h, p.activation().activation(), p.init().scheme));
        return b.layer(OutputLayerSpec.of(10, Activation.SOFTMAX, p.loss().function, p.init().scheme)).build();
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, env, sizes(env.profile()));
    }

    /** The trial with explicit sizes (the tests use tiny ones). */
    Trial trial(Point p, RunSeeds seeds, RunEnvironment env, Sizes s) {
        if (p.kind() == Kind.HOMOGENEITY) return PositiveHomogeneity.trial(ID + "-homogeneity", s.hidden, seeds, env);
        Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass, seeds.subset());
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 1, s.epochs, seeds.order());
        Dataset eval = Subsets.stratified(env.mnistTest(), s.evalPerClass, seeds.evaluation());
        return TrainingTrial.builder(spec(s.hidden, p, seeds.init()), train, order, eval)
                .data("MNIST train, " + Subsets.describe(s.trainPerClass, seeds.subset()) + ", one example per step, " + s.epochs
                        + " shuffled epoch(s) (order seed " + seeds.order() + "); evaluated on MNIST test, "
                        + Subsets.describe(s.evalPerClass, seeds.evaluation()))
                .checkpointEvery(checkpointEvery(p, s.checkpointEvery)).paritySteps(50)
                .afterTraining(SoftmaxSaturation.beforeAndAfter(eval)).build();
    }

    /**
     * The checkpoint spacing of {@code p}: each of the two runs the rescue compares gets a checkpoint at
     * its matched step (U[-1,1] at lr 1e-2 every 100 steps, at lr 1e-4 every gcd(10,000, {@code every})
     * steps), every other run {@code every}.
     */
    static int checkpointEvery(Point p, int every) {
        if (p.equals(ReluInitRangeClaims.U1)) return Math.min(ReluInitRangeClaims.MATCHED_STEPS_AT_LARGE_LR, every);
        if (p.equals(ReluInitRangeClaims.U1_SMALL_LR)) {
            return BigInteger.valueOf(ReluInitRangeClaims.MATCHED_STEPS_AT_SMALL_LR).gcd(BigInteger.valueOf(every)).intValueExact();
        }
        return every;
    }

    @Override
    public List<Claim<Point>> claims() {
        return ReluInitRangeClaims.claims();
    }

    /** The figures' "lr 1e-2" in both units. */
    private static final String AT_1E2 = "lr 1e-2 (LossMSE; " + new AskerUnits(LossFunction.MSE, 10).halfSumRate(1e-2) + " in a hand-written (a − t) net)";

    @Override
    public List<Figure<Point>> figures() {
        return List.of(
                Figure.<Point>of("relu-test-loss", "ReLU at " + AT_1E2 + ": test loss by init", Metrics.EVAL_LOSS)
                        .only(p -> p.kind() == Kind.TRAIN && p.activation() == Hidden.RELU && p.lr() == 1e-2).seriesBy(Point::initAndReading).withLogY(),
                Figure.<Point>of("relu-test-accuracy", "ReLU at " + AT_1E2 + ": test accuracy by init", Metrics.EVAL_ACCURACY)
                        .only(p -> p.kind() == Kind.TRAIN && p.activation() == Hidden.RELU && p.lr() == 1e-2).seriesBy(Point::initAndReading),
                Figure.<Point>of("u1-test-loss-by-lr", "ReLU U[-1,1]: test loss by learning rate (LossMSE's lr; a hand-written (a − t) net's is "
                                + new AskerUnits(LossFunction.MSE, 10).factor() + " × lr)", Metrics.EVAL_LOSS)
                        .only(p -> p.kind() == Kind.TRAIN && p.activation() == Hidden.RELU && p.init() == Init.U1)
                        .seriesBy(p -> "lr " + p.lr() + (p.loss() == SquaredErrorReading.MEAN ? "" : " (" + p.loss().label + ")")).withLogY(),
                Figure.<Point>of("sigmoid-test-accuracy", "Sigmoid at " + AT_1E2 + ": test accuracy by range", Metrics.EVAL_ACCURACY)
                        .only(p -> p.activation() == Hidden.SIGMOID).seriesBy(p -> p.init().display));
    }
}
