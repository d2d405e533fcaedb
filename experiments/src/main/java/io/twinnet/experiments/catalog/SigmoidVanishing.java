package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.ClaimSpec;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Judgement;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.CoreTwin;
import io.twinnet.experiments.lab.Dl4jTwin;
import io.twinnet.experiments.lab.Stats;
import io.twinnet.experiments.lab.TrainingProtocol;
import io.twinnet.experiments.lab.TwinNetwork;
import io.twinnet.experiments.lab.TwinRun;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 001: "the derivative with respect to the first layer's weights is a product of one factor
 * per later layer; the sigmoid's derivative is at most 0.25, so ten layers shrink it like 0.25¹⁰;
 * ReLU lets deep nets train end to end."
 *
 * <p>Two kinds of run. <b>At initialisation</b>, for each activation (sigmoid, tanh, ReLU) and
 * init (N(0, std 0.01), XAVIER, LECUN_NORMAL, RELU), MNIST MLPs of every depth in the profile are
 * built fresh and measured:
 * <ul>
 *   <li>‖∂L/∂W₁‖ (Frobenius norm of the first layer's mean gradient over a minibatch) against the
 *   depth; its per-layer factor is exp(slope) of a least-squares line through ln‖∂L/∂W₁‖ against
 *   depth;</li>
 *   <li>the backpropagated signal δ_l = ∂L/∂z_l (the gradient with respect to layer l's
 *   pre-activation), read exactly as layer l's bias gradient when the gradient is taken on one
 *   example. Backpropagation gives δ_{l−1} = (W_l δ_l) ⊙ f′(z_{l−1}), so
 *   ‖δ_{l−1}‖ ≤ max|f′| · ‖W_l‖₂ · ‖δ_l‖ — with max σ′ = 0.25 for the sigmoid, 1 for tanh and
 *   ReLU. The ratio ‖δ_{l−1}‖ / (max|f′| · ‖W_l‖₂ · ‖δ_l‖) is measured on every example, layer
 *   and depth; it must never exceed 1. The seed's bare "0.25 per layer" leaves out ‖W_l‖₂:
 *   the evidence shows both.</li>
 * </ul>
 * <b>Training</b>: the deepest sigmoid net (XAVIER) against a ReLU net of the same depth (He) and
 * a 2-hidden-layer sigmoid control, SGD on an MNIST subset at each learning rate of a small grid;
 * each net is judged at its best learning rate.
 */
public final class SigmoidVanishing implements RunnableExperiment {

    static final String ID = "sigmoid-vanishing";

    static final ClaimSpec SHRINKS = new ClaimSpec("sigmoid-first-layer-gradient-shrinks",
            "Under sigmoid, the first layer's gradient norm shrinks geometrically with depth",
            "for every sigmoid init (N(0, std 0.01), XAVIER, LECUN_NORMAL), the median over seeds of the per-layer factor "
                    + "(exp of the slope of ln‖dL/dW1‖ against depth) is below 1 and ‖dL/dW1‖ at the largest depth is below "
                    + "1e-2 times its value at the smallest depth");
    static final ClaimSpec BOUND = new ClaimSpec("sigmoid-bound-0.25-times-norm",
            "Per sigmoid layer, the backpropagated signal shrinks by at least the factor 0.25·‖W‖₂ (σ′ ≤ 0.25)",
            "in every sigmoid run, on every example, depth and layer, ‖δ_(l−1)‖ / ‖δ_l‖ ≤ 0.25·‖W_l‖₂ "
                    + "(ratio to the bound at most 1 + 1e-9; ‖W_l‖₂ by power iteration)");
    static final ClaimSpec RELU_KEEPS = new ClaimSpec("relu-he-keeps-first-layer-gradient",
            "ReLU with He (RELU) init keeps the first layer's gradient from vanishing with depth",
            "the median over seeds of the per-layer factor of ‖dL/dW1‖ for ReLU + RELU init lies in [0.8, 1.25] (theory: 1)");
    static final ClaimSpec TRAINING = new ClaimSpec("deep-sigmoid-fails-where-relu-trains",
            "A deep sigmoid net fails to train where a ReLU net of the same depth trains",
            "at the largest depth, at its best learning rate of the grid, the median final test accuracy of the sigmoid (XAVIER) "
                    + "net is below 0.5 and that of the ReLU (He) net is at least 0.8");

    /** Activation × init pairs measured at initialisation. */
    private static final List<String> ACTIVATIONS = List.of("sigmoid", "tanh", "relu");
    private static final Map<String, WeightInit> INITS = new LinkedHashMap<>();
    static {
        INITS.put("n0.01", WeightInit.normal(0, 0.01));
        INITS.put("xavier", WeightInit.xavier());
        INITS.put("lecun", WeightInit.of(InitScheme.LECUN_NORMAL));
        INITS.put("he", WeightInit.relu());
    }

    /**
     * Sizes of one profile.
     *
     * @param width           hidden units per layer
     * @param minDepth        smallest number of hidden layers
     * @param maxDepth        largest number of hidden layers (also the depth of the deep training runs)
     * @param gradientBatch   examples whose mean gradient gives ‖dL/dW1‖
     * @param signalExamples  examples on which δ is measured one at a time
     * @param trainPerClass   training images per class (0: all)
     * @param evalPerClass    test images per class (0: all)
     * @param batch           SGD minibatch
     * @param epochs          passes over the training subset
     * @param checkpointEvery steps between checkpoints
     * @param learningRates   the grid each training net is judged at its best of
     * @param seeds           default seed count
     */
    record Setup(int width, int minDepth, int maxDepth, int gradientBatch, int signalExamples, int trainPerClass,
                 int evalPerClass, int batch, int epochs, int checkpointEvery, double[] learningRates, int seeds) {
    }

    static Setup sizes(Profile p) {
        return p == Profile.QUICK
                ? new Setup(64, 2, 10, 256, 8, 300, 100, 20, 3, 75, new double[] {0.03, 0.1, 0.3}, 2)
                : new Setup(100, 2, 10, 1000, 32, 0, 0, 20, 2, 500, new double[] {0.01, 0.03, 0.1, 0.3, 1.0}, 3);
    }

    @Override
    public String id() {
        return ID;
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
    public String setup(Profile profile) {
        Setup s = sizes(profile);
        return "MNIST MLPs with " + s.minDepth + "…" + s.maxDepth + " hidden layers of " + s.width + " units and a softmax "
                + "output (cross-entropy), biases 0 (DL4J's default). At initialisation, for sigmoid, tanh and ReLU with "
                + "N(0, std 0.01), XAVIER, LECUN_NORMAL and RELU (He) init: ‖dL/dW1‖ of the mean gradient over "
                + s.gradientBatch + " training images at every depth, and the backpropagated signal δ_l = dL/dz_l (the bias "
                + "gradient of a one-example gradient) on " + s.signalExamples + " images against the bound "
                + "max|f′|·‖W_l‖₂ per layer (σ′ ≤ 0.25; the seed's bare 0.25 omits ‖W_l‖₂). Training: " + s.maxDepth
                + " hidden layers sigmoid (XAVIER) vs ReLU (He), and a 2-hidden-layer sigmoid control, SGD with minibatch "
                + s.batch + " for " + s.epochs + " epoch(s) over " + (s.trainPerClass > 0 ? 10 * s.trainPerClass : 60000)
                + " training images at lr " + java.util.Arrays.toString(s.learningRates) + " (each judged at its best lr), "
                + "tested on " + (s.evalPerClass > 0 ? 10 * s.evalPerClass : 10000) + " test images.";
    }

    @Override
    public List<ClaimSpec> claims() {
        return List.of(SHRINKS, BOUND, RELU_KEEPS, TRAINING);
    }

    static String initConfig(String activation, String init) {
        return "init-" + activation + "-" + init;
    }

    static String trainConfig(String activation, int depth, double lr) {
        return "train-" + activation + "-d" + depth + "-lr" + lr;
    }

    @Override
    public List<RunConfig> configurations(Profile profile, int seeds) {
        Setup s = sizes(profile);
        int n = seeds > 0 ? seeds : s.seeds;
        List<RunConfig> grid = new ArrayList<>();
        for (int seed = 1; seed <= n; seed++) {
            for (String act : ACTIVATIONS) {
                for (String init : INITS.keySet()) {
                    grid.add(new RunConfig(ID, initConfig(act, init), seed,
                            Map.of("kind", "init", "activation", act, "init", init)));
                }
            }
            for (double lr : s.learningRates) {
                grid.add(train("sigmoid", s.maxDepth, lr, seed));
                grid.add(train("relu", s.maxDepth, lr, seed));
                grid.add(train("sigmoid", s.minDepth, lr, seed));
            }
        }
        return grid;
    }

    private static RunConfig train(String activation, int depth, double lr, long seed) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", "train");
        p.put("activation", activation);
        p.put("init", activation.equals("relu") ? "he" : "xavier");
        p.put("depth", depth);
        p.put("lr", lr);
        return new RunConfig(ID, trainConfig(activation, depth, lr), seed, p);
    }

    static Activation activation(String name) {
        return switch (name) {
            case "sigmoid" -> Activation.SIGMOID;
            case "tanh" -> Activation.TANH;
            case "relu" -> Activation.RELU;
            default -> throw new IllegalArgumentException("activation: unknown '" + name + "'");
        };
    }

    /** max |f′|: 1/4 for the sigmoid (at 0), 1 for tanh (at 0) and ReLU. */
    static double maxDerivative(ActivationKind kind) {
        return switch (kind) {
            case SIGMOID -> 0.25;
            case TANH, RELU -> 1.0;
            default -> throw new IllegalArgumentException("no derivative bound for " + kind);
        };
    }

    static NetworkSpec spec(int depth, int width, Activation act, WeightInit init, double lr, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(784)).name(ID + "-d" + depth).learningRate(lr).seed(seed);
        for (int l = 0; l < depth; l++) b.layer(DenseLayerSpec.of(width, act, init));
        b.layer(OutputLayerSpec.of(10, Activation.SOFTMAX, LossFunction.MCXENT, init));
        return b.build();
    }

    @Override
    public RunRecord run(RunConfig config, RunEnvironment env) {
        return run(config, env, sizes(env.profile()));
    }

    RunRecord run(RunConfig config, RunEnvironment env, Setup s) {
        if (config.stringParam("kind").equals("init")) return atInit(config, env, s);
        Activation act = activation(config.stringParam("activation"));
        NetworkSpec spec = spec(config.intParam("depth"), s.width, act, INITS.get(config.stringParam("init")),
                config.doubleParam("lr"), config.seed());
        Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass, 1000 + config.seed());
        Dataset eval = Subsets.stratified(env.mnistTest(), s.evalPerClass, 2000);
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), s.batch, s.epochs, 3000 + config.seed());
        TrainingProtocol protocol = new TrainingProtocol(train, order, eval, s.checkpointEvery);
        return TwinRun.train(config, env.implementations(), spec, train, order, protocol, 20, null);
    }

    /** The measurements at initialisation for one activation × init, every depth, both sides. */
    private RunRecord atInit(RunConfig config, RunEnvironment env, Setup s) {
        long t0 = System.nanoTime();
        Activation act = activation(config.stringParam("activation"));
        WeightInit init = INITS.get(config.stringParam("init"));
        Dataset batch = Subsets.stratified(env.mnistTrain(), Math.max(1, s.gradientBatch / 10), 6000 + config.seed());
        Dataset single = batch.rows(java.util.stream.IntStream.range(0, Math.min(s.signalExamples, batch.size())).toArray());
        double fmax = maxDerivative(act.kind());
        Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
        for (Implementation impl : env.implementations()) {
            long s0 = System.nanoTime();
            try {
                int depths = s.maxDepth - s.minDepth + 1;
                double[] depthAxis = new double[depths];
                double[] firstLayerNorm = new double[depths];
                double worstToBound = 0;
                double worstToFrobeniusBound = 0;
                List<Double> ratios = new ArrayList<>();
                List<Double> bounds = new ArrayList<>();
                double[] deepestRatio = null;
                double[] deepestBound = null;
                double[] deepestLayerNorm = null;
                for (int d = s.minDepth; d <= s.maxDepth; d++) {
                    NetworkSpec spec = spec(d, s.width, act, init, 0.01, config.seed() * 100 + d);
                    ParameterLayout layout = ParameterLayout.of(spec);
                    TwinNetwork net = impl == Implementation.CORE ? CoreTwin.initialise(spec) : Dl4jTwin.initialise(spec);
                    double[] params = net.parameters();
                    net.computeGradient(batch.features(), batch.labels(), batch.size());
                    double[] grad = net.gradient();
                    double[] layerNorm = new double[d + 1];
                    for (int l = 0; l <= d; l++) {
                        ParameterBlock w = layout.block(l, "W");
                        layerNorm[l] = Stats.norm(grad, w.offset(), w.length()) / batch.size();
                    }
                    firstLayerNorm[d - s.minDepth] = layerNorm[0];
                    depthAxis[d - s.minDepth] = d;
                    // spectral and Frobenius norms of W_l for l = 1..d (the matrices δ passes back through)
                    double[] spectral = new double[d + 1];
                    double[] frobenius = new double[d + 1];
                    for (int l = 1; l <= d; l++) {
                        ParameterBlock w = layout.block(l, "W");
                        double[] wl = w.copyFrom(params);
                        spectral[l] = SpectralNorm.of(wl, w.shape()[0], w.shape()[1]);
                        frobenius[l] = SpectralNorm.frobenius(wl);
                    }
                    double[][] perLayerRatios = new double[d + 1][];
                    for (int l = 1; l <= d; l++) perLayerRatios[l] = new double[single.size()];
                    for (int e = 0; e < single.size(); e++) {
                        Dataset one = single.rows(new int[] {e});
                        net.computeGradient(one.features(), one.labels(), 1);
                        double[] g = net.gradient();
                        for (int l = 1; l <= d; l++) {
                            ParameterBlock bPrev = layout.block(l - 1, "b");
                            ParameterBlock bHere = layout.block(l, "b");
                            double below = Stats.norm(g, bPrev.offset(), bPrev.length());
                            double above = Stats.norm(g, bHere.offset(), bHere.length());
                            double ratio = above == 0 ? Double.NaN : below / above;
                            perLayerRatios[l][e] = ratio;
                            if (Double.isFinite(ratio)) {
                                double bound = fmax * spectral[l];
                                worstToBound = Math.max(worstToBound, ratio / bound);
                                worstToFrobeniusBound = Math.max(worstToFrobeniusBound, ratio / (fmax * frobenius[l]));
                                ratios.add(ratio);
                                bounds.add(bound);
                            }
                        }
                    }
                    if (d == s.maxDepth) {
                        deepestRatio = new double[d];
                        deepestBound = new double[d];
                        for (int l = 1; l <= d; l++) {
                            deepestRatio[l - 1] = Stats.median(perLayerRatios[l]);
                            deepestBound[l - 1] = fmax * spectral[l];
                        }
                        deepestLayerNorm = layerNorm;
                    }
                }
                double[] lnNorm = new double[depths];
                for (int i = 0; i < depths; i++) lnNorm[i] = Math.log(firstLayerNorm[i]);
                double slope = slope(depthAxis, lnNorm);
                Map<String, Double> scalars = new LinkedHashMap<>();
                scalars.put("firstLayerFactor", Math.exp(slope));
                scalars.put("firstLayerRatioDeepestToShallowest", firstLayerNorm[depths - 1] / firstLayerNorm[0]);
                scalars.put("firstLayerNormShallowest", firstLayerNorm[0]);
                scalars.put("firstLayerNormDeepest", firstLayerNorm[depths - 1]);
                scalars.put("maxRatioToSpectralBound", worstToBound);
                scalars.put("maxRatioToFrobeniusBound", worstToFrobeniusBound);
                scalars.put("medianSignalFactor", Stats.median(ratios.stream().mapToDouble(Double::doubleValue).toArray()));
                scalars.put("medianBoundFactor", Stats.median(bounds.stream().mapToDouble(Double::doubleValue).toArray()));
                scalars.put("signalRatiosChecked", (double) ratios.size());
                Map<String, Series> series = new LinkedHashMap<>();
                series.put("firstLayerGradientNorm", new Series(depthAxis, firstLayerNorm));
                double[] layerAxis = new double[s.maxDepth];
                for (int l = 0; l < s.maxDepth; l++) layerAxis[l] = l + 1;
                series.put("deepestSignalFactor", new Series(layerAxis, deepestRatio));
                series.put("deepestSignalBound", new Series(layerAxis, deepestBound));
                double[] layerAxisWithOutput = new double[s.maxDepth + 1];
                for (int l = 0; l <= s.maxDepth; l++) layerAxisWithOutput[l] = l + 1;
                series.put("deepestWeightGradientNorm", new Series(layerAxisWithOutput, deepestLayerNorm));
                boolean finite = Stats.allFinite(firstLayerNorm);
                sides.put(impl, new SideRecord(finite ? RunStatus.FINISHED : RunStatus.DIVERGED, finite ? -1 : 0, null, scalars,
                        series, Runs.secondsSince(s0)));
            } catch (RuntimeException | LinkageError e) {
                sides.put(impl, SideRecord.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), Runs.secondsSince(s0)));
            }
        }
        return new RunRecord(config, sides, null, Runs.secondsSince(t0));
    }

    /** Least-squares slope of y against x (finite points only). */
    static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(y[i])) {
                mx += x[i];
                my += y[i];
                n++;
            }
        }
        if (n < 2) return Double.NaN;
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(y[i])) {
                sxy += (x[i] - mx) * (y[i] - my);
                sxx += (x[i] - mx) * (x[i] - mx);
            }
        }
        return sxy / sxx;
    }

    @Override
    public List<ClaimResult> evaluate(List<RunRecord> runs, Profile profile) {
        return Runs.judgeEach(claims(), (claim, impl) -> judge(claim, runs, impl));
    }

    private Judgement judge(ClaimSpec claim, List<RunRecord> runs, Implementation impl) {
        if (claim == SHRINKS) return shrinks(runs, impl);
        if (claim == BOUND) return bound(runs, impl);
        if (claim == RELU_KEEPS) return reluKeeps(runs, impl);
        return training(runs, impl);
    }

    private static Judgement shrinks(List<RunRecord> runs, Implementation impl) {
        boolean holds = true;
        StringBuilder ev = new StringBuilder();
        for (String init : List.of("n0.01", "xavier", "lecun")) {
            String c = initConfig("sigmoid", init);
            Runs.Summary factor = Runs.medianScalar(runs, c, impl, "firstLayerFactor");
            Runs.Summary ratio = Runs.medianScalar(runs, c, impl, "firstLayerRatioDeepestToShallowest");
            Runs.Summary bound = Runs.medianScalar(runs, c, impl, "medianBoundFactor");
            if (factor.count() == 0 || !Double.isFinite(factor.median())) return Judgement.inconclusive("no finished run of " + c);
            holds &= factor.median() < 1 && ratio.median() < 1e-2;
            ev.append(String.format("%s: factor/layer %.3g (0.25·‖W‖₂ %.3g; seed's 0.25), deepest/shallowest %.2e; ",
                    init, factor.median(), bound.median(), ratio.median()));
        }
        return Judgement.of(holds, ev.toString().trim());
    }

    private static Judgement bound(List<RunRecord> runs, Implementation impl) {
        double worst = 0;
        double checked = 0;
        int found = 0;
        StringBuilder ev = new StringBuilder();
        for (String init : INITS.keySet()) {
            for (RunRecord r : Runs.of(runs, initConfig("sigmoid", init))) {
                SideRecord s = r.sides().get(impl);
                if (s == null || !s.ok()) continue;
                found++;
                worst = Math.max(worst, s.scalar("maxRatioToSpectralBound"));
                checked += s.scalar("signalRatiosChecked");
            }
            Runs.Summary sig = Runs.medianScalar(runs, initConfig("sigmoid", init), impl, "medianSignalFactor");
            Runs.Summary bnd = Runs.medianScalar(runs, initConfig("sigmoid", init), impl, "medianBoundFactor");
            ev.append(String.format("%s: median ‖δ_(l−1)‖/‖δ_l‖ %.3g vs 0.25·‖W‖₂ %.3g; ", init, sig.median(), bnd.median()));
        }
        if (found == 0) return Judgement.inconclusive("no finished sigmoid run");
        return Judgement.of(worst <= 1 + 1e-9,
                String.format("worst ratio to bound %.4f over %.0f layer×example checks; ", worst, checked) + ev.toString().trim());
    }

    private static Judgement reluKeeps(List<RunRecord> runs, Implementation impl) {
        Runs.Summary he = Runs.medianScalar(runs, initConfig("relu", "he"), impl, "firstLayerFactor");
        if (he.count() == 0 || !Double.isFinite(he.median())) return Judgement.inconclusive("no finished ReLU + He run");
        Runs.Summary xa = Runs.medianScalar(runs, initConfig("relu", "xavier"), impl, "firstLayerFactor");
        Runs.Summary sg = Runs.medianScalar(runs, initConfig("sigmoid", "xavier"), impl, "firstLayerFactor");
        Runs.Summary ratio = Runs.medianScalar(runs, initConfig("relu", "he"), impl, "firstLayerRatioDeepestToShallowest");
        return Judgement.of(he.median() >= 0.8 && he.median() <= 1.25,
                String.format("factor/layer ReLU+He %.3f (deepest/shallowest %.3f); ReLU+XAVIER %.3f; sigmoid+XAVIER %.3f",
                        he.median(), ratio.median(), xa.median(), sg.median()));
    }

    /** The best (over the learning-rate grid) median final accuracy of one training net. */
    private static double[] bestAccuracy(List<RunRecord> runs, Implementation impl, String activation, int depth) {
        double best = Double.NaN;
        double bestLr = Double.NaN;
        for (RunRecord r : runs) {
            RunConfig c = r.config();
            if (!c.params().getOrDefault("kind", "").equals("train")) continue;
            if (!c.stringParam("activation").equals(activation) || c.intParam("depth") != depth) continue;
            Runs.Summary acc = Runs.median(runs, c.config(), impl, Runs::finalAccuracy);
            if (acc.count() > 0 && !(acc.median() <= best)) {
                best = acc.median();
                bestLr = c.doubleParam("lr");
            }
        }
        return new double[] {best, bestLr};
    }

    private static Judgement training(List<RunRecord> runs, Implementation impl) {
        int deepest = 0;
        int shallowest = Integer.MAX_VALUE;
        for (RunRecord r : runs) {
            if (r.config().params().getOrDefault("kind", "").equals("train")) {
                deepest = Math.max(deepest, r.config().intParam("depth"));
                shallowest = Math.min(shallowest, r.config().intParam("depth"));
            }
        }
        if (deepest == 0) return Judgement.inconclusive("no training run");
        double[] sig = bestAccuracy(runs, impl, "sigmoid", deepest);
        double[] relu = bestAccuracy(runs, impl, "relu", deepest);
        double[] control = bestAccuracy(runs, impl, "sigmoid", shallowest);
        if (!Double.isFinite(sig[0]) || !Double.isFinite(relu[0])) return Judgement.inconclusive("missing training runs");
        return Judgement.of(sig[0] < 0.5 && relu[0] >= 0.8,
                String.format("depth %d: sigmoid best acc %.3f (lr %s), ReLU+He %.3f (lr %s); control sigmoid depth %d: %.3f (lr %s)",
                        deepest, sig[0], sig[1], relu[0], relu[1], shallowest, control[0], control[1]));
    }
}
