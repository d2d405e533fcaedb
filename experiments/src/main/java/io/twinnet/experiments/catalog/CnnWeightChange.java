package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.spec.Window;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.ClaimSpec;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Judgement;
import io.twinnet.experiments.lab.ParityRecord;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.CoreTwin;
import io.twinnet.experiments.lab.Dl4jTwin;
import io.twinnet.experiments.lab.ExactParity;
import io.twinnet.experiments.lab.TrainingLog;
import io.twinnet.experiments.lab.TrainingProtocol;
import io.twinnet.experiments.lab.TwinNetwork;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seed 003: a CNN written from scratch, sigmoid units, inputs in [0, 1], convolution kernels
 * initialised as "non zero unit matrices" and the fully connected weights as 0: the loss falls
 * fast, yet the weights "change very little in value". The answers: vanishing gradients (the
 * first layers get tiny gradients); bad init (zero FC weights make the units identical), a typical
 * update magnitude "around 1e-3 for the first layers and 1e-4 for the last ones"; batch
 * normalisation keeps the gradients from vanishing.
 *
 * <p>The net: 1×28×28 → conv C k×k (stride 1, no padding, sigmoid) → max pool 2×2 → [batch norm]
 * → dense H (sigmoid) → softmax output with cross-entropy, SGD on a fixed minibatch order.
 * Inits: "identity" (each kernel the identity map of its input: centre 1, else 0 — DL4J's IDENTITY
 * needs nIn = nOut, and with a one-channel image the identity of the input for C output channels
 * is this kernel in every channel; it draws no random numbers and is written into both sides'
 * parameters after construction), "ones" (every kernel entry 1, DL4J ONES), both with zero FC
 * weights (dense and output, DL4J ZERO) and zero biases; "xavier" (XAVIER everywhere) as the random
 * init the second answer recommends; each with and without batch normalisation after the pooling.
 *
 * <p>The asker's init is symmetric across channels and units: every channel has the same kernel,
 * every dense unit the same (zero) weights. No gradient can tell them apart (the gradient of
 * channel c and unit j is a function of quantities shared by all channels and units), so in exact
 * arithmetic the net stays a one-channel, one-hidden-unit net; only the output layer's weights
 * and biases learn class-specific values. Batch norm (same γ, β for every channel) keeps that.
 *
 * <p>"Barely moves" is decided by a change of less than 5% of the layer's scale: by
 * Cauchy–Schwarz |ΔW·x| ≤ ‖ΔW‖·‖x‖, so the layer's response changes by at most a twentieth of the
 * size it has at that scale. The scale is ‖W₀‖ for a layer that starts non-zero and, for a
 * zero-initialised layer (whose relative change is undefined), the norm a XAVIER draw of its shape
 * would have, √(count·2/(fanIn + fanOut)) — so the absolute change ‖W − W₀‖ is reported too.
 *
 * <p>The seed states no learning rate. 0.1 (the rate of the other SGD experiments) was the first
 * grid; a first quick run showed that at 0.1 a sigmoid CNN hardly trains in 250 steps (XAVIER
 * reached about 0.3 test accuracy), so 1.0 was added. The claims about sizes and directions are
 * judged at the grid's first rate (as they were written); the existence claims ("the loss can
 * fall") at any rate of the grid. The evidence shows every rate.
 */
public final class CnnWeightChange implements RunnableExperiment {

    static final String ID = "cnn-weight-change";
    /** A layer that moved less than this fraction of its scale has barely moved. */
    static final double BARELY = 0.05;
    /** "The loss falls": the test loss ends at least this fraction below where it started. */
    static final double LOSS_FALLS = 0.10;
    /** Relative spread at or below which channels or units count as identical (round-off allowed). */
    static final double ROUND_OFF = 1e-6;
    /** Half a decade: a measured size is "about" a stated order of magnitude within this factor either way. */
    static final double HALF_DECADE = Math.sqrt(10);
    /** "Vanishing": at least an order of magnitude smaller. */
    static final double VANISHING_FACTOR = 10;
    /** "Larger with batch norm": at least this factor. */
    static final double BN_GRADIENT_FACTOR = 2;

