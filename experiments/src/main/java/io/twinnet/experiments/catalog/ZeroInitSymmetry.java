package io.twinnet.experiments.catalog;

import io.twinnet.experiments.data.Subsets;
import com.google.auto.service.AutoService;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Decision;
import io.twinnet.experiments.lab.stats.Medians;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.Rules;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Statistic;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TrainingTrial;
import java.util.List;
import java.util.Locale;

/**
 * Seeds 001 and 003: why a neural net's weights must not start equal. One hidden layer, softmax
 * output scored by cross-entropy (the seed's ∂J/∂V = Zᵀ(Y − T)), SGD on MNIST.
 * <ul>
 *   <li>tanh, all weights 0: Z = tanh(0) = 0, so ∂J/∂V = Zᵀ(Y − T) = 0 and
 *   ∂J/∂W = Xᵀ[(Y − T)Vᵀ ⊙ (1 − Z²)] = 0 (V = 0): no weight ever moves. The seed leaves biases out;
 *   with biases (0 here, DL4J's default) the output biases get Σ(Y − T) ≠ 0 and learn the class
 *   frequencies, and nothing else moves.</li>
 *   <li>sigmoid, all weights equal (0, seed 003's zero fully-connected layer, or a constant): every
 *   hidden unit computes the same function and gets the same gradient, so W₁ keeps identical columns
 *   and the layer is worth one unit. The weights do move (after one step W₂'s rows are equal but not
 *   0, so W₁ gets a gradient). Bit-identical units need every unit computed by the same operations in
 *   the same order: the core does that; a BLAS may compute the trailing columns of a matrix whose
 *   width is not a multiple of its vector width with another kernel, so the constant init also runs
 *   with one unit more (an odd width).</li>
 *   <li>zero output weights on a random hidden layer: ∂J/∂V = Zᵀ(Y − T) differs between output units
 *   (their targets differ), so nothing is symmetric; but the hidden gradient is proportional to V,
 *   which starts at 0, so the hidden layer starts late.</li>
 *   <li>random (XAVIER) weights break the symmetry; biases may start at 0 (seed 001), compared with
 *   biases drawn like the weights.</li>
 * </ul>
 * The symmetry is measured by {@link SymmetryProbe}.
 */
@AutoService(Experiment.class)
public final class ZeroInitSymmetry implements Experiment<ZeroInitSymmetry.Point> {

    /** Seeds DL4J runs in the quick profile (see {@link #seeds(Profile, Implementation)}). */
    static final int QUICK_DL4J_SEEDS = 3;

    static final String ID = "zero-init-symmetry";
    /** Relative spread up to which units count as identical up to round-off. */
    static final double ROUND_OFF = 1e-6;

    /** The hidden activation. */
    public enum Hidden {
        TANH, SIGMOID;

        Activation activation() {
            return this == TANH ? Activation.TANH : Activation.SIGMOID;
        }
    }

    /** A layer's weight init: all 0, all 0.01, or XAVIER's N(0, 2/(nIn + nOut)). */
    public enum Init {
        ZERO, CONSTANT, XAVIER;

        WeightInit weights() {
            return this == ZERO ? WeightInit.zero() : this == CONSTANT ? WeightInit.constant(0.01) : WeightInit.xavier();
        }
    }

    /**
     * One configuration: hidden activation, hidden and output init, biases drawn like the weights (else
     * 0), and one hidden unit more than the profile's width.
     */
    public record Point(Hidden hidden, Init init, Init outputInit, boolean randomBiases, boolean oneUnitMore) implements GridPoint {
        @Override
        public String id() {
            String id = name(hidden) + "-" + name(init);
            if (outputInit != init) id += "-" + name(outputInit) + "-output";
            return id + (randomBiases ? "-random-bias" : "") + (oneUnitMore ? "-odd-width" : "");
        }

        private static String name(Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
    }

