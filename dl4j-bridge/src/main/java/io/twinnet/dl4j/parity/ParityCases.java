package io.twinnet.dl4j.parity;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.BatchNormLayerSpec;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.LearningRateSchedule;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.Updater;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.spec.Window;
import io.twinnet.dl4j.inits.InitDistributionChecker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The default exact-parity cases: small dense networks (6 inputs, hidden widths 5–10, 3 classes, 48
 * Gaussian-blob examples from {@link ParityData}) covering
 * <ul>
 *   <li>{@code grid/…}: every hidden activation (sigmoid, tanh, relu, leaky relu, identity) × every output head
 *       the core allows and the catalog uses (softmax+MSE, softmax+MCXENT, softmax+L2, relu+MSE, sigmoid+XENT,
 *       sigmoid+MSE, identity+L2, tanh+MSE), depths 1–3 in turn, and the fan-based init schemes in an order
 *       suited to each activation (see {@code gridInits});</li>
 *   <li>{@code init/…}: every init scheme of {@link InitDistributionChecker#defaultInits()} on one tanh–relu
 *       network (square 6→6 hidden layers so identity applies);</li>
 *   <li>{@link #special()}: bias-free ReLU nets, non-zero bias init, step and exponential learning-rate
 *       schedules, and a sigmoid+XENT output pushed into DL4J's clipping range (the catalog's own networks are
 *       derived from the experiments by {@code twinnet parity}, not copied here);</li>
 *   <li>{@code updater/…}: Adam (DL4J's {@code Adam}, the core's {@code train.Adam}) with the default and with other
 *       constants, at minibatch 8 and 1 (ReLU rows without a gradient still move), fixed and step-scheduled rates;</li>
 *   <li>{@code cnn/…}: convolutions (stride, padding, several channels), max and average pooling, batch
 *       normalisation after a convolution and after a dense layer, a LeNet-like conv → pool → batch norm → dense →
 *       softmax network, and seed 003's network (sigmoid, identity-like or all-ones kernels, zero dense weights).
 *       Inputs are small images (blobs in C·H·W dimensions, read NCHW). No ReLU feeds a max pooling, whose exact
 *       zeros would make ties that the two sides may break differently.</li>
 * </ul>
 * Every case's SGD order is a seeded shuffle of several epochs.
 */
public final class ParityCases {
    /** Input size, classes and examples of the small cases. */
    public static final int INPUTS = 6;
    public static final int CLASSES = 3;
    static final int EXAMPLES = 48;

    private ParityCases() {
    }

    /** The output heads of the grid: activation and loss. */
    private static final List<Head> HEADS = List.of(
            new Head("softmax-mse", Activation.SOFTMAX, LossFunction.MSE),
            new Head("softmax-mcxent", Activation.SOFTMAX, LossFunction.MCXENT),
            new Head("softmax-l2", Activation.SOFTMAX, LossFunction.L2),
            new Head("relu-mse", Activation.RELU, LossFunction.MSE),
            new Head("sigmoid-xent", Activation.SIGMOID, LossFunction.XENT),
            new Head("sigmoid-mse", Activation.SIGMOID, LossFunction.MSE),
            new Head("identity-l2", Activation.IDENTITY, LossFunction.L2),
            new Head("tanh-mse", Activation.TANH, LossFunction.MSE));

    private static final List<Activation> HIDDEN = List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU,
            Activation.leakyRelu(0.01), Activation.IDENTITY);

    /**
     * The fan-based init schemes the grid cycles through, per hidden activation, one per output head: the
     * schemes meant for that activation first (Glorot/LeCun for sigmoid and tanh, He for the ReLUs), then the
     * rest, so that over the grid every scheme meets several activations and losses. SIGMOID_UNIFORM's wide
     * range only goes with the squashing activations, where it belongs.
     */
    private static List<WeightInit> gridInits(Activation hidden) {
        List<InitScheme> order = switch (hidden.kind()) {
            case SIGMOID -> List.of(InitScheme.XAVIER, InitScheme.SIGMOID_UNIFORM, InitScheme.XAVIER_UNIFORM, InitScheme.LECUN_NORMAL,
                    InitScheme.UNIFORM, InitScheme.XAVIER_FAN_IN, InitScheme.LECUN_UNIFORM, InitScheme.RELU);
            case TANH -> List.of(InitScheme.LECUN_NORMAL, InitScheme.XAVIER_UNIFORM, InitScheme.XAVIER, InitScheme.LECUN_UNIFORM,
                    InitScheme.SIGMOID_UNIFORM, InitScheme.UNIFORM, InitScheme.XAVIER_FAN_IN, InitScheme.RELU_UNIFORM);
            case RELU -> List.of(InitScheme.RELU, InitScheme.RELU_UNIFORM, InitScheme.XAVIER, InitScheme.UNIFORM,
                    InitScheme.LECUN_NORMAL, InitScheme.XAVIER_UNIFORM, InitScheme.XAVIER_FAN_IN, InitScheme.LECUN_UNIFORM);
            case LEAKYRELU -> List.of(InitScheme.RELU_UNIFORM, InitScheme.RELU, InitScheme.UNIFORM, InitScheme.XAVIER,
                    InitScheme.XAVIER_UNIFORM, InitScheme.LECUN_UNIFORM, InitScheme.LECUN_NORMAL, InitScheme.XAVIER_FAN_IN);
            default -> List.of(InitScheme.XAVIER, InitScheme.LECUN_NORMAL, InitScheme.XAVIER_UNIFORM, InitScheme.XAVIER_FAN_IN,
                    InitScheme.LECUN_UNIFORM, InitScheme.RELU_UNIFORM, InitScheme.UNIFORM, InitScheme.RELU);
        };
        return order.stream().map(WeightInit::of).toList();
    }

    /** All default cases, in a fixed order with unique names. */
    public static List<ParityCase> defaults() {
        List<ParityCase> cases = new ArrayList<>();
        cases.addAll(grid());
        cases.addAll(inits());
        cases.addAll(special());
        cases.addAll(cnn());
        return Collections.unmodifiableList(cases);
    }

    /** The hidden activation × output head grid. */
    public static List<ParityCase> grid() {
        List<ParityCase> cases = new ArrayList<>();
        int k = 0;
        for (Activation hidden : HIDDEN) {
            List<WeightInit> inits = gridInits(hidden);
            for (int h = 0; h < HEADS.size(); h++) {
                Head head = HEADS.get(h);
                int depth = 1 + k % 3;
                WeightInit init = inits.get(h);
                String name = "grid/" + hidden.kind().jsonName() + "-d" + depth + "-" + head.name + "-" + init.scheme().jsonName();
                NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(INPUTS)).learningRate(0.05).seed(100 + k);
                int[] widths = {7, 5, 6};
                for (int d = 0; d < depth; d++) b.dense(widths[d], hidden, init);
                b.output(CLASSES, head.activation, head.loss, init);
                cases.add(make(name, hidden + " hidden x " + depth + ", " + head.activation + " + " + head.loss.jsonName()
                        + ", " + init, b, 8, 200 + k));
                k++;
            }
        }
        return cases;
    }

    /**
     * Every default init scheme on a 6 → 6 tanh → 6 relu → 3 softmax + MCXENT network, and the core-only orthogonal,
     * unit-matrix and RAI ones (DL4J loads the core's parameters in every case anyway; RAI's include non-zero biases).
     */
    public static List<ParityCase> inits() {
        List<ParityCase> cases = new ArrayList<>();
        int k = 0;
        List<WeightInit> inits = new ArrayList<>(InitDistributionChecker.defaultInits());
        inits.add(WeightInit.orthogonal(1));
        inits.add(WeightInit.of(InitScheme.UNIT_MATRIX));
        inits.add(WeightInit.rai());
        for (WeightInit init : inits) {
            WeightInit outInit = init.scheme() == InitScheme.IDENTITY ? WeightInit.xavier() : init;
            NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(INPUTS)).learningRate(0.05).seed(300 + k)
                    .dense(6, Activation.TANH, init)
                    .dense(6, Activation.RELU, init)
                    .output(CLASSES, Activation.SOFTMAX, LossFunction.MCXENT, outInit);
            cases.add(make("init/" + label(init), "every layer " + init + " (tanh, relu, softmax+mcxent)", b, 8, 400 + k));
            k++;
        }
        return cases;
    }

    /**
     * Networks with a twist the grid does not reach: bias-free ReLU nets, non-zero bias init, a sigmoid + XENT output
     * inside DL4J's clipping range, step and exponential learning-rate schedules. (The catalog's own networks are
     * not copied here: {@code twinnet parity} derives them from the experiments' declarations, in small, through
     * {@link #small}.)
     */
    public static List<ParityCase> special() {
        List<ParityCase> c = new ArrayList<>();
        // positive homogeneity: bias-free relu nets
        for (int depth : new int[] {1, 3}) {
            NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(INPUTS)).learningRate(0.05).seed(560 + depth);
            for (int d = 0; d < depth; d++) b.layer(DenseLayerSpec.of(8, Activation.RELU, WeightInit.relu()).withoutBias());
            b.layer(OutputLayerSpec.of(CLASSES, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.relu()).withoutBias());
            c.add(make("bias-free/relu-d" + depth, "bias-free relu net of depth " + depth, b, 8, 565 + depth));
        }
        // bias init
        c.add(make("bias-init/relu-0.1", "relu with every bias starting at 0.1",
                withBias(mlp(Activation.RELU, WeightInit.relu(), 2, 8, Activation.SOFTMAX, LossFunction.MCXENT), 0.1), 8, 571));
        c.add(make("bias-init/sigmoid-minus-0.5", "sigmoid with every bias starting at -0.5",
                withBias(mlp(Activation.SIGMOID, WeightInit.xavier(), 2, 8, Activation.SIGMOID, LossFunction.XENT), -0.5), 8, 572));
        // a sigmoid + XENT output in DL4J's clipping range (a > 1 - 1e-5)
        NetworkSpec.Builder sat = NetworkSpec.builder(Shape.vector(INPUTS)).learningRate(0.01).seed(581)
                .dense(6, Activation.TANH, WeightInit.xavier())
                .layer(OutputLayerSpec.of(CLASSES, Activation.SIGMOID, LossFunction.XENT, WeightInit.xavier()).withBiasInit(15));
        c.add(make("xent-clipped/sigmoid-bias15", "sigmoid+xent output starting near 1 - 3e-7, inside DL4J's 1e-5 clipping", sat, 8, 582));
        // learning-rate schedules
        c.add(make("schedule/step", "lr 0.1 * 0.5^floor(t/20)",
                mlp(Activation.TANH, WeightInit.xavier(), 2, 8, Activation.SOFTMAX, LossFunction.MCXENT)
                        .learningRate(LearningRateSchedule.step(0.1, 0.5, 20)), 8, 591));
        c.add(make("schedule/exponential", "lr 0.1 * 0.99^t",
                mlp(Activation.RELU, WeightInit.relu(), 2, 8, Activation.SOFTMAX, LossFunction.MSE)
                        .learningRate(LearningRateSchedule.exponential(0.1, 0.99)), 8, 592));
        c.addAll(adam());
        return c;
    }

    /** Adam: default constants on a tanh net, on a ReLU + MSE net at minibatch 1, and other constants with a step schedule. */
    private static List<ParityCase> adam() {
        List<ParityCase> c = new ArrayList<>();
        c.add(make("updater/adam-tanh-mcxent", "Adam (0.9, 0.999, 1e-8) lr 0.01, tanh x 2, softmax+mcxent",
                mlp(Activation.TANH, WeightInit.xavier(), 2, 8, Activation.SOFTMAX, LossFunction.MCXENT)
                        .learningRate(0.01).updater(Updater.adam()), 8, 601));
        c.add(make("updater/adam-relu-mse-minibatch1", "Adam (0.9, 0.999, 1e-8) lr 0.005 at minibatch 1, relu x 3, softmax+mse",
                mlp(Activation.RELU, WeightInit.relu(), 3, 8, Activation.SOFTMAX, LossFunction.MSE)
                        .learningRate(0.005).updater(Updater.adam()), 1, 602));
        c.add(make("updater/adam-constants-step", "Adam (0.8, 0.99, 1e-6), lr 0.02 * 0.5^floor(t/50), relu x 2 (no bias), identity+l2",
                NetworkSpec.builder(Shape.vector(INPUTS)).seed(603).updater(new Updater.Adam(0.8, 0.99, 1e-6))
                        .learningRate(LearningRateSchedule.step(0.02, 0.5, 50))
                        .layer(DenseLayerSpec.of(8, Activation.RELU, WeightInit.relu()).withoutBias())
                        .layer(DenseLayerSpec.of(8, Activation.RELU, WeightInit.relu()).withoutBias())
                        .output(CLASSES, Activation.IDENTITY, LossFunction.L2, WeightInit.xavier()), 8, 604));
        return c;
    }

    /** The convolution, pooling and batch-normalisation cases. */
    public static List<ParityCase> cnn() {
        List<ParityCase> c = new ArrayList<>();
        c.add(make("cnn/conv-stride2-pad1", "conv 2->3 channels, 3x3, stride 2, padding 1, tanh; conv 3->2 2x3 stride (1,2) sigmoid; softmax",
                NetworkSpec.builder(Shape.image(2, 7, 7)).learningRate(0.1).seed(701)
                        .conv(3, Window.square(3, 2, 1), Activation.TANH, WeightInit.xavier())
                        .layer(new ConvolutionLayerSpec(2, new Window(2, 3, 1, 2, 1, 0), Activation.SIGMOID, WeightInit.xavier(), 0.1, true))
                        .output(CLASSES, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier()), 8, 702));
        c.add(make("cnn/max-pool", "conv 1->4 3x3 tanh, max pool 2x2 stride 2, softmax",
                NetworkSpec.builder(Shape.image(1, 8, 8)).learningRate(0.1).seed(711)
                        .conv(4, Window.square(3), Activation.TANH, WeightInit.of(InitScheme.RELU_UNIFORM))
                        .maxPool(Window.square(2, 2, 0))
                        .output(CLASSES, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier()), 8, 712));
        c.add(make("cnn/max-pool-overlap-pad", "conv 2->3 3x3 padding 1 sigmoid, max pool 3x3 stride 2 padding 1, softmax+mse",
                NetworkSpec.builder(Shape.image(2, 6, 6)).learningRate(0.2).seed(721)
                        .conv(3, Window.square(3, 1, 1), Activation.SIGMOID, WeightInit.xavier())
                        .maxPool(Window.square(3, 2, 1))
                        .output(CLASSES, Activation.SOFTMAX, LossFunction.MSE, WeightInit.xavier()), 8, 722));
        c.add(make("cnn/avg-pool-pad", "conv 1->3 3x3 relu, avg pool 3x3 stride 2 padding 1 (padding not in the divisor), softmax",
                NetworkSpec.builder(Shape.image(1, 8, 8)).learningRate(0.1).seed(731)
                        .conv(3, Window.square(3), Activation.RELU, WeightInit.relu())
                        .avgPool(Window.square(3, 2, 1))
                        .output(CLASSES, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier()), 8, 732));
        c.add(make("cnn/batchnorm-after-conv", "conv 2->3 3x3 identity without bias, batch norm per channel, dense 6 tanh, softmax",
                NetworkSpec.builder(Shape.image(2, 6, 6)).learningRate(0.1).seed(741)
                        .layer(convWithoutBias(3, Window.square(3), Activation.IDENTITY))
                        .batchNorm()
                        .dense(6, Activation.TANH, WeightInit.xavier())
                        .output(CLASSES, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier()), 8, 742));
        c.add(make("cnn/batchnorm-after-dense", "dense 8 identity without bias, batch norm (decay 0.8, eps 1e-3, gamma 1.5, beta 0.2), dense 6 sigmoid, softmax",
                NetworkSpec.builder(Shape.vector(INPUTS)).learningRate(0.1).seed(751)
                        .layer(DenseLayerSpec.of(8, Activation.IDENTITY, WeightInit.xavier()).withoutBias())
                        .layer(new BatchNormLayerSpec(0.8, 1e-3, 1.5, 0.2))
                        .dense(6, Activation.SIGMOID, WeightInit.xavier())
                        .output(CLASSES, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier()), 8, 752));
        c.add(make("cnn/batchnorm-before-relu", "dense 8 identity without bias, batch norm, relu as its own layer (Ioffe & Szegedy's "
                        + "placement), dense 6 sigmoid, softmax",
                NetworkSpec.builder(Shape.vector(INPUTS)).learningRate(0.1).seed(756)
                        .layer(DenseLayerSpec.of(8, Activation.IDENTITY, WeightInit.uniform(-1, 1)).withoutBias())
                        .batchNorm()
                        .activation(Activation.RELU)
                        .dense(6, Activation.SIGMOID, WeightInit.xavier())
                        .output(CLASSES, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier()), 8, 757));
        c.add(make(LENET_LIKE, "conv 1->4 3x3 padding 1 tanh (no bias), max pool 2x2, batch norm, dense 10 sigmoid, softmax+mcxent",
                leNetLike(), 8, 762));
        c.add(make("cnn/seed003-identity-kernels", "seed 003: conv 2->2 3x3 padding 1 identity-like kernels, sigmoid, dense 8 and output with zero weights",
                NetworkSpec.builder(Shape.image(2, 5, 5)).learningRate(0.5).seed(771)
                        .conv(2, Window.square(3, 1, 1), Activation.SIGMOID, WeightInit.of(InitScheme.IDENTITY))
                        .dense(8, Activation.SIGMOID, WeightInit.zero())
                        .output(CLASSES, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.zero()), 8, 772));
        c.add(make("cnn/seed003-ones-kernels", "seed 003, other reading: conv 1->3 3x3 all-ones kernels, sigmoid, max pool, zero dense weights",
                NetworkSpec.builder(Shape.image(1, 6, 6)).learningRate(0.5).seed(781)
                        .conv(3, Window.square(3), Activation.SIGMOID, WeightInit.of(InitScheme.ONES))
                        .maxPool(Window.square(2, 2, 0))
                        .dense(8, Activation.SIGMOID, WeightInit.zero())
                        .output(CLASSES, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.zero()), 8, 782));
        return c;
    }

    /**
     * A XAVIER-initialised convolution without a bias. The layers that feed a batch normalisation have none: batch
     * norm subtracts any per-channel constant, so such a bias has a gradient of exactly 0 in theory and rounding
     * noise in practice, and comparing two noises relatively says nothing (it gave relative differences near 1).
     */
    private static ConvolutionLayerSpec convWithoutBias(int nOut, Window window, Activation activation) {
        return new ConvolutionLayerSpec(nOut, window, activation, WeightInit.xavier(), 0, false);
    }

    /** The name of the LeNet-like case. */
    public static final String LENET_LIKE = "cnn/lenet-like";

    /**
     * conv 1→4 (3×3, padding 1, tanh, no bias) → max pool 2×2 → batch norm → dense 10 (sigmoid) → softmax + MCXENT,
     * 1×8×8 input.
     */
    public static NetworkSpec.Builder leNetLike() {
        return NetworkSpec.builder(Shape.image(1, 8, 8)).learningRate(0.1).seed(761)
                .layer(convWithoutBias(4, Window.square(3, 1, 1), Activation.TANH))
                .maxPool(Window.square(2, 2, 0))
                .batchNorm()
                .dense(10, Activation.SIGMOID, WeightInit.xavier())
                .output(CLASSES, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier());
    }

    /** A case by name from {@link #defaults()}. */
    public static ParityCase named(String name) {
        for (ParityCase c : defaults()) if (c.name().equals(name)) return c;
        throw new IllegalArgumentException("no parity case named '" + name + "'");
    }

    private static NetworkSpec.Builder mlp(Activation hidden, WeightInit init, int depth, int width, Activation out, LossFunction loss) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(INPUTS)).learningRate(0.05).seed(600 + depth * 10 + width);
        for (int d = 0; d < depth; d++) b.dense(width, hidden, init);
        return b.output(CLASSES, out, loss, init);
    }

    private static NetworkSpec.Builder withBias(NetworkSpec.Builder b, double bias) {
        NetworkSpec spec = b.build();
        List<LayerSpec> layers = new ArrayList<>();
        for (LayerSpec l : spec.layers()) {
            if (l instanceof DenseLayerSpec d) layers.add(d.withBiasInit(bias));
            else if (l instanceof OutputLayerSpec o) layers.add(o.withBiasInit(bias));
            else layers.add(l);
        }
        NetworkSpec.Builder nb = NetworkSpec.builder(spec.input()).learningRate(spec.learningRate()).seed(spec.seed())
                .precision(spec.precision()).updater(spec.updater());
        layers.forEach(nb::layer);
        return nb;
    }

    /**
     * A case on this class's data: {@link #EXAMPLES} Gaussian-blob examples of the spec's input size in {@link #CLASSES}
     * classes (seed {@code dataSeed}), minibatches of {@code batch} in a seeded shuffle (two epochs at minibatch 1,
     * else five); the network is named {@code name} and computed in double precision.
     */
    public static ParityCase small(String name, String description, NetworkSpec.Builder builder, int batch, long dataSeed) {
        return make(name, description, builder, batch, dataSeed);
    }

    private static ParityCase make(String name, String description, NetworkSpec.Builder builder, int batch, long dataSeed) {
        NetworkSpec spec = builder.name(name).precision(Precision.DOUBLE).build();
        Dataset data = ParityData.blobs(EXAMPLES, spec.input().size(), CLASSES, dataSeed);
        MinibatchOrder order = MinibatchOrder.shuffled(EXAMPLES, batch, batch == 1 ? 2 : 5, dataSeed + 1);
        return new ParityCase(name, description, spec, data, order);
    }

    private static String label(WeightInit init) {
        return switch (init.scheme()) {
            case NORMAL_DISTRIBUTION -> "normal-" + init.mean() + "-" + init.std();
            case UNIFORM_DISTRIBUTION -> "uniform-" + init.lower() + "-" + init.upper();
            case CONSTANT -> "constant-" + init.value();
            default -> init.scheme().jsonName();
        };
    }

    private record Head(String name, Activation activation, LossFunction loss) {
    }
}
