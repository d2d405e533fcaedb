package io.twinnet.experiments.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import com.google.auto.service.AutoService;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.nn.Lsuv;
import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.data.Subsets;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.Trial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Mishkin &amp; Matas 2015 ("All you need is a good init") against seed 000's failure: the asker's ReLU net
 * with U[-1,1] weights and a softmax output scored by MSE, rescued either by layer-sequential unit-variance
 * rescaling of its initial weights ({@link Lsuv}) or by batch normalisation after each hidden layer
 * (Ioffe &amp; Szegedy 2015; seed 003 asks about it too), against the same net untouched and with He init, at
 * one learning rate, minibatch and budget.
 *
 * <p>Batch norm needs a minibatch (at one example the batch variance is 0), so every configuration trains at
 * minibatch 32. DL4J and the core divide the minibatch's summed gradient by its size, so the rate that gives
 * each example seed 000's step, lr 1e-2 at one example per step, is 32 × 1e-2 = 0.32 (the linear scaling
 * rule, Goyal et al. 2017); the claims judge that rate. LSUV is not one of DL4J's initialisers: the core
 * rescales its own U[-1,1] draw and DL4J loads the core's parameters (shared initial parameters), which the
 * record's data line says; every other configuration draws its weights on each side.
 *
 * <p>Batch norm sits in two places. After each hidden ReLU (dense → ReLU → batch norm), the first one run;
 * and before it, as Ioffe &amp; Szegedy place it (§3.2: z = BN(W·u), then g(z), the dense layer without a
 * bias since β takes its place): dense(identity, no bias) → batch norm → ReLU as a layer of its own
 * ({@link io.twinnet.core.spec.ActivationLayerSpec}; DL4J's {@code BatchNormalization} ignores an activation
 * given to it, so DL4J gets an {@code ActivationLayer} too).
 */
@AutoService(Experiment.class)
public final class LsuvAndBatchNorm implements Experiment<LsuvAndBatchNorm.Point> {
    /** Seeds DL4J runs in the quick profile (see {@link #seeds(Profile, Implementation)}). */
    static final int QUICK_DL4J_SEEDS = 2;

    static final String ID = "lsuv-and-batchnorm";

    /** The four nets: U[-1,1] untouched, rescaled by LSUV, with batch norm, and He's init. */
    public enum Rescue {
        PLAIN("u1", "U[-1,1]", WeightInit.uniform(-1, 1)), LSUV("u1-lsuv", "U[-1,1] + LSUV", WeightInit.uniform(-1, 1)),
        BATCH_NORM("u1-bn", "U[-1,1] + batch norm", WeightInit.uniform(-1, 1)),
        BATCH_NORM_BEFORE_RELU("u1-bn-pre", "U[-1,1] + BN before ReLU", WeightInit.uniform(-1, 1)), HE("he", "He (RELU)", WeightInit.relu());

        private final String label;
        final String display;
        final WeightInit init;

        Rescue(String label, String display, WeightInit init) {
            this.label = label;
            this.display = display;
            this.init = init;
        }

        @JsonValue
        public String label() {
            return label;
        }

        boolean batchNorm() {
            return this == BATCH_NORM || this == BATCH_NORM_BEFORE_RELU;
        }
    }

    /** One net at one learning rate. */
    public record Point(Rescue rescue, double lr) implements GridPoint {
        @Override
        public String id() {
            return rescue.label + "-lr" + lr;
        }

        String display() {
            return rescue.display + " at lr " + lr;
        }
    }

    /** Seed 000's lr 1e-2 per example at minibatch 32 (see the class comment): the rate the claims judge. */
    static final double PRIMARY_LR = 0.32;
    /** The literal 1e-2 per minibatch mean, run in the full profile as evidence (at minibatch 32 it is 32x smaller per example). */
    static final double LITERAL_LR = 0.01;
    /** LSUV's tolerance and most rescalings per layer (the paper's Tol_var and T_max). */
    static final Lsuv LSUV = new Lsuv(0.1, 10);

