package io.twinnet.experiments.catalog;

import io.twinnet.experiments.data.Subsets;
import static io.twinnet.experiments.catalog.BackpropSignalProbe.DEEPEST_TO_SHALLOWEST;
import static io.twinnet.experiments.catalog.BackpropSignalProbe.FIRST_LAYER_FACTOR;
import static io.twinnet.experiments.catalog.BackpropSignalProbe.FIRST_LAYER_NORM;
import static io.twinnet.experiments.catalog.BackpropSignalProbe.LAYER_GRADIENT_NORM;
import static io.twinnet.experiments.catalog.BackpropSignalProbe.SIGNAL_BOUND;
import static io.twinnet.experiments.catalog.BackpropSignalProbe.SIGNAL_FACTOR;
import static io.twinnet.experiments.catalog.BackpropSignalProbe.WORST_TO_SPECTRAL;

import com.google.auto.service.AutoService;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Decision;
import io.twinnet.experiments.lab.stats.Estimate;
import io.twinnet.experiments.lab.stats.Medians;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Rules;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Statistic;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.Trial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Seed 001: "the derivative with respect to the first layer's weights is a product of one factor
 * per later layer; the sigmoid's derivative is at most 0.25, so ten layers shrink it like 0.25¹⁰;
 * ReLU lets deep nets train end to end."
 *
 * <p><b>At initialisation</b>, for each activation (sigmoid, tanh, ReLU) and init (N(0, std 0.01),
 * XAVIER, LECUN_NORMAL, RELU), MNIST MLPs of every depth in the profile are drawn fresh and
 * measured ({@link BackpropSignalProbe}): ‖∂L/∂W₁‖ against depth, and the backpropagated signal
 * against the bound ‖δ_{l−1}‖ ≤ max|f′| · ‖W_l‖₂ · ‖δ_l‖ (max σ′ = 0.25; the seed's bare "0.25 per
 * layer" leaves out ‖W_l‖₂). <b>Training</b>: the deepest sigmoid net (XAVIER) against a ReLU net of
 * the same depth (He) and a shallow sigmoid control, SGD on an MNIST subset at each learning rate
 * of a small grid; each net is judged at its best learning rate.
 */
@AutoService(Experiment.class)
public final class SigmoidVanishing implements Experiment<SigmoidVanishing.Point> {

    /** A grid point: the depth sweep at initialisation, or one training run. */
    public sealed interface Point extends GridPoint permits AtInit, Training {
        ActivationKind activation();

        InitChoice init();
    }

    /** Every depth of the profile, drawn with one activation and init, measured as drawn. */
    public record AtInit(ActivationKind activation, InitChoice init) implements Point {
        @Override
        public String id() {
            return "init-" + activation.jsonName() + "-" + init.label;
        }
    }

    /** One net of {@code depth} hidden layers trained at {@code lr}. */
    public record Training(ActivationKind activation, InitChoice init, int depth, double lr) implements Point {
        @Override
        public String id() {
            return "train-" + activation.jsonName() + "-d" + depth + "-lr" + lr;
        }
    }

    /**
     * Hidden width; depths minDepth…maxDepth (the control trains at minDepth, the deep nets at maxDepth); the examples of
     * ‖dL/dW1‖'s mean gradient and those δ is measured on one at a time; training and test images per class (0: all).
     */
    record Sizes(int width, int minDepth, int maxDepth, int gradientBatch, int signalExamples, int trainPerClass,
                 int evalPerClass, int batch, int epochs, int checkpointEvery, double[] learningRates, int seeds) {
    }

    static Sizes sizes(Profile p) {
        return p == Profile.QUICK
                ? new Sizes(64, 2, 10, 256, 8, 300, 100, 20, 3, 75, new double[] {0.03, 0.1, 0.3}, 2)
                : new Sizes(100, 2, 10, 1000, 32, 0, 0, 20, 2, 500, new double[] {0.01, 0.03, 0.1, 0.3, 1.0}, 3);
    }

    private static final List<InitChoice> INITS = List.of(InitChoice.N0_01, InitChoice.XAVIER, InitChoice.LECUN, InitChoice.HE);
    private static final List<ActivationKind> ACTIVATIONS = List.of(ActivationKind.SIGMOID, ActivationKind.TANH, ActivationKind.RELU);

    @Override
    public String id() {
        return "sigmoid-vanishing";
    }

    @Override
    public String title() {
        return "Vanishing gradients in deep sigmoid nets: the 0.25 bound, ReLU, and training";
    }

    @Override
    public String source() {
        return "seed 001";
    }

    @Override
    public int position() {
        return 1;
    }

    @Override
    public String setup(Profile profile) {
        Sizes s = sizes(profile);
        return "MNIST MLPs with " + s.minDepth + "…" + s.maxDepth + " hidden layers of " + s.width + " units and a softmax "
                + "output (cross-entropy), biases 0 (DL4J's default). At initialisation, for sigmoid, tanh and ReLU with "
                + "N(0, std 0.01), XAVIER, LECUN_NORMAL and RELU (He) init: ‖dL/dW1‖ of the mean gradient over "
                + s.gradientBatch + " training images at every depth, and the backpropagated signal δ_l = dL/dz_l (the bias "
                + "gradient of a one-example gradient) on " + s.signalExamples + " images against the bound "
                + "max|f′|·‖W_l‖₂ per layer (σ′ ≤ 0.25; the seed's bare 0.25 omits ‖W_l‖₂). Training: " + s.maxDepth
                + " hidden layers sigmoid (XAVIER) vs ReLU (He), and a " + s.minDepth + "-hidden-layer sigmoid control, SGD with minibatch "
                + s.batch + " for " + s.epochs + " epoch(s) over " + (s.trainPerClass > 0 ? 10 * s.trainPerClass : 60000)
                + " training images at lr " + Arrays.toString(s.learningRates) + " (each judged at its best lr), "
                + "tested on " + (s.evalPerClass > 0 ? 10 * s.evalPerClass : 10000) + " test images.";
    }

    @Override
    public List<Point> grid(Profile profile) {
        Sizes s = sizes(profile);
        List<Point> grid = new ArrayList<>();
        for (ActivationKind a : ACTIVATIONS) for (InitChoice i : INITS) grid.add(new AtInit(a, i));
        for (double lr : s.learningRates) {
            grid.add(new Training(ActivationKind.SIGMOID, InitChoice.XAVIER, s.maxDepth, lr));
            grid.add(new Training(ActivationKind.RELU, InitChoice.HE, s.maxDepth, lr));
            grid.add(new Training(ActivationKind.SIGMOID, InitChoice.XAVIER, s.minDepth, lr));
        }
        return grid;
    }

    @Override
    public int seeds(Profile profile) {
        return sizes(profile).seeds;
    }

    static NetworkSpec spec(int depth, int width, Point p, double lr, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(784)).name("sigmoid-vanishing-d" + depth).learningRate(lr).seed(seed);
        for (int l = 0; l < depth; l++) b.layer(DenseLayerSpec.of(width, Activation.of(p.activation()), p.init().weights));
        b.layer(OutputLayerSpec.of(10, Activation.SOFTMAX, LossFunction.MCXENT, p.init().weights));
        return b.build();
    }

    /**
     * The weight seed of the depth-{@code d} net of the sweep at initialisation: 100·s + d, so every
     * depth draws its own weights (the value the records have used from the start; no named stream maps to it).
     */
    static long depthSeed(RunSeeds seeds, int d) {
        return seeds.init() * 100 + d;
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, env, sizes(env.profile()));
    }

    Trial trial(Point point, RunSeeds seeds, RunEnvironment env, Sizes s) {
        if (point instanceof Training t) {
            Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass, seeds.subset());
            Dataset eval = Subsets.stratified(env.mnistTest(), s.evalPerClass, seeds.evaluation());
            MinibatchOrder order = MinibatchOrder.shuffled(train.size(), s.batch, s.epochs, seeds.order());
            return TrainingTrial.builder(spec(t.depth, s.width, t, t.lr, seeds.init()), train, order, eval)
                    .data("MNIST train, " + Subsets.describe(s.trainPerClass, seeds.subset()) + "; test, "
                            + Subsets.describe(s.evalPerClass, seeds.evaluation()))
                    .checkpointEvery(s.checkpointEvery).paritySteps(20).build();
        }
        Dataset batch = Subsets.stratified(env.mnistTrain(), Math.max(1, s.gradientBatch / 10), seeds.probe());
        Dataset single = batch.rows(IntStream.range(0, Math.min(s.signalExamples, batch.size())).toArray());
        IntFunction<NetworkSpec> specAt = d -> spec(d, s.width, point, 0.01, depthSeed(seeds, d));
        String data = "MNIST train, " + Subsets.describe(Math.max(1, s.gradientBatch / 10), seeds.probe()) + " (δ on the first "
                + single.size() + "); depths " + s.minDepth + "…" + s.maxDepth + " drawn with seeds 100·" + seeds.init() + " + depth";
        return Trial.atInitialisation(specAt.apply(s.maxDepth), data, net -> BackpropSignalProbe.measure(net, specAt, s.minDepth,
                s.maxDepth, batch, single, BackpropSignalProbe.maxDerivative(point.activation())));
    }

    /** The largest over the sigmoid inits N(0, 0.01), XAVIER and LECUN of the median over seeds of {@code key}. */
    private static Estimate worstSigmoid(RunTable<Point> runs, Scalar key) {
        List<Point> inits = List.of(new AtInit(ActivationKind.SIGMOID, InitChoice.N0_01), new AtInit(ActivationKind.SIGMOID, InitChoice.XAVIER),
                new AtInit(ActivationKind.SIGMOID, InitChoice.LECUN));
        return runs.estimate(inits, r -> r.get(key), Medians::max);
    }

    private static final Statistic<Point> SIGMOID_FACTOR = Statistic.of(
            "the largest over the sigmoid inits N(0, std 0.01), XAVIER and LECUN_NORMAL of the median over seeds of the per-layer "
                    + "factor of ‖dL/dW1‖ (exp of the slope of ln‖dL/dW1‖ against depth)",
            runs -> worstSigmoid(runs, FIRST_LAYER_FACTOR));
    private static final Statistic<Point> SIGMOID_SHRINKAGE = Statistic.of(
            "the largest over the same inits of the median over seeds of ‖dL/dW1‖ at the largest depth / at the smallest",
            runs -> worstSigmoid(runs, DEEPEST_TO_SHALLOWEST));
    private static final Statistic<Point> WORST_TO_BOUND = Statistic.of(
            "over every measured sigmoid run (all four inits), example, depth and layer, the largest (‖δ_(l−1)‖ / ‖δ_l‖) / (0.25·‖W_l‖₂), "
                    + "‖W_l‖₂ by power iteration",
            runs -> runs.where(p -> p instanceof AtInit && p.activation() == ActivationKind.SIGMOID).largest(r -> r.get(WORST_TO_SPECTRAL)));
    private static final Statistic<Point> HE_FACTOR = Statistic.of(
            "the median over seeds of the per-layer factor of ‖dL/dW1‖ for ReLU with RELU (He) init (theory 1)",
            runs -> runs.at(new AtInit(ActivationKind.RELU, InitChoice.HE)).medianEstimate(r -> r.get(FIRST_LAYER_FACTOR)));

    /** At the largest trained depth, the best over learning rates of the median final test accuracy (a diverged run counts as chance, 0.1). */
    private static Estimate bestAccuracy(RunTable<Point> runs, ActivationKind activation) {
        int deepest = runs.points().stream().filter(p -> p instanceof Training).mapToInt(p -> ((Training) p).depth).max().orElse(-1);
        List<Point> rates = runs.where(p -> p instanceof Training r && r.activation == activation && r.depth == deepest).points();
        return runs.estimate(rates, r -> r.finalAccuracyOrChance(10), Medians::max);
    }

    private static final Statistic<Point> DEEP_SIGMOID_BEST = Statistic.of(
            "at the largest depth, the best over the learning rates of the median over seeds of the final test accuracy (diverged: "
                    + "0.1) of the sigmoid (XAVIER) net", runs -> bestAccuracy(runs, ActivationKind.SIGMOID));
    private static final Statistic<Point> DEEP_RELU_BEST = Statistic.of(
            "the same for the ReLU (He) net", runs -> bestAccuracy(runs, ActivationKind.RELU));

    @Override
    public List<Claim<Point>> claims() {
        return List.of(
                Claim.seed("sigmoid-first-layer-gradient-shrinks", "Under sigmoid, the first layer's gradient norm shrinks geometrically with depth",
                        Rules.allOf(Rules.of(SIGMOID_FACTOR, Decision.below(1)), Rules.of(SIGMOID_SHRINKAGE, Decision.below(1e-2))))
                        .ifNotReproduced("under at least one of the sigmoid inits the first layer's gradient does not shrink geometrically with depth at initialisation"),
                Claim.paper("sigmoid-bound-0.25-times-norm",
                                "Per sigmoid layer, the backpropagated signal shrinks by at least the factor 0.25·‖W‖₂ (σ′ ≤ 0.25)",
                                Rules.of(WORST_TO_BOUND, Decision.below(1 + 1e-9)))
                        .ifNotReproduced("Some layer passed back more than 0.25·‖W_l‖₂ of the signal, which the chain rule rules out: "
                                + "that implementation's backward pass (or the spectral-norm estimate) is wrong."),
                Claim.seed("relu-he-keeps-first-layer-gradient", "ReLU with He (RELU) init keeps the first layer's gradient from vanishing with depth",
                        Rules.of(HE_FACTOR, Decision.within(1.025, 0.225)))
                        .ifNotReproduced("with He init the first layer's gradient still changes by a factor per layer away from 1, so ReLU + He does not keep it"),
                Claim.seed("deep-sigmoid-fails-where-relu-trains", "A deep sigmoid net fails to train where a ReLU net of the same depth trains",
                        Rules.allOf(Rules.of(DEEP_SIGMOID_BEST, Decision.below(0.5)), Rules.of(DEEP_RELU_BEST, Decision.atLeast(0.8))))
                        .ifNotReproduced("at the largest depth the sigmoid net trains about as well as the ReLU net at its best learning rate, or the ReLU net does not train either"));
    }

    @Override
    public List<Figure<Point>> figures() {
        return List.of(
                Figure.<Point>of("first-layer-gradient", "‖dL/dW1‖ against depth at initialisation", FIRST_LAYER_NORM)
                        .only(p -> p instanceof AtInit).withLogY(),
                Figure.<Point>of("sigmoid-signal-factor", "Sigmoid: ‖δ_(l−1)‖/‖δ_l‖ per layer at the largest depth, with the bound 0.25·‖W_l‖₂",
                        SIGNAL_FACTOR).only(p -> p instanceof AtInit && p.activation() == ActivationKind.SIGMOID).withReference(SIGNAL_BOUND),
                Figure.<Point>of("layer-gradient", "‖dL/dW_l‖ per layer at the largest depth", LAYER_GRADIENT_NORM)
                        .only(p -> p instanceof AtInit).withLogY(),
                Figure.<Point>of("training-accuracy", "Test accuracy during training", Metrics.EVAL_ACCURACY)
                        .only(p -> p instanceof Training));
    }
}
