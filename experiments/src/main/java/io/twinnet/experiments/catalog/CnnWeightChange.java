package io.twinnet.experiments.catalog;

import io.twinnet.experiments.data.PixelRange;
import io.twinnet.experiments.data.Subsets;
import static io.twinnet.experiments.catalog.CnnInit.XAVIER;
import static io.twinnet.experiments.catalog.CnnLayerProbe.MEDIAN_GRAD_RMS;
import static io.twinnet.experiments.catalog.CnnLayerProbe.MEDIAN_UPDATE_RATIO;
import static io.twinnet.experiments.catalog.CnnWeightLayer.CONV;

import com.google.auto.service.AutoService;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.spec.Window;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.Margin;
import io.twinnet.experiments.lab.OutcomeMetric;
import io.twinnet.experiments.lab.Scalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Seed 003: a CNN written from scratch, sigmoid units, inputs in [0, 1], convolution kernels
 * initialised as "non zero unit matrices" and the fully connected weights as 0: the loss falls
 * fast, yet the weights "change very little in value". The answers: vanishing gradients; bad init
 * (zero FC weights make the units identical), a typical update "around 1e-3 for the first layers
 * and 1e-4 for the last ones"; batch normalisation keeps the gradients from vanishing.
 *
 * <p>The net: 1×28×28 → conv C k×k (stride 1, no padding, sigmoid) → max pool 2×2 → [batch norm]
 * → [dense H (sigmoid)] → softmax + cross-entropy, SGD on a fixed minibatch order. Inits ({@link CnnInit}):
 * the asker's, read as centre-delta, all-ones or identity-matrix kernels, with zero FC weights and biases;
 * and XAVIER everywhere, the random init the second answer recommends. The asker's init is symmetric
 * across channels and units, and no gradient can tell them apart, so in exact arithmetic the net
 * stays a one-channel, one-hidden-unit net; batch norm (one γ, β for all channels) keeps that. With a
 * zero hidden layer <em>and</em> zero output weights the net starts on a saddle: every hidden unit outputs
 * σ(0) = ½ for every image, so the output layer's gradient does not depend on the input and the hidden
 * layer's is zero. The output-only FC reading (no hidden layer: the only FC layer, the output, is zero)
 * starts as logistic regression on the pooled conv features instead, and is the primary reading of the
 * asker's observation. Pixels are in [0, 1] as the asker's, or mapped to [−1, 1] ({@link PixelRange}) where
 * the third answer argues from that range.
 *
 * <p>"Barely moves": a change below 5 % of the layer's scale; by Cauchy–Schwarz |ΔW·x| ≤ ‖ΔW‖·‖x‖,
 * so the layer's response moves by at most a twentieth of its size ({@link CnnLayerProbe}). The seed
 * states no learning rate: 0.1 was the first grid and 1.0 was added when 0.1 hardly trained a sigmoid
 * CNN in 250 steps; size and direction claims are judged at 0.1, existence claims at any rate.
 */
@AutoService(Experiment.class)
public final class CnnWeightChange implements Experiment<CnnWeightChange.Point> {

    static final String ID = "cnn-weight-change";
    /** The learning rates of both profiles; the first is the one size and direction claims are judged at. */
    static final double[] LRS = {0.1, 1.0};
    /** A layer that moved less than this fraction of its scale has barely moved. */
    static final double BARELY = 0.05;
    /** "The loss falls": the test loss ends at least this fraction below where it started. */
    static final double LOSS_FALLS = 0.10;
    /** Relative spread at or below which channels or units count as identical (round-off allowed). */
    static final double ROUND_OFF = 1e-6;
    /** The probe batch is the same for every seed; this stream predates {@link RunSeeds} and keeps its value. */
    static final long PROBE_BATCH_SEED = 4000;

    /**
     * One init, with or without batch norm after the pooling, with or without the hidden FC layer, on pixels
     * in one range, at one learning rate.
     */
    public record Point(CnnInit init, boolean batchNorm, double lr, boolean hiddenLayer, PixelRange pixels) implements GridPoint {
        /**
         * The asker's setup read literally, the primary reading of "the loss falls, the weights barely move": every
         * kernel the identity matrix, no hidden FC layer and zero output weights, pixels in [0, 1], the first rate.
         */
        static final Point LITERAL = new Point(CnnInit.UNIT_MATRIX, false, LRS[0], false, PixelRange.UNIT);
        /** The third answer's assumption, where its update figures and direction are read: XAVIER, pixels in [−1, 1], the first rate. */
        static final Point ANSWER_DATA = new Point(CnnInit.XAVIER, false, LRS[0], true, PixelRange.SYMMETRIC);