    static final Scalar LSUV_RESCALINGS = Scalar.of("lsuvRescalings", "rescalings the core's LSUV made, summed over the layers");
    static final Scalar LSUV_WORST_DEVIATION = Scalar.of("lsuvWorstDeviation",
            "the largest |Var(z) - 1| over the layers after the core's LSUV, on its batch");

    /**
     * @param trainPerClass training images per class (0: all 60,000)
     * @param evalPerClass  test images per class (0: all 10,000)
     * @param lsuvBatch     training images LSUV measures the variances on
     * @param learningRates the rates run; the claims read {@link #PRIMARY_LR}
     */
    record Sizes(int[] hidden, int trainPerClass, int evalPerClass, int batch, int epochs, int checkpointEvery, int seeds,
                 int lsuvBatch, double[] learningRates) {
    }

    static Sizes sizes(Profile p) {
        return p == Profile.QUICK ? new Sizes(new int[] {64, 64}, 800, 50, 32, 1, 50, 3, 128, new double[] {PRIMARY_LR})
                : new Sizes(new int[] {128, 64}, 0, 0, 32, 3, 400, 5, 256, new double[] {PRIMARY_LR, LITERAL_LR});
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "LSUV or batch normalisation rescue ReLU nets with U[-1,1] weights";
    }

    @Override
    public String source() {
        return "Mishkin & Matas 2015; seeds 000 and 003";
    }

    @Override
    public int position() {
        return 15;
    }

    @Override
    public String setup(Profile profile) {
        Sizes s = sizes(profile);
        int images = s.trainPerClass > 0 ? 10 * s.trainPerClass : 60000;
        return "MNIST 784-" + s.hidden[0] + "-" + s.hidden[1] + "-10, ReLU hidden layers, softmax output scored by MSE (DL4J LossMSE, "
                + "seed 000's primary reading); every layer U[-1,1] untouched, U[-1,1] rescaled by LSUV (Mishkin & Matas's Algorithm 1 "
                + "on the pre-activations of every dense and output layer, tol " + LSUV.tolerance() + ", at most " + LSUV.maxRescalings()
                + " rescalings per layer, on " + s.lsuvBatch + " training images drawn with the run's probe seed; without the paper's "
                + "orthogonal pre-initialisation; the core rescales, DL4J loads the core's parameters), U[-1,1] with batch norm after "
                + "each hidden ReLU (DL4J's defaults: decay 0.9, eps 1e-5), U[-1,1] with batch norm before each hidden ReLU (Ioffe & "
                + "Szegedy's placement: bias-free identity dense layer, batch norm, ReLU as its own layer), and He (RELU); biases 0. Plain SGD, minibatch " + s.batch
                + ", lr " + Arrays.toString(s.learningRates) + " (0.32 = seed 000's 1e-2 per example, the claims' rate), " + s.epochs
                + " epoch(s) over " + images + " training images, tested on " + (s.evalPerClass > 0 ? 10 * s.evalPerClass : 10000)
                + " test images every " + s.checkpointEvery + " steps, " + s.seeds + " seeds."
                + (profile == Profile.QUICK ? " The full profile adds all 60,000 training images for 3 epochs, 128-64 hidden units, "
                + "5 seeds, and the literal lr 1e-2 per minibatch as evidence." : "");
    }

    @Override
    public List<Point> grid(Profile profile) {
        List<Point> grid = new ArrayList<>();
        for (double lr : sizes(profile).learningRates) for (Rescue r : Rescue.values()) grid.add(new Point(r, lr));
        return grid;
    }

    @Override
    public int seeds(Profile profile) {
        return sizes(profile).seeds;
    }

    /** DL4J runs the first {@value #QUICK_DL4J_SEEDS} seeds in the quick profile (its time budget); the full profile runs every seed on both. */
    @Override
    public int seeds(Profile profile, Implementation implementation) {
        return Experiment.fewerDl4jSeedsWhenQuick(this, profile, implementation, QUICK_DL4J_SEEDS);
    }

