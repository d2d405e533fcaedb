package io.twinnet.experiments.catalog;

import io.twinnet.experiments.data.Subsets;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.auto.service.AutoService;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Decision;
import io.twinnet.experiments.lab.Estimate;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Judgement;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.Rule;
import io.twinnet.experiments.lab.Rules;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.Statistic;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

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
public final class ReluInitRange implements Experiment<ReluInitRange.Point> {

    static final String ID = "relu-init-range";

    /** A training run, or the homogeneity check (a bias-free ReLU U[-1,1] net, not trained). */
    public enum Kind {
        TRAIN, HOMOGENEITY;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The hidden units. */
    public enum Hidden {
        RELU, SIGMOID;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        Activation activation() {
            return this == RELU ? Activation.RELU : Activation.SIGMOID;
        }
    }

    /** The weight initialisations of the seed (every layer, output included), by their configuration label. */
    public enum Init {
        U1("u1", "U[-1,1]", WeightInit.uniform(-1, 1)), HALF("u0.5", "U[-0.5,0.5]", WeightInit.uniform(-0.5, 0.5)),
        N1("n1", "N(0,1)", WeightInit.normal(0, 1)), HE("he", "He (RELU)", WeightInit.relu()),
        XAVIER("xavier", "XAVIER", WeightInit.xavier()), U01("u01", "U[0,1]", WeightInit.uniform(0, 1));

        private final String label;
        final String display;
        final WeightInit scheme;

        Init(String label, String display, WeightInit scheme) {
            this.label = label;
            this.display = display;
            this.scheme = scheme;
        }

        @JsonValue
        public String label() {
            return label;
        }
    }

    /**
     * One run of the grid. Its id is the configuration id the records have always had (e.g.
     * {@code relu-u1-lr0.01}, {@code homogeneity}), and its JSON the old parameters (kind, activation, init, lr).
     */
    public record Point(Kind kind, Hidden activation, Init init, double lr) implements GridPoint {
        @Override
        public String id() {
            return kind == Kind.HOMOGENEITY ? "homogeneity" : activation.label() + "-" + init.label + "-lr" + lr;
        }

        String display() {
            return activation.label() + " " + init.display + " at lr " + lr;
        }
    }

    static Point train(Hidden h, Init i, double lr) {
        return new Point(Kind.TRAIN, h, i, lr);
    }

    static final Point HOMOGENEITY = new Point(Kind.HOMOGENEITY, Hidden.RELU, Init.U1, 0.01);
    private static final double[] LEARNING_RATES = {1e-2, 1e-3, 1e-4};
    /** The learning rates at which the seed says U[-1,1] plateaus; 1e-3 only where the grid runs it (full profile). */
    private static final double[] PLATEAU_LRS = {1e-2, 1e-3};
    /** Relative test-loss decrease below which a curve counts as flat. */
    static final double FLAT = 0.10;
    /** Relative test-loss decrease at or above which a run counts as converging (the loss at least halves). */
    static final double CONVERGING = 0.50;
    /** Accuracy a He-initialised control must reach for a "does not learn" verdict to be decidable. */
    static final double CONTROL_ACCURACY = 0.5;
    /** Best sigmoid accuracy (twice chance) below which nothing was learned yet and sensitivity cannot be told. */
    static final double LEARNED_SOMETHING = 0.2;

    /**
     * @param trainPerClass   training images per class (0: all 60,000)
     * @param evalPerClass    test images per class (0: all 10,000)
     * @param fullGrid        whether every init × lr is run (else only the runs the claims read)
     */
    record Sizes(int[] hidden, int trainPerClass, int evalPerClass, int epochs, int checkpointEvery, int seeds, boolean fullGrid) {
    }