    static final Point TANH_ZERO = new Point(Hidden.TANH, Init.ZERO, Init.ZERO, false, false);
    static final Point SIGMOID_ZERO = new Point(Hidden.SIGMOID, Init.ZERO, Init.ZERO, false, false);
    static final Point SIGMOID_CONSTANT = new Point(Hidden.SIGMOID, Init.CONSTANT, Init.CONSTANT, false, false);
    static final Point SIGMOID_CONSTANT_ODD = new Point(Hidden.SIGMOID, Init.CONSTANT, Init.CONSTANT, false, true);
    static final Point SIGMOID_XAVIER = new Point(Hidden.SIGMOID, Init.XAVIER, Init.XAVIER, false, false);
    static final Point TANH_XAVIER = new Point(Hidden.TANH, Init.XAVIER, Init.XAVIER, false, false);
    static final Point SIGMOID_ZERO_OUTPUT = new Point(Hidden.SIGMOID, Init.XAVIER, Init.ZERO, false, false);
    static final Point SIGMOID_RANDOM_BIAS = new Point(Hidden.SIGMOID, Init.XAVIER, Init.XAVIER, true, false);
    static final Point TANH_RANDOM_BIAS = new Point(Hidden.TANH, Init.XAVIER, Init.XAVIER, true, false);
    private static final List<Point> GRID = List.of(TANH_ZERO, SIGMOID_ZERO, SIGMOID_CONSTANT, SIGMOID_CONSTANT_ODD, SIGMOID_XAVIER,
            TANH_XAVIER, SIGMOID_ZERO_OUTPUT, SIGMOID_RANDOM_BIAS, TANH_RANDOM_BIAS);

    /**
     * @param hidden        hidden units (one more for {@link Point#oneUnitMore})
     * @param trainPerClass training images per class (0: all); evalPerClass likewise for test images
     */
    record Sizes(int hidden, int trainPerClass, int evalPerClass, int batch, int epochs, int checkpointEvery, double lr, int seeds) {
    }

    static Sizes sizes(Profile p) {
        return p == Profile.QUICK ? new Sizes(32, 100, 100, 10, 3, 50, 0.1, 6) : new Sizes(100, 0, 0, 10, 5, 1000, 0.1, 6);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Zero and constant init: symmetric hidden units that never differ";
    }

    @Override
    public String source() {
        return "seeds 001 and 003";
    }

    @Override
    public int position() {
        return 2;
    }

    @Override
    public String setup(Profile profile) {
        Sizes s = sizes(profile);
        return "MNIST 784-" + s.hidden + "-10, tanh or sigmoid hidden layer, softmax output with cross-entropy, SGD lr " + s.lr
                + ", minibatch " + s.batch + ", " + s.epochs + " epoch(s) over " + (s.trainPerClass > 0 ? 10 * s.trainPerClass : 60000)
                + " training images, tested on " + (s.evalPerClass > 0 ? 10 * s.evalPerClass : 10000) + " test images. Inits "
                + "(both layers): ZERO (tanh; sigmoid = seed 003's zero fully-connected weights), constant 0.01 (sigmoid; also with "
                + (s.hidden + 1) + " hidden units, because a BLAS may round the columns of an odd-width matrix differently), XAVIER "
                + "hidden with a ZERO output layer (sigmoid), "
                + "XAVIER with zero biases and with biases drawn from the weights' N(0, 2/(nIn+nOut)). Symmetry: the largest "
                + "spread between hidden units at every checkpoint. This is an MLP; seed 003's CNN is cnn-weight-change.";
    }

    @Override
    public List<Point> grid(Profile profile) {
        return GRID;
    }

    @Override
    public int seeds(Profile profile) {
        return sizes(profile).seeds;
    }

    /** DL4J runs the first {@value #QUICK_DL4J_SEEDS} seeds in the quick profile: the symmetry claims are exact per seed, so three DL4J seeds suffice where the core's six give the intervals. */
    @Override
    public int seeds(Profile profile, Implementation implementation) {
        return Experiment.fewerDl4jSeedsWhenQuick(this, profile, implementation, QUICK_DL4J_SEEDS);
    }

    static NetworkSpec spec(Point p, int hidden, double lr, long seed) {
        return NetworkSpec.builder(Shape.vector(784)).name(ID + "-" + p.id()).learningRate(lr).seed(seed)
                .layer(DenseLayerSpec.of(hidden, p.hidden.activation(), p.init.weights()))
                .layer(OutputLayerSpec.of(10, Activation.SOFTMAX, LossFunction.MCXENT, p.outputInit.weights())).build();
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, env, sizes(env.profile()));
    }