    static final List<String> ASKER_READINGS = List.of("identity", "ones");

    static final ClaimSpec BARELY_MOVE = new ClaimSpec("loss-falls-weights-barely-move",
            "With the asker's init (unit-matrix kernels, zero FC weights, sigmoid) the loss falls while the weights barely move",
            "for some reading of the kernels (identity or all ones) and learning rate of the grid, without batch norm, median over "
                    + "seeds: the test loss falls by at least 10% of its start and every weight layer's final change is below 5% of "
                    + "its scale (conv: ||W-W0||/||W0||; zero-initialised FC layers: ||W-W0|| over the norm of a XAVIER draw of the "
                    + "same shape)");
    static final ClaimSpec UPDATE_ORDER = new ClaimSpec("update-size-1e-3-first-1e-4-last",
            "A typical update is about 1e-3 for the first layers and 1e-4 for the last ones (third answer)",
            "with XAVIER init, no batch norm, the grid's first learning rate: the median over checkpoints (after step 0) and "
                    + "seeds of the conv layer's update lies within half a decade of 1e-3 and the output layer's within half a decade "
                    + "of 1e-4, for at least one reading of 'update magnitude': relative lr*||g||/||W|| or absolute lr*mean|g|");
    static final ClaimSpec FIRST_LARGER = new ClaimSpec("first-layers-update-more",
            "The first layers update more than the last ones (third answer's direction)",
            "with XAVIER init, no batch norm: reproduced when, at every learning rate of the grid, the median relative update "
                    + "lr*||g||/||W|| of the conv layer exceeds that of the output layer; not reproduced when it is smaller at every "
                    + "learning rate; inconclusive when the direction depends on the learning rate");
    static final ClaimSpec VANISHING = new ClaimSpec("gradient-vanishes-toward-first-layer",
            "The gradient vanishes on its way to the first layer, so its weights barely change (first answer)",
            "with the asker's init, no batch norm, the grid's first learning rate, for both readings: the median (over "
                    + "checkpoints after step 0, then seeds) per-weight gradient RMS of the conv layer is at least 10x smaller than "
                    + "the output layer's");
    static final ClaimSpec ZERO_FC = new ClaimSpec("zero-fc-units-identical-loss-still-falls",
            "Zero FC weights make every hidden unit identical (the layer is worth one unit), yet the loss falls because the "
                    + "output layer learns",
            "with the asker's init, no batch norm, both readings: the relative spread between hidden units is at most 1e-6 at "
                    + "every checkpoint of every seed and learning rate; and at some learning rate of the grid, for both readings, "
                    + "the median test loss falls by at least 10% while the median final test accuracy stays at least 0.1 below "
                    + "XAVIER's at that rate (the layer is worth one unit)");
    static final ClaimSpec CHANNELS = new ClaimSpec("unit-matrix-kernels-channels-identical",
            "Equal 'unit matrix' kernels on a one-channel image make every conv channel identical for the whole run",
            "with the asker's init, with and without batch norm, every learning rate, both readings: the relative spread "
                    + "between conv channels is at most 1e-6 at every checkpoint of every seed");
    static final ClaimSpec BN_RANDOM = new ClaimSpec("batch-norm-helps-random-init",
            "Batch normalisation after the conv layer gives the first layer larger gradients and the loss a faster fall "
                    + "(XAVIER init)",
            "XAVIER, the grid's first learning rate, medians over seeds: the conv layer's per-weight gradient RMS (median "
                    + "over checkpoints after step 0) with batch norm is at least 2x that without, and the final test loss with "
                    + "batch norm is lower");
    static final ClaimSpec BN_ASKER = new ClaimSpec("batch-norm-helps-asker-init",
            "Batch normalisation gives the first layer larger gradients and the loss a faster fall, with the asker's init",
            "the same rule as batch-norm-helps-random-init, holding for both readings of the asker's init");