    static Sizes sizes(Profile p) {
        return p == Profile.QUICK ? new Sizes(new int[] {64, 64}, 1000, 100, 1, 1000, 2, false)
                : new Sizes(new int[] {128, 64}, 0, 0, 1, 2000, 3, true);
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

    @Override
    public int position() {
        return 0;
    }

    @Override
    public String setup(Profile profile) {
        Sizes s = sizes(profile);
        int images = s.trainPerClass > 0 ? 10 * s.trainPerClass : 60000;
        String grid = s.fullGrid
                ? "Inits U[-1,1], U[-0.5,0.5], N(0,1), He (RELU), XAVIER at lr 1e-2, 1e-3, 1e-4; sigmoid control with U[0,1], U[-1,1], "
                        + "U[-0.5,0.5] at lr 1e-2"
                : "Only the runs the claims read: ReLU U[-1,1] at lr 1e-2 and 1e-4, U[-0.5,0.5] and He at lr 1e-2, sigmoid with U[0,1], "
                        + "U[-1,1], U[-0.5,0.5] at lr 1e-2 (the lr-1e-3 plateau needs more steps than the quick budget: at lr 1e-3 "
                        + "even He gains only a few points of accuracy in 10,000 steps, so it is judged in the full profile)";
        return "MNIST 784-" + s.hidden[0] + "-" + s.hidden[1] + "-10, ReLU (or sigmoid) hidden layers, softmax output scored by MSE "
                + "(as the asker), SGD with one example per step (as the asker) for " + s.epochs + " epoch(s) over " + images
                + " training images (" + s.epochs * images + " steps), evaluated on " + (s.evalPerClass > 0 ? 10 * s.evalPerClass : 10000)
                + " test images every " + s.checkpointEvery + " steps, " + s.seeds + " seeds. " + grid
                + "; a bias-free ReLU net with identity output for the homogeneity identity.";
    }

    @Override
    public List<Point> grid(Profile profile) {
        List<Point> grid = new ArrayList<>();
        if (sizes(profile).fullGrid) {
            for (Init i : List.of(Init.U1, Init.HALF, Init.N1, Init.HE, Init.XAVIER)) for (double lr : LEARNING_RATES) grid.add(train(Hidden.RELU, i, lr));
        } else {
            grid.addAll(List.of(train(Hidden.RELU, Init.U1, 1e-2), train(Hidden.RELU, Init.U1, 1e-4), train(Hidden.RELU, Init.HALF, 1e-2),
                    train(Hidden.RELU, Init.HE, 1e-2)));
        }
        for (Init i : List.of(Init.U01, Init.U1, Init.HALF)) grid.add(train(Hidden.SIGMOID, i, 1e-2));
        grid.add(HOMOGENEITY);
        return grid;
    }

    @Override
    public int seeds(Profile profile) {
        return sizes(profile).seeds;
    }

    static NetworkSpec spec(int[] hidden, Point p, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(784)).name(ID).learningRate(p.lr).seed(seed);
        for (int h : hidden) b.layer(DenseLayerSpec.of(h, p.activation.activation(), p.init.scheme));
        return b.layer(OutputLayerSpec.of(10, Activation.SOFTMAX, LossFunction.MSE, p.init.scheme)).build();
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, env, sizes(env.profile()));
    }

