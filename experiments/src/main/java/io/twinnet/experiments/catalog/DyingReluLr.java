package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.DyingReluGrid.ASKER_WIDTH;
import static io.twinnet.experiments.catalog.DyingReluGrid.PRIMARY;
import static io.twinnet.experiments.catalog.DyingReluGrid.WIDE_WIDTH;
import static io.twinnet.experiments.catalog.DyingReluGrid.sizes;

import io.twinnet.experiments.catalog.DyingReluGrid.Point;
import io.twinnet.experiments.catalog.DyingReluGrid.Sizes;
import io.twinnet.experiments.catalog.DyingReluGrid.Variant;
import io.twinnet.experiments.data.Subsets;
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
import java.util.function.Predicate;
import java.util.List;

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
public final class DyingReluLr implements Experiment<Point> {

    /** Seeds DL4J runs in the quick profile (see {@link #seeds(Profile, Implementation)}). */
    static final int QUICK_DL4J_SEEDS = 2;

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
        s.readings().forEach((r, lrs) -> grid.append(r.id()).append(" at lr ").append(Arrays.toString(lrs)).append("; "));
        String widths = s.widths().isEmpty() ? "no width scan in this profile (the wide fix runs " + WIDE_WIDTH + " units at the fix rates only)"
                : "width scan: the plain " + PRIMARY.id() + " grid also at " + s.widths() + " hidden units";
        return "MNIST 784-" + ASKER_WIDTH + "-10, ReLU hidden and output units, squared error to one-hot targets, SGD with one example per step "
                + "(as the asker) for " + s.steps() + " steps over " + (s.trainPerClass() > 0 ? 10 * s.trainPerClass() + " training images (class-stratified subset)" : "the 60,000 training images")
                + ", test accuracy and dead units (zero on every one of " + 10 * s.probePerClass() + " test images) every "
                + s.checkpointEvery() + " steps, " + s.seeds() + " seeds. Readings (primary: " + PRIMARY.id() + ", fixed before the data): loss "
                + "'half-sum' = ½Σ(a−t)², gradient (a−t) as most hand-written nets back-propagate, run as DL4J LossL2 at half the rate; "
                + "'sum' = LossL2, gradient 2(a−t); 'mean' = LossMSE, gradient 2(a−t)/10; every rate is in its reading's own units; init "
                + "'std0.01' = N(0, 0.01^2), 'var0.01' = N(0, 0.1^2). Grid: " + grid + widths + "; fixes (leaky ReLU output 0.2, softmax "
                + "output, lr halving every eighth of the run, " + WIDE_WIDTH + " hidden units) on " + PRIMARY.id() + " at lr "
                + Arrays.toString(s.fixRates()) + ", each seed judged at the smallest of them within 1.2–1.5× its own plain threshold.";
    }

    @Override
    public List<Point> grid(Profile profile) {
        return DyingReluGrid.points(sizes(profile));
    }

    @Override
    public int seeds(Profile profile) {
        return sizes(profile).seeds();
    }

    /** DL4J runs the first {@value #QUICK_DL4J_SEEDS} seeds in the quick profile: DL4J costs about 15× the core per run here (one example per step); its two quick seeds decide fewer claims (at three, Clopper–Pearson left every fraction claim inconclusive anyway), the full profile runs every seed on both. */
    @Override
    public int seeds(Profile profile, Implementation implementation) {
        return Experiment.fewerDl4jSeedsWhenQuick(this, profile, implementation, QUICK_DL4J_SEEDS);
    }

    static NetworkSpec spec(Point p, int steps, long seed) {
        WeightInit init = WeightInit.normal(0, p.init().std);
        Activation out = switch (p.variant()) {
            case LEAKY -> Activation.leakyRelu(0.2);
            case SOFTMAX -> Activation.SOFTMAX;
            default -> Activation.RELU;
        };
        double rate = p.loss().runRate(p.lr());
        LearningRateSchedule schedule = p.variant() == Variant.DECAY ? LearningRateSchedule.step(rate, 0.5, Math.max(1, steps / 8))
                : LearningRateSchedule.fixed(rate);
        return NetworkSpec.builder(Shape.vector(784)).name("dying-relu-lr").learningRate(schedule).seed(seed)
                .layer(DenseLayerSpec.of(p.width(), Activation.RELU, init))
                .layer(OutputLayerSpec.of(10, out, p.loss().function, init)).build();
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, env, sizes(env.profile()));
    }

    Trial trial(Point p, RunSeeds seeds, RunEnvironment env, Sizes s) {
        Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass(), seeds.subset());
        Dataset probe = Subsets.stratified(env.mnistTest(), s.probePerClass(), seeds.evaluation());
        int epochs = (s.steps() + train.size() - 1) / train.size();
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 1, epochs, seeds.order()).first(s.steps());
        return TrainingTrial.builder(spec(p, s.steps(), seeds.init()), train, order, probe)
                .data("MNIST train " + Subsets.describe(s.trainPerClass(), seeds.subset()) + ", one example per step (shuffled epochs, seed "
                        + seeds.order() + "); test " + Subsets.describe(s.probePerClass(), seeds.evaluation()) + " for accuracy and dead units")
                .checkpointEvery(s.checkpointEvery()).paritySteps(30).probe(() -> new DeadUnitProbe(probe)).build();
    }

    @Override
    public List<Claim<Point>> claims() {
        return DyingReluClaims.all();
    }

    @Override
    public List<Figure<Point>> figures() {
        Predicate<Point> plainAtAskersWidth = p -> p.variant() == Variant.PLAIN && p.width() == ASKER_WIDTH;
        return List.of(
                Figure.<Point>of("accuracy-plain", "Test accuracy of plain ReLU by reading and learning rate", Metrics.EVAL_ACCURACY)
                        .only(plainAtAskersWidth),
                Figure.<Point>of("dead-outputs", "Dead output units of plain ReLU (zero on every probe image)", DeadUnitProbe.DEAD_OUTPUT)
                        .only(plainAtAskersWidth),
                Figure.<Point>of("fixes", "Test accuracy of the fixes against plain ReLU at " + PRIMARY.id() + ", at the fix rates",
                                Metrics.EVAL_ACCURACY)
                        .only(p -> p.reading().equals(PRIMARY) && (p.variant() != Variant.PLAIN || p.width() == ASKER_WIDTH || p.width() == WIDE_WIDTH)
                                && DyingReluClaims.isFixRate(p.lr()))
                        .seriesBy(p -> (p.width() == WIDE_WIDTH ? "wide" : p.variant().label) + " lr " + p.lr()));
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