    /**
     * Sizes of one profile.
     *
     * @param channels        conv output channels C
     * @param kernel          conv kernel side k
     * @param hidden          dense units H
     * @param trainPerClass   training images per class (0: all 60,000)
     * @param evalPerClass    test images per class (0: all 10,000)
     * @param probePerClass   training images per class in the fixed gradient-probe batch
     * @param batch           SGD minibatch
     * @param steps           SGD steps
     * @param checkpointEvery steps between checkpoints
     * @param lrs             learning rates (the first is the one most claims are judged at)
     * @param seeds           default seed count
     */
    record Setup(int channels, int kernel, int hidden, int trainPerClass, int evalPerClass, int probePerClass, int batch,
                 int steps, int checkpointEvery, double[] lrs, int seeds) {
    }

    static Setup sizes(Profile p) {
        return p == Profile.QUICK ? new Setup(4, 5, 32, 50, 30, 5, 16, 250, 50, new double[] {0.1, 1.0}, 2)
                : new Setup(6, 5, 100, 0, 0, 10, 32, 9375, 625, new double[] {0.1, 1.0}, 3);
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
    public String setup(Profile profile) {
        Setup s = sizes(profile);
        return "MNIST (pixels in [0,1], as the asker) 1x28x28 -> conv " + s.channels + " " + s.kernel + "x" + s.kernel
                + " (stride 1, no padding, sigmoid) -> max pool 2x2 -> [batch norm] -> dense " + s.hidden + " sigmoid -> softmax "
                + "+ cross-entropy; SGD, minibatch " + s.batch + ", " + s.steps + " steps over "
                + (s.trainPerClass > 0 ? 10 * s.trainPerClass + " training images (class-stratified)" : "the 60,000 training images")
                + ", test loss/accuracy on " + (s.evalPerClass > 0 ? 10 * s.evalPerClass : 10000) + " test images, learning rate(s) "
                + java.util.Arrays.toString(s.lrs) + ", " + s.seeds + " seeds. Inits: asker 'identity' (each kernel centre 1, "
                + "else 0: the identity map of the one input channel), asker 'ones' (every kernel entry 1), both with zero dense "
                + "and output weights and zero biases; XAVIER everywhere; each with and without batch norm after the pooling. "
                + "Every " + s.checkpointEvery + " steps, per layer: change since init (relative; for a zero-initialised layer "
                + "absolute and over the norm of a XAVIER draw of its shape), per-weight gradient RMS, update size lr*||g||/||W|| "
                + "and lr*mean|g| (gradient on a fixed batch of " + 10 * s.probePerClass + " training images), spread between "
                + "hidden units and between conv channels.";
    }

    @Override
    public List<ClaimSpec> claims() {
        return List.of(BARELY_MOVE, UPDATE_ORDER, FIRST_LARGER, VANISHING, ZERO_FC, CHANNELS, BN_RANDOM, BN_ASKER);
    }

    static String configId(String init, boolean bn, double lr) {
        return init + (bn ? "-bn" : "") + "-lr" + lr;
    }

    @Override
    public List<RunConfig> configurations(Profile profile, int seeds) {
        Setup s = sizes(profile);
        int n = seeds > 0 ? seeds : s.seeds;
        List<RunConfig> grid = new ArrayList<>();
        for (int seed = 1; seed <= n; seed++) {
            for (double lr : s.lrs) {
                for (boolean bn : new boolean[] {false, true}) {
                    for (String init : List.of("identity", "ones", "xavier")) {
                        Map<String, Object> p = new LinkedHashMap<>();
                        p.put("init", init);
                        p.put("batchNorm", bn);
                        p.put("lr", lr);
                        grid.add(new RunConfig(ID, configId(init, bn, lr), seed, p));
                    }
                }
            }
        }
        return grid;
    }

    static NetworkSpec spec(String init, boolean bn, double lr, long seed, Setup s) {
        WeightInit conv = switch (init) {
            case "identity" -> WeightInit.zero(); // the centre entries are set after construction, see identityKernels
            case "ones" -> WeightInit.of(InitScheme.ONES);
            case "xavier" -> WeightInit.xavier();
            default -> throw new IllegalArgumentException("init: unknown '" + init + "' (identity, ones or xavier)");
        };
        WeightInit fc = init.equals("xavier") ? WeightInit.xavier() : WeightInit.zero();
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.image(1, 28, 28)).name(ID + "-" + configId(init, bn, lr))
                .learningRate(lr).seed(seed)
                .conv(s.channels, Window.square(s.kernel, 1, 0), Activation.SIGMOID, conv)
                .maxPool(Window.square(2, 2, 0));
        if (bn) b.batchNorm();
        return b.dense(s.hidden, Activation.SIGMOID, fc).output(10, Activation.SOFTMAX, LossFunction.MCXENT, fc).build();
    }