    /** The trial with explicit sizes (the tests use tiny ones). */
    Trial trial(Point p, RunSeeds seeds, RunEnvironment env, Sizes s) {
        if (p.kind == Kind.HOMOGENEITY) return PositiveHomogeneity.trial(ID + "-homogeneity", s.hidden, seeds, env);
        Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass, seeds.subset());
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 1, s.epochs, seeds.order());
        Dataset eval = Subsets.stratified(env.mnistTest(), s.evalPerClass, seeds.evaluation());
        return TrainingTrial.builder(spec(s.hidden, p, seeds.init()), train, order, eval)
                .data("MNIST train, " + Subsets.describe(s.trainPerClass, seeds.subset()) + ", one example per step, " + s.epochs
                        + " shuffled epoch(s) (order seed " + seeds.order() + "); evaluated on MNIST test, "
                        + Subsets.describe(s.evalPerClass, seeds.evaluation()))
                .checkpointEvery(s.checkpointEvery).paritySteps(50)
                .afterTraining(SoftmaxSaturation.beforeAndAfter(eval)).build();
    }

    /** Final test accuracy; a diverged run counts as chance (0.1 for ten classes). */
    static double finalAccuracy(Run<Point> r) {
        double a = r.get(Metrics.FINAL_EVAL_ACCURACY);
        return Double.isFinite(a) ? a : 0.1;
    }

    /** (first − last) / first of the test-loss curve; 0 when it has fewer than two points or ends non-finite. */
    static double lossDecrease(Run<Point> r) {
        Series loss = r.get(Metrics.EVAL_LOSS);
        if (loss == null || loss.size() < 2 || !Double.isFinite(loss.last())) return 0;
        return (loss.first() - loss.last()) / loss.first();
    }

    private static final String ACCURACY = "the final test accuracy (a diverged run counts as chance, 0.1)";
    private static final String DECREASE = "the relative test-loss decrease from the first to the last checkpoint (0 for a diverged run)";
    private static final Point U1 = train(Hidden.RELU, Init.U1, 1e-2);
    private static final Point U1_SMALL_LR = train(Hidden.RELU, Init.U1, 1e-4);
    private static final Point HE = train(Hidden.RELU, Init.HE, 1e-2);
    private static final List<Point> SIGMOIDS = List.of(train(Hidden.SIGMOID, Init.U01, 1e-2), train(Hidden.SIGMOID, Init.U1, 1e-2),
            train(Hidden.SIGMOID, Init.HALF, 1e-2));

    private static Statistic<Point> median(String what, Point p, ToDoubleFunction<Run<Point>> metric) {
        return Statistic.of("the median over seeds of " + what + " of " + p.display(), runs -> runs.at(p).medianEstimate(metric));
    }

    private static Rule<Point> flat(Point p) {
        return Rules.allOf(Rules.of(median(ACCURACY, p, ReluInitRange::finalAccuracy), Decision.below(0.5)),
                Rules.of(median(DECREASE, p, ReluInitRange::lossDecrease), Decision.below(FLAT)));
    }

    private static Rule<Point> plateauAt(double lr) {
        Statistic<Point> control = median(ACCURACY, train(Hidden.RELU, Init.HE, lr), ReluInitRange::finalAccuracy);
        return Rules.provided(control, CONTROL_ACCURACY, flat(train(Hidden.RELU, Init.U1, lr)));
    }

    /**
     * Custom only in which learning rates it judges: each plateau lr whose He control the grid runs
     * (quick: 1e-2; full: 1e-2 and 1e-3), by {@link #plateauAt}; any not-reproduced lr decides, else
     * any inconclusive one.
     */
    private static Rule<Point> plateau() {
        String text = "at each plateau learning rate the profile runs (quick: 1e-2; full: 1e-2 and 1e-3), "
                + plateauAt(PLATEAU_LRS[0]).text() + " (and the same at lr 1e-3); any not-reproduced lr decides the claim";
        return Rules.custom(text, runs -> {
            List<Judgement> each = new ArrayList<>();
            for (double lr : PLATEAU_LRS) {
                if (!runs.at(train(Hidden.RELU, Init.HE, lr)).all().isEmpty()) each.add(plateauAt(lr).judge(runs));
            }
            if (each.isEmpty()) return Judgement.inconclusive("no He control at a plateau learning rate");
            Verdict v = each.stream().anyMatch(j -> j.verdict() == Verdict.NOT_REPRODUCED) ? Verdict.NOT_REPRODUCED
                    : each.stream().allMatch(j -> j.verdict() == Verdict.REPRODUCED) ? Verdict.REPRODUCED : Verdict.INCONCLUSIVE;
            return new Judgement(v, String.join(" | ", each.stream().map(Judgement::evidence).toList()), null);
        });
    }

    /** The best, or the spread (max − min), of the three sigmoid ranges' median final accuracies; none when a range has no run. */
    private static Estimate sigmoidAccuracies(RunTable<Point> runs, boolean spread) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int seeds = Integer.MAX_VALUE;
        for (Point p : SIGMOIDS) {
            Estimate e = runs.at(p).medianEstimate(ReluInitRange::finalAccuracy);
            if (!e.measured()) return Estimate.none();
            lo = Math.min(lo, e.value());
            hi = Math.max(hi, e.value());
            seeds = Math.min(seeds, e.seeds());
        }
        return Estimate.point(spread ? hi - lo : hi, seeds);
    }

    private static final Statistic<Point> SIGMOID_BEST = Statistic.of("the best of the three sigmoid median final test accuracies at "
            + "lr 1e-2 (something was learned: 0.2 is twice chance)", runs -> sigmoidAccuracies(runs, false));
    private static final Statistic<Point> SIGMOID_SPREAD = Statistic.of("the spread (max - min, never negative) of the median final "
            + "test accuracies of sigmoid U[0,1], U[-1,1] and U[-0.5,0.5] at lr 1e-2", runs -> sigmoidAccuracies(runs, true));

    private static final Statistic<Point> RESCUE_GAP = Statistic.of("in the same number of steps, the median over seeds of " + DECREASE
            + " of relu U[-1,1] at lr 0.01 minus that at lr 1e-4", runs -> {
                Estimate big = runs.at(U1).medianEstimate(ReluInitRange::lossDecrease);
                Estimate small = runs.at(U1_SMALL_LR).medianEstimate(ReluInitRange::lossDecrease);
                return big.measured() && small.measured()
                        ? Estimate.point(big.value() - small.value(), Math.min(big.seeds(), small.seeds())) : Estimate.none();
            });

    @Override
    public List<Claim<Point>> claims() {
        Rule<Point> converge = Rules.allOf(
                Rules.of(median(DECREASE, train(Hidden.RELU, Init.HALF, 1e-2), ReluInitRange::lossDecrease), Decision.atLeast(CONVERGING)),
                Rules.of(median(DECREASE, HE, ReluInitRange::lossDecrease), Decision.atLeast(CONVERGING)));
        Rule<Point> rescue = Rules.allOf(Rules.of(median(DECREASE, U1_SMALL_LR, ReluInitRange::lossDecrease), Decision.atLeast(FLAT)),
                Rules.of(RESCUE_GAP, Decision.below(0)));
        Rule<Point> sigmoid = Rules.provided(SIGMOID_BEST, LEARNED_SOMETHING, Rules.of(SIGMOID_SPREAD, Decision.within(0.05, 0.05)));
        Rule<Point> saturation = Rules.allOf(
                Rules.of(median(SoftmaxSaturation.INITIAL.description(), U1, r -> r.get(SoftmaxSaturation.INITIAL)), Decision.atLeast(0.5)),
                Rules.of(median(SoftmaxSaturation.INITIAL.description() + " (a fraction: never negative)", HE,
                        r -> r.get(SoftmaxSaturation.INITIAL)), Decision.within(0.05, 0.05)));
        return List.of(
                Claim.seed("u1-plateaus", "ReLU with U[-1,1] weights does not converge at lr 1e-2 and 1e-3: the loss stays flat", plateau())
                        .ifNotReproduced("U[-1,1] learns slowly rather than not at all: while the He control learns, its test loss falls "
                                + "by 10 % or more, or its accuracy reaches 0.5"),
                Claim.seed("half-range-and-he-converge", "At lr 1e-2, U[-0.5,0.5] and He (RELU) initialisation converge", converge),
                Claim.seed("small-lr-rescues-u1", "A 100x smaller learning rate (1e-4) lets U[-1,1] converge where lr 1e-2 does not", rescue)
                        .ifNotReproduced("in this budget the smaller step does not get U[-1,1] off the plateau faster than lr 1e-2"),
                Claim.seed("sigmoid-insensitive", "With sigmoid hidden units the range (U[0,1], U[-1,1], U[-0.5,0.5]) hardly matters", sigmoid)
                        .ifNotReproduced("with sigmoid units the initial range does matter: one range learns clearly less in the same budget"),
                Claim.seed("u1-saturates-softmax", "Mechanism: with U[-1,1] the logits are so large that the softmax starts saturated (one "
                        + "class gets almost all the probability), so the MSE gradient through it nearly vanishes; with He it does not",
                        saturation),
                Claim.seed("positive-homogeneity", "In a bias-free ReLU net of depth d, doubling every weight multiplies the logits by exactly 2^d",
                        Rules.of(PositiveHomogeneity.worstDeviation(HOMOGENEITY), Decision.below(1e-12))));
    }

    @Override
    public List<Figure<Point>> figures() {
        return List.of(
                Figure.<Point>of("relu-test-loss", "ReLU at lr 1e-2: test loss by init", Metrics.EVAL_LOSS)
                        .only(p -> p.kind == Kind.TRAIN && p.activation == Hidden.RELU && p.lr == 1e-2).seriesBy(p -> p.init.display).withLogY(),
                Figure.<Point>of("relu-test-accuracy", "ReLU at lr 1e-2: test accuracy by init", Metrics.EVAL_ACCURACY)
                        .only(p -> p.kind == Kind.TRAIN && p.activation == Hidden.RELU && p.lr == 1e-2).seriesBy(p -> p.init.display),
                Figure.<Point>of("u1-test-loss-by-lr", "ReLU U[-1,1]: test loss by learning rate", Metrics.EVAL_LOSS)
                        .only(p -> p.kind == Kind.TRAIN && p.activation == Hidden.RELU && p.init == Init.U1).seriesBy(p -> "lr " + p.lr).withLogY(),
                Figure.<Point>of("sigmoid-test-accuracy", "Sigmoid at lr 1e-2: test accuracy by range", Metrics.EVAL_ACCURACY)
                        .only(p -> p.activation == Hidden.SIGMOID).seriesBy(p -> p.init.display));
    }
}