    Trial trial(Point p, RunSeeds seeds, RunEnvironment env, Sizes s) {
        NetworkSpec spec = spec(p, s.hidden + (p.oneUnitMore ? 1 : 0), s.lr, seeds.init());
        ParameterLayout layout = ParameterLayout.of(spec);
        Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass, seeds.subset());
        Dataset eval = Subsets.stratified(env.mnistTest(), s.evalPerClass, seeds.evaluation());
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), s.batch, s.epochs, seeds.order());
        Dataset first = train.rows(order.batch(0));
        TrainingTrial.Builder b = TrainingTrial.builder(spec, train, order, eval)
                .data("MNIST train, " + Subsets.describe(s.trainPerClass, seeds.subset()) + "; evaluated on MNIST test, "
                        + Subsets.describe(s.evalPerClass, seeds.evaluation()))
                .checkpointEvery(s.checkpointEvery).paritySteps(30).probe(() -> new SymmetryProbe(layout, first));
        if (p.randomBiases) b.prepare(net -> net.setParameters(RandomBiases.drawn(net.parameters(), layout, biasSeed(seeds, net.implementation()))));
        return b.build();
    }

    /** The seed of the random biases: 31 × run seed + the implementation's ordinal, so each side draws its own. */
    static long biasSeed(RunSeeds seeds, Implementation impl) {
        return seeds.run() * 31 + impl.ordinal();
    }

    /** x = 0 exactly (every spread, |gradient| and |weight| here is ≥ 0, so the interval [0, 0] is equality). */
    private static final Decision EXACTLY_ZERO = Decision.within(0, 0);
    /** x > 0: at least the least positive double. */
    private static final Decision NOT_ZERO = Decision.atLeast(Double.MIN_VALUE);

    /** The largest {@code key} over the measured runs of {@code points}, exact (RunTable.largest). */
    private static Statistic<Point> largest(String description, Scalar key, Point... points) {
        return Statistic.of(description, runs -> runs.where(List.of(points)::contains).largest(r -> r.get(key)));
    }

    /** The median of {@code key} over the measured runs of {@code point}. */
    private static Statistic<Point> median(String description, Scalar key, Point point) {
        return Statistic.of(description, runs -> runs.at(point).medianEstimate(r -> r.get(key)));
    }

    /** The median final test accuracy of {@code a} minus that of {@code b} (a diverged run counts as chance, 0.1), with its stratified bootstrap interval. */
    private static Statistic<Point> accuracyGap(String description, Point a, Point b) {
        return Statistic.of(description, runs -> runs.estimate(List.of(a, b), r -> r.finalAccuracyOrChance(10), Medians::difference));
    }

    /** How far below the all-random net a "harmless" init may end (final test accuracy). */
    private static final double HARMLESS_GAP = 0.02;

    private static final String CONSTANT_RUNS = "over the measured seeds of both constant-init widths (the profile's and one unit more)";

    @Override
    public List<Claim<Point>> claims() {
        return List.of(
                Claim.seed("tanh-zero-init-never-moves", "tanh with all weights 0: every weight gradient is exactly zero and the "
                        + "weights never leave zero (the seed ignores biases: only the output biases learn)", Rules.allOf(
                        Rules.of(largest("the largest |gradient entry| of W1, b1 and W2 at the first minibatch, over the measured "
                                + "tanh-zero seeds:", SymmetryProbe.INIT_GRADIENT_HIDDEN, TANH_ZERO), EXACTLY_ZERO),
                        Rules.of(largest("the largest |entry| of W1, b1 and W2 after training, over the measured tanh-zero seeds:",
                                SymmetryProbe.FINAL_MAX_ABS_HIDDEN, TANH_ZERO), EXACTLY_ZERO),
                        Rules.of(Statistic.of("the least, over the measured tanh-zero seeds, of the largest change of an output bias:",
                                runs -> runs.at(TANH_ZERO).least(r -> r.get(SymmetryProbe.OUTPUT_BIAS_CHANGE))), NOT_ZERO)))
                        .ifNotReproduced("with tanh and all weights zero some weight gradient is not exactly zero: the symmetry argument does not hold for this implementation"),
                Claim.seed("sigmoid-constant-init-units-stay-identical",
                        "sigmoid with all weights equal (constant 0.01): all hidden units stay identical through training",
                        Rules.of(largest("the largest spread between hidden units (W1 columns, b1, W2 rows) divided by the largest "
                                + "|weight|, at any checkpoint, " + CONSTANT_RUNS + ":", SymmetryProbe.MAX_RELATIVE_UNIT_SPREAD,
                                SIGMOID_CONSTANT, SIGMOID_CONSTANT_ODD), Decision.within(0, ROUND_OFF)))
                        .ifNotReproduced("The hidden units drift apart beyond round-off: a split between units, once made, grows "
                                + "under training instead of staying at the rounding level."),
                Claim.implementationFinding("sigmoid-constant-init-units-bit-identical",
                        "sigmoid with constant init: the hidden units stay bit-for-bit identical (the exact-arithmetic statement)",
                        Rules.of(largest("the largest spread between hidden units at any checkpoint, " + CONSTANT_RUNS + ":",
                                SymmetryProbe.MAX_UNIT_SPREAD, SIGMOID_CONSTANT, SIGMOID_CONSTANT_ODD), EXACTLY_ZERO))
                        .ifNotReproduced("The units split by round-off: the BLAS computes some columns of the hidden layer with "
                                + "another kernel (DL4J's OpenBLAS at widths that are not a multiple of its vector width) and "
                                + "rounds them differently; exact equality is a property of the implementation, not of the model."),
                Claim.seed("random-init-breaks-symmetry",
                        "Random (XAVIER) init breaks the symmetry: the units differ and the net learns more than a one-unit net",
                        Rules.allOf(Rules.of(median("median over seeds of the relative spread between the hidden units of sigmoid + "
                                        + "XAVIER after training:", SymmetryProbe.FINAL_RELATIVE_UNIT_SPREAD, SIGMOID_XAVIER), Decision.atLeast(0.1)),
                                Rules.of(accuracyGap("median over seeds of the final test accuracy of sigmoid + XAVIER minus that of "
                                        + "sigmoid + constant init:", SIGMOID_XAVIER, SIGMOID_CONSTANT), Decision.atLeast(0.1))))
                        .ifNotReproduced("with XAVIER the hidden units stay nearly alike, or the net learns no more than a one-unit net"),
                Claim.seed("zero-hidden-fc-learns-as-one-unit", "Seed 003's zero fully-connected weights with sigmoid, in a hidden "
                        + "layer: the weights do move, but the hidden units stay identical, so the layer is worth one unit", Rules.allOf(
                        Rules.of(median("median over seeds of the largest |W1 entry| of sigmoid + zero init after training:",
                                SymmetryProbe.FINAL_MAX_ABS_W1, SIGMOID_ZERO), NOT_ZERO),
                        Rules.of(largest("the largest relative spread between hidden units at any checkpoint, over the finished "
                                + "sigmoid + zero init seeds:", SymmetryProbe.MAX_RELATIVE_UNIT_SPREAD, SIGMOID_ZERO), Decision.within(0, ROUND_OFF)),
                        Rules.of(accuracyGap("the median final test accuracy of sigmoid + XAVIER minus that of sigmoid + zero init:",
                                SIGMOID_XAVIER, SIGMOID_ZERO), Decision.atLeast(0.1))))
                        .ifNotReproduced("with zero hidden weights either the weights never move or the hidden units drift apart, so the layer is not worth exactly one unit"),
                Claim.seed("zero-output-layer-harmless", "Zero weights in the output layer alone (random hidden layer) are harmless: "
                        + "nothing is symmetric there, so it trains as well as an all-random net",
                        Rules.of(accuracyGap("the median final test accuracy of sigmoid + XAVIER hidden + zero output layer minus "
                                + "that of sigmoid + XAVIER:", SIGMOID_ZERO_OUTPUT, SIGMOID_XAVIER), Decision.atLeast(-HARMLESS_GAP)))
                        .ifNotReproduced("The zero output layer lags: the hidden layer's gradient is proportional to the output "
                                + "weights, which start at 0, so the hidden layer starts learning late and has not caught up "
                                + "within this budget."),
                Claim.seed("zero-biases-harmless", "With random weights, zero biases train as well as random biases", Rules.allOf(
                        Rules.of(accuracyGap("sigmoid: the median final test accuracy with zero biases minus that with biases "
                                + "drawn like the weights:", SIGMOID_XAVIER, SIGMOID_RANDOM_BIAS), Decision.atLeast(-HARMLESS_GAP)),
                        Rules.of(accuracyGap("tanh: the median final test accuracy with zero biases minus that with biases drawn "
                                + "like the weights:", TANH_XAVIER, TANH_RANDOM_BIAS), Decision.atLeast(-HARMLESS_GAP))))
                        .ifNotReproduced("zero biases train clearly worse than random biases (more than 0.02 of accuracy) with random weights"));
    }

    @Override
    public List<Figure<Point>> figures() {
        return List.of(
                Figure.<Point>of("unit-spread", "Spread between hidden units relative to the largest |weight|",
                        SymmetryProbe.RELATIVE_UNIT_SPREAD).withLogY(),
                Figure.<Point>of("test-accuracy", "Test accuracy by init", Metrics.EVAL_ACCURACY),
                Figure.<Point>of("test-loss-zero-output", "Test loss: zero output layer against all-random (the lag)", Metrics.EVAL_LOSS)
                        .only(p -> p.equals(SIGMOID_XAVIER) || p.equals(SIGMOID_ZERO_OUTPUT)));
    }
}
