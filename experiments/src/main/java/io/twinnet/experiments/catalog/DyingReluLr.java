package io.twinnet.experiments.catalog;

import io.twinnet.experiments.data.Subsets;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.auto.service.AutoService;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LearningRateSchedule;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.DeadUnitProbe;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.Margin;
import io.twinnet.experiments.lab.OutcomeMetric;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.List;
import java.util.Map;

/**
 * Seed 004: a 784-100-10 MLP with ReLU hidden <em>and</em> output units, squared error to one-hot
 * targets, one example per SGD step, weights from N(0, 0.01): above a learning rate of about 0.06
 * the test accuracy rises, then collapses, because output units die (zero on every input, so no
 * gradient reaches them again). The answers propose a leaky ReLU, the asker mentions a softmax
 * output, a commenter asks about learning-rate decay, the second answer a wider hidden layer.
 *
 * <p>The question's two ambiguities, the loss convention and the init scale, are run both ways
 * ({@link DyingReluReading}); the factor 10 between DL4J's mean-over-outputs MSE and the sum of
 * squares moves any threshold by that factor. Measured on the core before the rules were written:
 * with the mean, nothing collapses up to lr 0.1 in three epochs; with the sum, runs at lr ≥ 0.05
 * died within the first 5,000 steps. Failure and threshold are defined in {@link CollapseThreshold}, how a run
 * failed in {@link FailureKind}; the fixes ({@link DyingReluFix}) are read per seed at 1.2–1.5× its own threshold
 * ({@link OwnThresholdFix}), the width scan by {@link WidthTrend}; the claims are in {@link DyingReluClaims}.
 */
@AutoService(Experiment.class)
public final class DyingReluLr implements Experiment<DyingReluLr.Point> {

    /** Seeds DL4J runs in the quick profile (see {@link #seeds(Profile, Implementation)}). */
    static final int QUICK_DL4J_SEEDS = 2;

    /** The asker's network, or one of the proposed fixes that change the network's units or schedule. */
    public enum Variant {
        PLAIN("plain"), LEAKY("leaky"), SOFTMAX("softmax"), DECAY("decay");

        @JsonValue
        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    /** One variant on one reading at one learning rate, with {@code width} hidden units. */
    public record Point(Variant variant, SquaredErrorReading loss, DyingReluReading.Scale init, double lr, int width) implements GridPoint {
        public Point {
            if (width < 1) throw new IllegalArgumentException("width: must be positive, got " + width);
        }

        DyingReluReading reading() {
            return new DyingReluReading(loss, init);
        }

        /** As stored since before the width scan: the asker's width carries no width tag, others {@code -w500}. */
        @Override
        public String id() {
            String w = width == ASKER_WIDTH ? "" : "-w" + width;
            return (variant == Variant.PLAIN ? "plain" : "fix-" + variant.label) + w + "-" + reading().id() + "-lr" + lr;
        }
    }

    /** The primary reading, fixed before the data (verdicts issue): the half-sum gradient (a − t) and std 0.01. */
    static final DyingReluReading PRIMARY = DyingReluReading.HALF_SUM_STD;
    /** The asker's hidden width, and the scan over widths (the second answer: "bumping up the number of hidden units"). */
    static final int ASKER_WIDTH = 100;
    static final int WIDE_WIDTH = 500;
    static final List<Integer> WIDTHS = List.of(50, ASKER_WIDTH, 200, WIDE_WIDTH);
    /** The collapse claim compares the grid's two ends, 0.03 and 0.1 (the asker: 0.05 works, 0.07 fails). */
    static final double LOWEST_LR = 0.03;
    static final double HIGHEST_LR = 0.1;
    /**
     * Quick: 0.08 rather than 0.07, so that the per-seed thresholds seen at 4000 steps (0.07 or 0.1, and
     * 0.07 then also fails at 0.08) lie within a factor 1.25 of each other and one fix rate, 0.12, sits in
     * every seed's [1.2, 1.5]× window; 0.12 itself is in the plain grid so the fix's precondition is measured.
     */
    private static final double[] QUICK_LRS = {0.03, 0.05, 0.08, 0.1, 0.12};
    private static final double[] QUICK_FIX_LRS = {0.12};
    private static final double[] FULL_LRS = {0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1};
    private static final double[] FULL_PRIMARY_LRS = {0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.12};
    /** Full: 1.2–1.5× of the thresholds 0.06 … 0.1 (0.06, 0.07 → 0.09; 0.08 → 0.1; 0.09, 0.1 → 0.12). */
    private static final double[] FULL_FIX_LRS = {0.09, 0.1, 0.12};