        /** The crossed grid's net: with the hidden FC layer, pixels in [0, 1]. */
        public Point(CnnInit init, boolean batchNorm, double lr) {
            this(init, batchNorm, lr, true, PixelRange.UNIT);
        }

        @Override
        public String id() {
            return init.label + (batchNorm ? "-bn" : "") + (hiddenLayer ? "" : "-outonly") + (pixels == PixelRange.UNIT ? "" : "-pm1") + "-lr" + lr;
        }

        /** Without batch norm. */
        static Point plain(CnnInit init, double lr) {
            return new Point(init, false, lr);
        }

        /** Every combination, learning rate by learning rate, then batch norm, then init (the grid's order). */
        static List<Point> all(List<CnnInit> inits, boolean[] batchNorm, double... lrs) {
            List<Point> out = new ArrayList<>();
            for (double lr : lrs) for (boolean bn : batchNorm) for (CnnInit i : inits) out.add(new Point(i, bn, lr));
            return out;
        }
    }

    /**
     * @param trainPerClass training images per class (0: all 60,000)
     * @param evalPerClass  test images per class (0: all 10,000)
     * @param probePerClass training images per class in the fixed gradient-probe batch
     */
    record Sizes(int channels, int kernel, int hidden, int trainPerClass, int evalPerClass, int probePerClass, int batch, int steps,
                 int checkpointEvery, int seeds) {
    }

    static Sizes sizes(Profile p) {
        return p == Profile.QUICK ? new Sizes(4, 5, 32, 50, 30, 5, 16, 250, 50, 2) : new Sizes(6, 5, 100, 0, 0, 10, 32, 9375, 625, 3);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "A sigmoid CNN with unit-matrix kernels and zero FC weights: the loss falls, the weights barely move";
    }

    @Override
    public String source() {
        return "seed 003";
    }

    @Override
    public int position() {
        return 4;
    }

    @Override
    public String setup(Profile profile) {
        Sizes s = sizes(profile);
        return "MNIST 1x28x28 -> conv " + s.channels + " " + s.kernel + "x" + s.kernel + " (sigmoid) -> "
                + "max pool 2x2 -> [batch norm] -> dense " + s.hidden + " sigmoid -> softmax + cross-entropy; SGD, minibatch " + s.batch
                + ", " + s.steps + " steps over " + (s.trainPerClass > 0 ? 10 * s.trainPerClass + " training images (class-stratified)"
                : "the 60,000 training images") + ", test set " + (s.evalPerClass > 0 ? 10 * s.evalPerClass : 10000) + " images, "
                + s.seeds + " seeds. Kernel readings of the asker's 'non zero unit matrices': 'identity' = the identity map of the "
                + "input, a centre delta (kernel centre 1, else 0); 'ones' (every entry 1); 'unit-matrix' = the literal identity "
                + "matrix in every kernel (ones on the diagonal, zeros elsewhere, all kernels equal); each with zero FC weights and "
                + "biases. Grid: identity, ones and XAVIER everywhere, each with and without batch norm, pixels in [0,1] (the asker's), "
                + "lr " + Arrays.toString(LRS) + " (XAVIER with batch norm at " + LRS[0] + " only); plus, at lr " + LRS[0] + " without "
                + "batch norm, unit-matrix kernels in the output-only FC reading (no hidden layer: conv -> pool -> softmax, zero "
                + "output weights), pixels in [0,1]; and XAVIER with pixels mapped by 2x-1 to [-1,1] (the third answer's assumption). Every "
                + s.checkpointEvery + " steps, per layer: change since init, gradient RMS and update size (on a fixed batch of "
                + 10 * s.probePerClass + " training images), spread between hidden units and between conv channels.";
    }

    @Override
    public List<Point> grid(Profile profile) {
        List<Point> grid = new ArrayList<>(Point.all(CnnInit.CROSSED, new boolean[] {false, true}, LRS));
        grid.remove(new Point(XAVIER, true, LRS[1])); // no claim reads it
        grid.add(Point.LITERAL);
        grid.add(Point.ANSWER_DATA);
        return grid;
    }

    @Override
    public int seeds(Profile profile) {
        return sizes(profile).seeds;
    }

