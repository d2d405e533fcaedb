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
import io.twinnet.experiments.lab.AskerUnits;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.CurveShape;
import io.twinnet.experiments.lab.stats.Medians;
import io.twinnet.experiments.lab.Decision;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Judgement;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Implementation;
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
import java.math.BigInteger;
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
    /** Seeds DL4J runs in the quick profile (see {@link #seeds(Profile, Implementation)}). */
    static final int QUICK_DL4J_SEEDS = 1;

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
    public record Point(Kind kind, Hidden activation, Init init, double lr, SquaredErrorReading loss) implements GridPoint {
        @Override
        public String id() {
            if (kind == Kind.HOMOGENEITY) return "homogeneity";
            return activation.label() + "-" + init.label + "-lr" + lr + (loss == SquaredErrorReading.MEAN ? "" : "-" + loss.label);
        }

        String display() {
            return activation.label() + " " + init.display + " at lr " + lr + (loss == SquaredErrorReading.MEAN ? "" : " (" + loss.label + ")");
        }
    }

    /** A training run with DL4J's LossMSE, the asker's "MSE" as DL4J reads it (the reading the claims judge). */
    static Point train(Hidden h, Init i, double lr) {
        return new Point(Kind.TRAIN, h, i, lr, SquaredErrorReading.MEAN);
    }

    static final Point HOMOGENEITY = new Point(Kind.HOMOGENEITY, Hidden.RELU, Init.U1, 0.01, SquaredErrorReading.MEAN);
    /** The full profile's log learning-rate grid, run under every reading of "MSE". */
    private static final double[] LEARNING_RATES = {1e-1, 3e-2, 1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 3e-5};
    /** The learning rates at which the seed says U[-1,1] plateaus; 1e-3 only where the grid runs it (full profile). */
    private static final double[] PLATEAU_LRS = {1e-2, 1e-3};
    /** Late relative decrease of the test loss per 1000 steps below which a curve counts as flat. */
    static final double FLAT_RATE = 0.01;
    /** Relative test-loss decrease at or above which a run counts as converging (the loss at least halves). */
    static final double CONVERGING = 0.50;
    /** Accuracy a He-initialised control must reach for a "does not learn" verdict to be decidable. */
    static final double CONTROL_ACCURACY = 0.5;

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

    @Override
    public int position() {
        return 0;
    }

    @Override
    public String setup(Profile profile) {
        Sizes s = sizes(profile);
        int images = s.trainPerClass > 0 ? 10 * s.trainPerClass : 60000;
        String grid = s.fullGrid
                ? "Inits U[-1,1], U[-0.5,0.5], N(0,1), He (RELU), XAVIER at lr 1e-1, 3e-2, 1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 3e-5 under each "
                        + "reading of 'MSE' (mean = DL4J LossMSE, the claims' reading; sum = LossL2; half-sum = LossL2 at half the rate, "
                        + "the (a - t) gradient of a hand-written net; every rate in its reading's own units); sigmoid control with U[0,1], "
                        + "U[-1,1], U[-0.5,0.5] at lr 1e-2"
                : "Only the runs the claims read: ReLU U[-1,1] at lr 1e-2 and 1e-4, U[-0.5,0.5] and He at lr 1e-2, sigmoid with U[0,1], "
                        + "U[-1,1], U[-0.5,0.5] at lr 1e-2 (the lr-1e-3 plateau needs more steps than the quick budget: at lr 1e-3 "
                        + "even He gains only a few points of accuracy in 10,000 steps, so it is judged in the full profile)";
        return "MNIST 784-" + s.hidden[0] + "-" + s.hidden[1] + "-10, ReLU (or sigmoid) hidden layers, softmax output scored by MSE "
                + "(as the asker; DL4J LossMSE, the mean over the 10 outputs, so " + new AskerUnits(LossFunction.MSE, 10).describe(1e-2)
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
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(784)).name(ID).learningRate(p.loss.runRate(p.lr)).seed(seed);
        for (int h : hidden) b.layer(DenseLayerSpec.of(h, p.activation.activation(), p.init.scheme));
        return b.layer(OutputLayerSpec.of(10, Activation.SOFTMAX, p.loss.function, p.init.scheme)).build();
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
                .checkpointEvery(checkpointEvery(p, s.checkpointEvery)).paritySteps(50)
                .afterTraining(SoftmaxSaturation.beforeAndAfter(eval)).build();
    }

    static double finalAccuracy(Run<Point> r) {
        return r.finalAccuracyOrChance(10);
    }

    /**
     * How fast the test loss still falls at the end: minus its relative slope per 1000 steps over
     * the last half of the run; 0 for a run whose loss ended non-finite (diverged).
     */
    static double lateDecreaseRate(Run<Point> r) {
        Series loss = r.get(Metrics.EVAL_LOSS);
        // a run that diverged has not converged: it counts as making no progress, rather than dropping out
        if (loss != null && loss.size() > 0 && !Double.isFinite(loss.last())) return 0;
        return -CurveShape.relativeSlopePer1000Steps(loss, 0.5);
    }

    /** The relative test-loss decrease after {@code steps} steps (lr × steps is the travel a rule matches). */
    static double decreaseAfter(Run<Point> r, double steps) {
        Series loss = r.get(Metrics.EVAL_LOSS);
        if (loss == null || loss.size() < 2) return Double.NaN;
        double at = CurveShape.at(loss, steps);
        return Double.isFinite(at) ? (loss.first() - at) / loss.first() : 0;
    }

    private static final String ACCURACY = "the final test accuracy (a diverged run counts as chance, 0.1)";
    private static final String DECREASE = "the relative test-loss decrease from the first to the last checkpoint (0 for a diverged run)";
    private static final Point U1 = train(Hidden.RELU, Init.U1, 1e-2);
    private static final Point U1_SMALL_LR = train(Hidden.RELU, Init.U1, 1e-4);
    private static final Point HE = train(Hidden.RELU, Init.HE, 1e-2);
    private static final List<Point> SIGMOIDS = List.of(train(Hidden.SIGMOID, Init.U01, 1e-2), train(Hidden.SIGMOID, Init.U1, 1e-2),
            train(Hidden.SIGMOID, Init.HALF, 1e-2));
    /** The travel lr × steps = 1 at which the rescue is judged: the first 100 steps of lr 1e-2. */
    static final int MATCHED_STEPS_AT_LARGE_LR = 100;
    /** The same travel at lr 1e-4: 100 × (1e-2 / 1e-4) steps, the quick profile's whole budget and the start of the full one's. */
    static final int MATCHED_STEPS_AT_SMALL_LR = 10_000;

    /**
     * The checkpoint spacing of {@code p}: each of the two runs the rescue compares gets a checkpoint at
     * its matched step (U[-1,1] at lr 1e-2 every 100 steps, at lr 1e-4 every gcd(10,000, {@code every})
     * steps), every other run {@code every}.
     */
    static int checkpointEvery(Point p, int every) {
        if (p.equals(U1)) return Math.min(MATCHED_STEPS_AT_LARGE_LR, every);
        if (p.equals(U1_SMALL_LR)) return BigInteger.valueOf(MATCHED_STEPS_AT_SMALL_LR).gcd(BigInteger.valueOf(every)).intValueExact();
        return every;
    }

    private static Statistic<Point> median(String what, Point p, ToDoubleFunction<Run<Point>> metric) {
        return Statistic.of("the median over seeds of " + what + " of " + p.display(), runs -> runs.at(p).medianEstimate(metric));
    }

    /** Flat: the loss falls by less than 1 % of its level per 1000 steps over the last half of the run (not flat at 2 % or more). */
    private static Rule<Point> flat(Point p) {
        // a converged run is flat at the end too: "stays flat" also needs the run not to have learned (accuracy under 0.5)
        return Rules.allOf(Rules.of(median(ACCURACY, p, ReluInitRange::finalAccuracy), Decision.below(CONTROL_ACCURACY)),
                Rules.of(median("minus the relative slope per 1000 steps of the test loss over the last half of the run", p,
                        ReluInitRange::lateDecreaseRate), Decision.below(FLAT_RATE, 2 * FLAT_RATE)));
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
            return new Judgement(v, String.join(" | ", each.stream().map(Judgement::evidence).toList()), each.get(0).estimate(),
                    String.join(" | ", each.stream().map(Judgement::toDecide).filter(t -> !t.isEmpty()).toList()));
        });
    }

    private static final Statistic<Point> RESCUE_GAP = Statistic.of("at matched travel lr x steps = 1 (lr 1e-4 after its 10,000 steps, "
            + "lr 1e-2 after its first " + MATCHED_STEPS_AT_LARGE_LR + "), the median relative test-loss decrease of relu U[-1,1] at lr 1e-4 "
            + "minus that at lr 1e-2", runs -> runs.estimate(List.of(U1_SMALL_LR, U1), r -> r.point().equals(U1)
            ? decreaseAfter(r, MATCHED_STEPS_AT_LARGE_LR) : decreaseAfter(r, MATCHED_STEPS_AT_SMALL_LR), Medians::difference));

    private static final Point N1 = train(Hidden.RELU, Init.N1, 1e-2);
    private static final Statistic<Point> N1_OVER_U1 = Statistic.of("at lr 1e-2 (full profile: the quick grid does not run N(0,1)), the "
            + "median final test accuracy of relu N(0,1) minus that of relu U[-1,1]", runs -> runs.estimate(List.of(N1, U1),
            ReluInitRange::finalAccuracy, Medians::difference));

    private static final String REVISED = "2026-12-01, after the quick-profile data of earlier sessions: intervals over seeds, and ";

    @Override
    public List<Claim<Point>> claims() {
        Rule<Point> converge = Rules.allOf(
                Rules.of(median(DECREASE, train(Hidden.RELU, Init.HALF, 1e-2), Run::lossDecrease), Decision.atLeast(CONVERGING)),
                Rules.of(median(DECREASE, HE, Run::lossDecrease), Decision.atLeast(CONVERGING)));
        Rule<Point> rescue = Rules.of(RESCUE_GAP, Decision.atLeast(0.02, 0));
        Rule<Point> sigmoid = SigmoidRangeRule.insensitive(SIGMOIDS, "sigmoid U[0,1], U[-1,1] and U[-0.5,0.5] at lr 1e-2");
        Rule<Point> saturation = Rules.allOf(
                Rules.of(median(SoftmaxSaturation.INITIAL.description(), U1, r -> r.get(SoftmaxSaturation.INITIAL)), Decision.atLeast(0.5)),
                Rules.of(median(SoftmaxSaturation.INITIAL.description() + " (a fraction: never negative)", HE,
                        r -> r.get(SoftmaxSaturation.INITIAL)), Decision.within(0.05, 0.05)));
        return List.of(
                Claim.seed("u1-plateaus", "ReLU with U[-1,1] weights does not converge at lr 1e-2 and 1e-3: the loss stays flat", plateau())
                        .ifNotReproduced("U[-1,1] learns slowly rather than not at all: while the He control learns, its test loss is still "
                                + "falling by 2 % or more of its level per 1000 steps at the end of the budget, or it reaches 0.5 test accuracy")
                        .revised(REVISED + "'flat' is the late slope of the test loss (under 1 % per 1000 steps) instead of a first-to-last "
                                + "drop, which grows with the budget; and, since a converged run is flat at the end as well (a partial "
                                + "full-profile run showed He at lr 1e-2 falling 0.24 % per 1000 steps), the run must also end under 0.5 "
                                + "test accuracy"),
                Claim.seed("half-range-and-he-converge", "At lr 1e-2, U[-0.5,0.5] and He (RELU) initialisation converge", converge)
                        .ifNotReproduced("U[-0.5,0.5] or He does not halve its test loss at lr 1e-2 within the budget, so 'converges' is not shown at this budget"),
                Claim.seed("small-lr-rescues-u1", "A 100x smaller learning rate (1e-4) lets U[-1,1] converge where lr 1e-2 does not", rescue)
                        .ifNotReproduced("at matched travel lr x steps the smaller step makes no more progress than lr 1e-2: U[-1,1]'s "
                                + "problem is not the size of the step")
                        .revised(REVISED + "the two rates are compared at matched lr x steps instead of the same number of steps, where "
                                + "the small rate cannot win by construction"),
                Claim.seed("n1-no-better-than-u1", "N(0,1) weights (np.random.randn, the asker's 'normal distribution') do no better "
                        + "than U[-1,1]: their scale is larger (std 1 against 0.58), so by the answer's own argument the softmax saturates "
                        + "harder", Rules.of(N1_OVER_U1, Decision.below(0.02, 0.1)))
                        .ifNotReproduced("N(0,1) learns clearly better than U[-1,1] at lr 1e-2, against the scale argument"),
                Claim.seed("sigmoid-insensitive", "With sigmoid hidden units the range (U[0,1], U[-1,1], U[-0.5,0.5]) hardly matters", sigmoid)
                        .ifNotReproduced("with sigmoid units the initial range does matter: one range learns clearly less in the same budget "
                                + "(on centred pixels too: see sigmoid-centred)"),
                Claim.seed("u1-saturates-softmax", "Mechanism: with U[-1,1] the logits are so large that the softmax starts saturated (one "
                        + "class gets almost all the probability), so the MSE gradient through it nearly vanishes; with He it does not",
                        saturation)
                        .ifNotReproduced("the softmax does not start saturated with U[-1,1] (or already is with He): saturation does not explain the difference"),
                Claim.seed("positive-homogeneity", "In a bias-free ReLU net of depth d, doubling every weight multiplies the logits by exactly 2^d",
                        Rules.of(PositiveHomogeneity.worstDeviation(HOMOGENEITY), Decision.below(1e-12)))
                        .ifNotReproduced("doubling every weight does not scale the logits by exactly 2^d: the net is not bias-free or an operation is not positively homogeneous"));
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