    /** The parameters with every conv kernel (layer 0) set to the identity map of its input: centre 1, else 0. */
    static double[] identityKernels(double[] params, ParameterLayout layout) {
        double[] p = params.clone();
        ParameterBlock w = layout.block(0, "W");
        int[] shape = w.shape(); // nOut, nIn, kH, kW
        java.util.Arrays.fill(p, w.offset(), w.end(), 0.0);
        for (int o = 0; o < shape[0]; o++) {
            for (int i = 0; i < shape[1]; i++) {
                p[w.offset() + ((o * shape[1] + i) * shape[2] + shape[2] / 2) * shape[3] + shape[3] / 2] = 1.0;
            }
        }
        return p;
    }

    /** Index of the first layer of a type in the spec. */
    private static int indexOf(NetworkSpec spec, Class<? extends LayerSpec> type) {
        for (int i = 0; i < spec.layers().size(); i++) if (type.isInstance(spec.layers().get(i))) return i;
        throw new IllegalStateException("spec has no " + type.getSimpleName());
    }

    /** √(count·2/(fanIn + fanOut)): the expected norm of a XAVIER draw of a dense {nIn, nOut} matrix. */
    static double xavierNorm(int nIn, int nOut) {
        return Math.sqrt((double) nIn * nOut * 2.0 / (nIn + nOut));
    }

    @Override
    public RunRecord run(RunConfig config, RunEnvironment env) {
        return run(config, env, sizes(env.profile()));
    }