    /**
     * @param trainPerClass training images per class (0: all 60,000)
     * @param steps         SGD steps (one example each)
     * @param probePerClass test images per class, for accuracy and the dead-unit probe
     * @param readings      the readings and the learning rates each is run at (the asker's width)
     * @param fixRates      the rates every fix runs at, on the primary reading (also in its plain grid)
     * @param widths        the widths whose plain primary grid is run besides the asker's (none in quick)
     */
    record Sizes(int trainPerClass, int steps, int checkpointEvery, int probePerClass, int seeds, Map<DyingReluReading, double[]> readings,
                 double[] fixRates, List<Integer> widths) {
        double[] primaryRates() {
            return readings.get(PRIMARY);
        }
    }

    static Sizes sizes(Profile p) {
        Map<DyingReluReading, double[]> r = new LinkedHashMap<>();
        if (p == Profile.QUICK) {
            r.put(PRIMARY, QUICK_LRS);
            return new Sizes(1000, 4000, 250, 100, 6, r, QUICK_FIX_LRS, List.of());
        }
        for (DyingReluReading reading : DyingReluReading.ALL) r.put(reading, reading.equals(PRIMARY) ? FULL_PRIMARY_LRS : FULL_LRS);
        return new Sizes(0, 180000, 2000, 100, 6, r, FULL_FIX_LRS, WIDTHS.stream().filter(w -> w != ASKER_WIDTH).toList());
    }

    @Override
    public String id() {
        return "dying-relu-lr";
    }

    @Override
    public String title() {
        return "ReLU outputs die above a learning-rate threshold (784-100-10, MSE, minibatch 1)";
    }

    @Override
    public String source() {
        return "seed 004";
    }

    @Override
    public int position() {
        return 5;
    }

    @Override
    public String setup(Profile profile) {
        Sizes s = sizes(profile);
        StringBuilder grid = new StringBuilder();
        s.readings.forEach((r, lrs) -> grid.append(r.id()).append(" at lr ").append(Arrays.toString(lrs)).append("; "));
        String widths = s.widths.isEmpty() ? "no width scan in this profile (the wide fix runs " + WIDE_WIDTH + " units at the fix rates only)"
                : "width scan: the plain " + PRIMARY.id() + " grid also at " + s.widths + " hidden units";
        return "MNIST 784-" + ASKER_WIDTH + "-10, ReLU hidden and output units, squared error to one-hot targets, SGD with one example per step "
                + "(as the asker) for " + s.steps + " steps over " + (s.trainPerClass > 0 ? 10 * s.trainPerClass + " training images (class-stratified subset)" : "the 60,000 training images")
                + ", test accuracy and dead units (zero on every one of " + 10 * s.probePerClass + " test images) every "
                + s.checkpointEvery + " steps, " + s.seeds + " seeds. Readings (primary: " + PRIMARY.id() + ", fixed before the data): loss "
                + "'half-sum' = ½Σ(a−t)², gradient (a−t) as most hand-written nets back-propagate, run as DL4J LossL2 at half the rate; "
                + "'sum' = LossL2, gradient 2(a−t); 'mean' = LossMSE, gradient 2(a−t)/10; every rate is in its reading's own units; init "
                + "'std0.01' = N(0, 0.01^2), 'var0.01' = N(0, 0.1^2). Grid: " + grid + widths + "; fixes (leaky ReLU output 0.2, softmax "
                + "output, lr halving every eighth of the run, " + WIDE_WIDTH + " hidden units) on " + PRIMARY.id() + " at lr "
                + Arrays.toString(s.fixRates) + ", each seed judged at the smallest of them within 1.2–1.5× its own plain threshold.";
    }

    @Override
    public List<Point> grid(Profile profile) {
        Sizes s = sizes(profile);
        Set<Point> grid = new LinkedHashSet<>();
        s.readings.forEach((r, lrs) -> {
            for (double lr : lrs) grid.add(new Point(Variant.PLAIN, r.loss(), r.init(), lr, ASKER_WIDTH));
        });
        for (int w : s.widths) for (double lr : s.primaryRates()) grid.add(new Point(Variant.PLAIN, PRIMARY.loss(), PRIMARY.init(), lr, w));
        for (DyingReluFix f : DyingReluFix.values()) for (double lr : s.fixRates) grid.add(f.at(lr));
        return List.copyOf(grid);
    }