    static NetworkSpec spec(int[] hidden, Point p, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(784)).name(ID).learningRate(p.lr).seed(seed);
        for (int h : hidden) {
            if (p.rescue == Rescue.BATCH_NORM_BEFORE_RELU) {
                b.layer(DenseLayerSpec.of(h, Activation.IDENTITY, p.rescue.init).withoutBias()).batchNorm().activation(Activation.RELU);
                continue;
            }
            b.layer(DenseLayerSpec.of(h, Activation.RELU, p.rescue.init));
            if (p.rescue == Rescue.BATCH_NORM) b.batchNorm();
        }
        return b.layer(OutputLayerSpec.of(10, Activation.SOFTMAX, LossFunction.MSE, p.rescue.init)).build();
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, env, sizes(env.profile()));
    }

    /** The trial with explicit sizes (the tests use tiny ones). */
    Trial trial(Point p, RunSeeds seeds, RunEnvironment env, Sizes s) {
        NetworkSpec spec = spec(s.hidden, p, seeds.init());
        Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass, seeds.subset());
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), s.batch, s.epochs, seeds.order());
        Dataset eval = Subsets.stratified(env.mnistTest(), s.evalPerClass, seeds.evaluation());
        String data = "MNIST train, " + Subsets.describe(s.trainPerClass, seeds.subset()) + ", minibatch " + s.batch + ", " + s.epochs
                + " shuffled epoch(s) (order seed " + seeds.order() + "); evaluated on MNIST test, " + Subsets.describe(s.evalPerClass, seeds.evaluation());
        TrainingTrial.Builder b = TrainingTrial.builder(spec, train, order, eval).checkpointEvery(s.checkpointEvery).paritySteps(10);
        if (p.rescue == Rescue.LSUV) {
            int[] rows = MinibatchOrder.shuffled(train.size(), Math.min(s.lsuvBatch, train.size()), 1, seeds.probe()).batch(0);
            Network core = Network.initialise(spec);
            List<Lsuv.LayerResult> done = LSUV.apply(core, train.rows(rows).features(), rows.length);
            double[] rescaled = core.parameters().clone();
            int rescalings = done.stream().mapToInt(Lsuv.LayerResult::rescalings).sum();
            double worst = done.stream().mapToDouble(r -> Math.abs(r.variance() - 1)).max().orElse(Double.NaN);
            data += "; initial parameters: the core's U[-1,1] draw (init seed " + seeds.init() + ") rescaled by the core's LSUV on "
                    + rows.length + " training images (probe seed " + seeds.probe() + "), loaded by both sides (DL4J: shared parameters)";
            b.prepare(net -> net.setParameters(rescaled)).afterTraining((trained, initial, log, m) -> {
                m.put(LSUV_RESCALINGS, rescalings);
                m.put(LSUV_WORST_DEVIATION, worst);
            });
        } else if (!p.rescue.batchNorm()) {
            // a batch-norm net's inference output at initialisation uses the running statistics (0 and 1), not what training sees
            b.afterTraining(SoftmaxSaturation.beforeAndAfter(eval));
        }
        return b.data(data).build();
    }

    @Override
    public List<Claim<Point>> claims() {
        return LsuvAndBatchNormClaims.claims(new Point(Rescue.PLAIN, PRIMARY_LR), new Point(Rescue.LSUV, PRIMARY_LR),
                new Point(Rescue.BATCH_NORM, PRIMARY_LR), new Point(Rescue.BATCH_NORM_BEFORE_RELU, PRIMARY_LR), new Point(Rescue.HE, PRIMARY_LR));
    }

    @Override
    public List<Figure<Point>> figures() {
        return List.of(
                Figure.<Point>of("test-accuracy", "Test accuracy during training", Metrics.EVAL_ACCURACY)
                        .seriesBy(p -> p.rescue.display + String.format(Locale.ROOT, " lr %s", p.lr)),
                Figure.<Point>of("test-loss", "Test loss during training", Metrics.EVAL_LOSS)
                        .seriesBy(p -> p.rescue.display + String.format(Locale.ROOT, " lr %s", p.lr)).withLogY());
    }
}