    static NetworkSpec spec(Point p, long seed, Sizes s) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.image(1, 28, 28)).name(ID + "-" + p.id()).learningRate(p.lr).seed(seed)
                .conv(s.channels, Window.square(s.kernel, 1, 0), Activation.SIGMOID, p.init.kernels).maxPool(Window.square(2, 2, 0));
        if (p.batchNorm) b.batchNorm();
        WeightInit fc = p.init.fullyConnected();
        if (p.hiddenLayer) b.dense(s.hidden, Activation.SIGMOID, fc);
        return b.output(10, Activation.SOFTMAX, LossFunction.MCXENT, fc).build();
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, env, sizes(env.profile()));
    }

    Trial trial(Point p, RunSeeds seeds, RunEnvironment env, Sizes s) {
        NetworkSpec spec = spec(p, seeds.init(), s);
        ParameterLayout layout = ParameterLayout.of(spec);
        Dataset train = p.pixels.apply(Subsets.stratified(env.mnistTrain(), s.trainPerClass, seeds.subset()));
        Dataset eval = p.pixels.apply(Subsets.stratified(env.mnistTest(), s.evalPerClass, seeds.evaluation()));
        Dataset probe = p.pixels.apply(Subsets.stratified(env.mnistTrain(), s.probePerClass, PROBE_BATCH_SEED));
        int epochs = (int) Math.ceil((double) s.steps * s.batch / train.size());
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), s.batch, epochs, seeds.order()).first(s.steps);
        return TrainingTrial.builder(spec, train, order, eval)
                .data("MNIST train, " + Subsets.describe(s.trainPerClass, seeds.subset()) + "; test, "
                        + Subsets.describe(s.evalPerClass, seeds.evaluation()) + "; probe batch, " + Subsets.describe(s.probePerClass, PROBE_BATCH_SEED)
                        + "; pixels in " + p.pixels.interval())
                .checkpointEvery(s.checkpointEvery).paritySteps(20)
                .prepare(net -> {
                    if (p.init == CnnInit.IDENTITY) net.setParameters(CnnInit.identityKernels(net.parameters(), layout));
                })
                .probe(() -> new CnnLayerProbe(spec, probe, p.lr)).build();
    }

    @Override
    public List<Claim<Point>> claims() {
        return CnnWeightClaims.all();
    }

    private static String label(Point p) {
        return p.init.label + (p.hiddenLayer ? "" : ", output-only FC") + (p.pixels == PixelRange.UNIT ? "" : ", pixels " + p.pixels.interval())
                + (p.batchNorm ? " + batch norm" : "");
    }

    @Override
    public List<Figure<Point>> figures() {
        Predicate<Point> first = p -> p.lr == LRS[0];
        Predicate<Point> firstPlain = p -> p.lr == LRS[0] && !p.batchNorm;
        return List.of(
                Figure.<Point>of("test-loss", "Test loss (lr " + LRS[0] + ")", Metrics.EVAL_LOSS).only(first).seriesBy(CnnWeightChange::label),
                Figure.<Point>of("conv-change", "Conv weights' change since init, no batch norm", CONV.change).only(firstPlain)
                        .seriesBy(CnnWeightChange::label).withLogY(),
                Figure.<Point>of("gradient-by-layer", "Per-weight gradient RMS by layer (median over training)", MEDIAN_GRAD_RMS)
                        .only(first).seriesBy(CnnWeightChange::label).withLogY(),
                Figure.<Point>of("update-by-layer", "Relative update lr*||g||/||W|| by layer", MEDIAN_UPDATE_RATIO).only(first)
                        .seriesBy(CnnWeightChange::label).withLogY());
    }

    /**
     * Final loss (±5 %) and accuracy (±0.02), and the conv layer's relative weight change at the last checkpoint,
     * ||W − W0|| / ||W0|| (the last value of {@link CnnWeightLayer#CONV}'s change curve), which "the weights barely move"
     * reads: within ±10 % of DL4J's median.
     */
    @Override
    public List<OutcomeMetric> outcomes() {
        return List.of(OutcomeMetric.FINAL_LOSS, OutcomeMetric.FINAL_ACCURACY, OutcomeMetric.finalValueOf(
                Scalar.of("finalChangeConv", "the conv layer's ||W - W0|| / ||W0|| at the last checkpoint"), CnnWeightLayer.CONV.change, Margin.relative(0.10)));
    }
}