    @Override
    public int seeds(Profile profile) {
        return sizes(profile).seeds;
    }

    /** DL4J runs the first {@value #QUICK_DL4J_SEEDS} seeds in the quick profile: DL4J costs about 15× the core per run here (one example per step); its two quick seeds decide fewer claims (at three, Clopper–Pearson left every fraction claim inconclusive anyway), the full profile runs every seed on both. */
    @Override
    public int seeds(Profile profile, Implementation implementation) {
        return Experiment.fewerDl4jSeedsWhenQuick(this, profile, implementation, QUICK_DL4J_SEEDS);
    }

    static NetworkSpec spec(Point p, int steps, long seed) {
        WeightInit init = WeightInit.normal(0, p.init.std);
        Activation out = switch (p.variant) {
            case LEAKY -> Activation.leakyRelu(0.2);
            case SOFTMAX -> Activation.SOFTMAX;
            default -> Activation.RELU;
        };
        double rate = p.loss.runRate(p.lr);
        LearningRateSchedule schedule = p.variant == Variant.DECAY ? LearningRateSchedule.step(rate, 0.5, Math.max(1, steps / 8))
                : LearningRateSchedule.fixed(rate);
        return NetworkSpec.builder(Shape.vector(784)).name("dying-relu-lr").learningRate(schedule).seed(seed)
                .layer(DenseLayerSpec.of(p.width, Activation.RELU, init))
                .layer(OutputLayerSpec.of(10, out, p.loss.function, init)).build();
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, env, sizes(env.profile()));
    }

    Trial trial(Point p, RunSeeds seeds, RunEnvironment env, Sizes s) {
        Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass, seeds.subset());
        Dataset probe = Subsets.stratified(env.mnistTest(), s.probePerClass, seeds.evaluation());
        int epochs = (s.steps + train.size() - 1) / train.size();
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 1, epochs, seeds.order()).first(s.steps);
        return TrainingTrial.builder(spec(p, s.steps, seeds.init()), train, order, probe)
                .data("MNIST train " + Subsets.describe(s.trainPerClass, seeds.subset()) + ", one example per step (shuffled epochs, seed "
                        + seeds.order() + "); test " + Subsets.describe(s.probePerClass, seeds.evaluation()) + " for accuracy and dead units")
                .checkpointEvery(s.checkpointEvery).paritySteps(30).probe(() -> new DeadUnitProbe(probe)).build();
    }

    @Override
    public List<Claim<Point>> claims() {
        return DyingReluClaims.all();
    }

    @Override
    public List<Figure<Point>> figures() {
        Predicate<Point> plainAtAskersWidth = p -> p.variant == Variant.PLAIN && p.width == ASKER_WIDTH;
        return List.of(
                Figure.<Point>of("accuracy-plain", "Test accuracy of plain ReLU by reading and learning rate", Metrics.EVAL_ACCURACY)
                        .only(plainAtAskersWidth),
                Figure.<Point>of("dead-outputs", "Dead output units of plain ReLU (zero on every probe image)", DeadUnitProbe.DEAD_OUTPUT)
                        .only(plainAtAskersWidth),
                Figure.<Point>of("fixes", "Test accuracy of the fixes against plain ReLU at " + PRIMARY.id() + ", at the fix rates",
                                Metrics.EVAL_ACCURACY)
                        .only(p -> p.reading().equals(PRIMARY) && (p.variant != Variant.PLAIN || p.width == ASKER_WIDTH || p.width == WIDE_WIDTH)
                                && DyingReluClaims.isFixRate(p.lr))
                        .seriesBy(p -> (p.width == WIDE_WIDTH ? "wide" : p.variant.label) + " lr " + p.lr));
    }

    /**
     * Beside final loss and accuracy, the fraction of output units dead at the end ({@link DeadUnitProbe#FINAL_DEAD_OUTPUT}),
     * which the threshold claims read seed by seed: the two sides' medians within ±0.1, one output unit of ten.
     */
    @Override
    public List<OutcomeMetric> outcomes() {
        return List.of(OutcomeMetric.FINAL_LOSS, OutcomeMetric.FINAL_ACCURACY, OutcomeMetric.of(DeadUnitProbe.FINAL_DEAD_OUTPUT, Margin.absolute(0.1)));
    }
}