    RunRecord run(RunConfig config, RunEnvironment env, Setup s) {
        long t0 = System.nanoTime();
        String init = config.stringParam("init");
        boolean bn = Boolean.parseBoolean(String.valueOf(config.param("batchNorm")));
        double lr = config.doubleParam("lr");
        NetworkSpec spec = spec(init, bn, lr, config.seed(), s);
        ParameterLayout layout = ParameterLayout.of(spec);
        int dense = indexOf(spec, DenseLayerSpec.class);
        int out = indexOf(spec, OutputLayerSpec.class);
        int conv = indexOf(spec, ConvolutionLayerSpec.class);
        int[] denseShape = layout.block(dense, "W").shape();
        int[] outShape = layout.block(out, "W").shape();
        int[] convShape = layout.block(conv, "W").shape();
        double convFanIn = convShape[1] * convShape[2] * convShape[3];
        double convFanOut = convShape[0] * convShape[2] * convShape[3];
        List<CnnLayerProbe.Watched> watched = List.of(
                new CnnLayerProbe.Watched("Conv", conv, Math.sqrt(layout.block(conv, "W").length() * 2.0 / (convFanIn + convFanOut))),
                new CnnLayerProbe.Watched("Dense", dense, xavierNorm(denseShape[0], denseShape[1])),
                new CnnLayerProbe.Watched("Out", out, xavierNorm(outShape[0], outShape[1])));
        Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass, 1000 + config.seed());
        Dataset eval = Subsets.stratified(env.mnistTest(), s.evalPerClass, 2000);
        Dataset probe = Subsets.stratified(env.mnistTrain(), s.probePerClass, 4000);
        int epochs = (int) Math.ceil((double) s.steps * s.batch / train.size());
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), s.batch, epochs, 3000 + config.seed()).first(s.steps);
        TrainingProtocol protocol = new TrainingProtocol(train, order, eval, s.checkpointEvery);
        Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
        double[] coreInitial = null;
        for (Implementation impl : env.implementations()) {
            long s0 = System.nanoTime();
            try {
                TwinNetwork net = impl == Implementation.CORE ? CoreTwin.initialise(spec) : Dl4jTwin.initialise(spec);
                if (init.equals("identity")) net.setParameters(identityKernels(net.parameters(), layout));
                if (impl == Implementation.CORE) coreInitial = net.parameters();
                CnnLayerProbe p = new CnnLayerProbe(layout, watched, probe, lr, conv, dense, out);
                TrainingLog log = protocol.run(net, p);
                Map<String, Double> scalars = new LinkedHashMap<>();
                scalars.put("finalEvalAccuracy", log.finalEvalAccuracy());
                scalars.put("finalEvalLoss", log.finalEvalLoss());
                scalars.put("steps", (double) log.steps());
                Map<String, Series> series = new LinkedHashMap<>(log.series());
                p.record(scalars, series);
                sides.put(impl, new SideRecord(log.status(), log.divergedAtStep(), null, scalars, series, seconds(s0)));
            } catch (RuntimeException | LinkageError e) {
                sides.put(impl, SideRecord.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), seconds(s0)));
            }
        }
        ParityRecord parity = null;
        if (coreInitial != null && env.implementations().contains(Implementation.DL4J)) {
            try {
                parity = ExactParity.check(spec, coreInitial, train, order, 20);
            } catch (RuntimeException | LinkageError e) {
                parity = new ParityRecord(0, spec.precision().jsonName(), Double.NaN, Double.NaN, Double.NaN);
            }
        }
        return new RunRecord(config, sides, parity, seconds(t0));
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    // ---------------------------------------------------------------- verdicts

    @Override
    public List<ClaimResult> evaluate(List<RunRecord> runs, Profile profile) {
        Setup s = sizes(profile);
        List<ClaimResult> out = new ArrayList<>();
        out.add(both(BARELY_MOVE, impl -> barelyMove(runs, s, impl)));
        out.add(both(UPDATE_ORDER, impl -> updateOrder(runs, s, impl)));
        out.add(both(FIRST_LARGER, impl -> firstLarger(runs, s, impl)));
        out.add(both(VANISHING, impl -> vanishing(runs, s, impl)));
        out.add(both(ZERO_FC, impl -> zeroFc(runs, s, impl)));
        out.add(both(CHANNELS, impl -> channels(runs, s, impl)));
        out.add(both(BN_RANDOM, impl -> batchNorm(runs, s, List.of("xavier"), impl)));
        out.add(both(BN_ASKER, impl -> batchNorm(runs, s, ASKER_READINGS, impl)));
        return out;
    }

    private static ClaimResult both(ClaimSpec spec, java.util.function.Function<Implementation, Judgement> rule) {
        return ClaimResult.of(spec, rule.apply(Implementation.CORE), rule.apply(Implementation.DL4J));
    }

    private static Runs.Summary med(List<RunRecord> runs, String config, Implementation impl, String scalar) {
        return Runs.median(runs, config, impl, side -> side.scalarOr(scalar, Double.NaN));
    }

    private static double median(List<RunRecord> runs, String config, Implementation impl, String scalar) {
        return med(runs, config, impl, scalar).median();
    }

    /** Sides of a configuration that finished (ok or diverged). */
    private static List<SideRecord> finished(List<RunRecord> runs, String config, Implementation impl) {
        List<SideRecord> out = new ArrayList<>();
        for (RunRecord r : Runs.of(runs, config)) {
            SideRecord side = r.sides().get(impl);
            if (side != null && side.status().measured()) out.add(side);
        }
        return out;
    }

    /** The worst (largest, NaN winning) value of a scalar over sides; NaN when there is none. */
    private static double worst(List<SideRecord> sides, String scalar) {
        double w = Double.NEGATIVE_INFINITY;
        for (SideRecord side : sides) {
            double v = side.scalarOr(scalar, Double.NaN);
            if (Double.isNaN(v)) return Double.NaN;
            w = Math.max(w, v);
        }
        return sides.isEmpty() ? Double.NaN : w;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static Judgement barelyMove(List<RunRecord> runs, Setup s, Implementation impl) {
        StringBuilder ev = new StringBuilder();
        boolean any = false;
        boolean anyData = false;
        for (double lr : s.lrs) {
            for (String reading : ASKER_READINGS) {
                String c = configId(reading, false, lr);
                Runs.Summary drop = Runs.median(runs, c, impl, Runs::relativeEvalLossDecrease);
                if (drop.count() == 0) continue;
                anyData = true;
                double conv = median(runs, c, impl, "finalChangeConv");
                double dense = median(runs, c, impl, "finalChangeDense");
                double outL = median(runs, c, impl, "finalChangeOut");
                boolean holds = drop.median() >= LOSS_FALLS && conv < BARELY && dense < BARELY && outL < BARELY;
                any |= holds;
                ev.append(String.format(Locale.ROOT, "%s: test loss fell %.1f%%, change conv %s, dense %s (abs %s), out %s (abs %s)%s; ",
                        c, 100 * drop.median(), fmt(conv), fmt(dense), fmt(median(runs, c, impl, "finalAbsChangeDense")), fmt(outL),
                        fmt(median(runs, c, impl, "finalAbsChangeOut")), holds ? " (holds)" : ""));
            }
            String x = configId("xavier", false, lr);
            if (med(runs, x, impl, "finalChangeConv").count() > 0) {
                ev.append(String.format(Locale.ROOT, "contrast %s: test loss fell %.1f%%, change conv %s, dense %s, out %s; ", x,
                        100 * Runs.median(runs, x, impl, Runs::relativeEvalLossDecrease).median(), fmt(median(runs, x, impl, "finalChangeConv")),
                        fmt(median(runs, x, impl, "finalChangeDense")), fmt(median(runs, x, impl, "finalChangeOut"))));
            }
        }
        if (!anyData) return Judgement.inconclusive("no finished run with the asker's init");
        return Judgement.of(any, ev.toString().trim());
    }

    private static boolean about(double value, double target) {
        return value >= target / HALF_DECADE && value <= target * HALF_DECADE;
    }

    private static Judgement updateOrder(List<RunRecord> runs, Setup s, Implementation impl) {
        String c = configId("xavier", false, s.lrs[0]);
        if (med(runs, c, impl, "medianUpdateRatioConv").count() == 0) return Judgement.inconclusive("no finished " + c + " run");
        double relConv = median(runs, c, impl, "medianUpdateRatioConv");
        double relOut = median(runs, c, impl, "medianUpdateRatioOut");
        double absConv = median(runs, c, impl, "medianMeanAbsUpdateConv");
        double absOut = median(runs, c, impl, "medianMeanAbsUpdateOut");
        boolean rel = about(relConv, 1e-3) && about(relOut, 1e-4);
        boolean abs = about(absConv, 1e-3) && about(absOut, 1e-4);
        StringBuilder ev = new StringBuilder();
        for (double lr : s.lrs) {
            String k = configId("xavier", false, lr);
            if (med(runs, k, impl, "medianUpdateRatioConv").count() == 0) continue;
            ev.append(String.format(Locale.ROOT, "%s: relative lr*||g||/||W|| conv %s, dense %s, out %s; absolute lr*mean|g| conv %s, "
                            + "dense %s, out %s; ", k, fmt(median(runs, k, impl, "medianUpdateRatioConv")),
                    fmt(median(runs, k, impl, "medianUpdateRatioDense")), fmt(median(runs, k, impl, "medianUpdateRatioOut")),
                    fmt(median(runs, k, impl, "medianMeanAbsUpdateConv")), fmt(median(runs, k, impl, "medianMeanAbsUpdateDense")),
                    fmt(median(runs, k, impl, "medianMeanAbsUpdateOut"))));
        }
        ev.append("judged at ").append(c).append(rel ? ": the relative reading matches" : abs ? ": the absolute reading matches"
                : ": neither reading matches");
        return Judgement.of(rel || abs, ev.toString());
    }

    private static Judgement firstLarger(List<RunRecord> runs, Setup s, Implementation impl) {
        StringBuilder ev = new StringBuilder();
        int larger = 0;
        int smaller = 0;
        for (double lr : s.lrs) {
            String k = configId("xavier", false, lr);
            Runs.Summary kc = med(runs, k, impl, "medianUpdateRatioConv");
            Runs.Summary ko = med(runs, k, impl, "medianUpdateRatioOut");
            if (kc.count() == 0 || ko.count() == 0) return Judgement.inconclusive("no finished " + k + " run");
            if (kc.median() > ko.median()) larger++;
            else smaller++;
            int seedsLarger = 0;
            List<SideRecord> sides = finished(runs, k, impl);
            for (SideRecord side : sides) {
                if (side.scalarOr("medianUpdateRatioConv", Double.NaN) > side.scalarOr("medianUpdateRatioOut", Double.NaN)) seedsLarger++;
            }
            ev.append(String.format(Locale.ROOT, "%s: relative update conv %s vs output %s (ratio %s; conv larger in %d of %d seeds); ",
                    k, fmt(kc.median()), fmt(ko.median()), fmt(kc.median() / ko.median()), seedsLarger, sides.size()));
        }
        String evidence = ev.toString().trim();
        if (smaller == 0) return Judgement.of(true, evidence);
        if (larger == 0) return Judgement.of(false, evidence);
        return Judgement.inconclusive(evidence + " the direction depends on the learning rate");
    }

    private static Judgement vanishing(List<RunRecord> runs, Setup s, Implementation impl) {
        StringBuilder ev = new StringBuilder();
        boolean all = true;
        for (String reading : ASKER_READINGS) {
            String c = configId(reading, false, s.lrs[0]);
            if (med(runs, c, impl, "medianGradRmsConv").count() == 0) return Judgement.inconclusive("no finished " + c + " run");
            double conv = median(runs, c, impl, "medianGradRmsConv");
            double outL = median(runs, c, impl, "medianGradRmsOut");
            boolean holds = conv * VANISHING_FACTOR <= outL;
            all &= holds;
            ev.append(String.format(Locale.ROOT, "%s: gradient RMS conv %s vs output %s (output/conv %s; at step 0 conv %s); ", c,
                    fmt(conv), fmt(outL), fmt(outL / conv), fmt(median(runs, c, impl, "initGradRmsConv"))));
        }
        String x = configId("xavier", false, s.lrs[0]);
        if (med(runs, x, impl, "medianGradRmsConv").count() > 0) {
            ev.append(String.format(Locale.ROOT, "contrast %s: conv %s vs output %s", x, fmt(median(runs, x, impl, "medianGradRmsConv")),
                    fmt(median(runs, x, impl, "medianGradRmsOut"))));
        }
        return Judgement.of(all, ev.toString().trim());
    }

    private static Judgement zeroFc(List<RunRecord> runs, Setup s, Implementation impl) {
        StringBuilder ev = new StringBuilder();
        boolean identical = true;
        boolean fallsSomewhere = false;
        for (double lr : s.lrs) {
            String x = configId("xavier", false, lr);
            Runs.Summary random = Runs.median(runs, x, impl, Runs::finalAccuracy);
            if (random.count() == 0) return Judgement.inconclusive("no finished " + x + " run");
            boolean fallsHere = true;
            for (String reading : ASKER_READINGS) {
                String c = configId(reading, false, lr);
                List<SideRecord> sides = finished(runs, c, impl);
                if (sides.isEmpty()) return Judgement.inconclusive("no finished " + c + " run");
                double spread = worst(sides, "maxRelativeUnitSpread");
                double drop = Runs.median(runs, c, impl, Runs::relativeEvalLossDecrease).median();
                double acc = Runs.median(runs, c, impl, Runs::finalAccuracy).median();
                identical &= spread <= ROUND_OFF;
                fallsHere &= drop >= LOSS_FALLS && acc <= random.median() - 0.1;
                ev.append(String.format(Locale.ROOT, "%s: worst relative unit spread %s (absolute %s), test loss fell %.1f%%, accuracy %.3f; ",
                        c, spread == 0 ? "exactly 0" : fmt(spread), fmt(worst(sides, "maxUnitSpread")), 100 * drop, acc));
            }
            fallsSomewhere |= fallsHere;
            ev.append(String.format(Locale.ROOT, "%s accuracy %.3f; ", x, random.median()));
        }
        return Judgement.of(identical && fallsSomewhere, ev.toString().trim());
    }

    private static Judgement channels(List<RunRecord> runs, Setup s, Implementation impl) {
        StringBuilder ev = new StringBuilder();
        boolean all = true;
        for (double lr : s.lrs) {
            for (boolean bn : new boolean[] {false, true}) {
                for (String reading : ASKER_READINGS) {
                    String c = configId(reading, bn, lr);
                    List<SideRecord> sides = finished(runs, c, impl);
                    if (sides.isEmpty()) return Judgement.inconclusive("no finished " + c + " run");
                    double spread = worst(sides, "maxRelativeChannelSpread");
                    all &= spread <= ROUND_OFF;
                    ev.append(c).append(": ").append(spread == 0 ? "exactly 0" : fmt(spread)).append("; ");
                }
            }
        }
        String x = configId("xavier", false, s.lrs[0]);
        List<SideRecord> xs = finished(runs, x, impl);
        if (!xs.isEmpty()) ev.append("contrast ").append(x).append(": ").append(fmt(worst(xs, "maxRelativeChannelSpread")));
        return Judgement.of(all, "worst relative channel spread " + ev.toString().trim());
    }

    private static Judgement batchNorm(List<RunRecord> runs, Setup s, List<String> inits, Implementation impl) {
        StringBuilder ev = new StringBuilder();
        boolean all = true;
        for (String init : inits) {
            String plain = configId(init, false, s.lrs[0]);
            String withBn = configId(init, true, s.lrs[0]);
            Runs.Summary g = med(runs, plain, impl, "medianGradRmsConv");
            Runs.Summary gBn = med(runs, withBn, impl, "medianGradRmsConv");
            if (g.count() == 0 || gBn.count() == 0) return Judgement.inconclusive("no finished " + plain + " or " + withBn + " run");
            double loss = Runs.median(runs, plain, impl, CnnWeightChange::finalLoss).median();
            double lossBn = Runs.median(runs, withBn, impl, CnnWeightChange::finalLoss).median();
            boolean holds = gBn.median() >= BN_GRADIENT_FACTOR * g.median() && lossBn < loss;
            all &= holds;
            ev.append(String.format(Locale.ROOT, "%s: conv gradient RMS %s with batch norm vs %s without (x%s), final test loss %.4f vs %.4f, "
                            + "accuracy %.3f vs %.3f; ", init, fmt(gBn.median()), fmt(g.median()), fmt(gBn.median() / g.median()), lossBn, loss,
                    Runs.median(runs, withBn, impl, Runs::finalAccuracy).median(), Runs.median(runs, plain, impl, Runs::finalAccuracy).median()));
        }
        return Judgement.of(all, ev.toString().trim());
    }

    /** Final test loss; a diverged run counts as Double.MAX_VALUE (never "lower"). */
    static double finalLoss(SideRecord side) {
        double l = side.scalarOr("finalEvalLoss", Double.NaN);
        return Double.isFinite(l) ? l : Double.MAX_VALUE;
    }
}
