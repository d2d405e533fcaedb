package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.init.Rng;
import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
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
import io.twinnet.experiments.lab.ParityRecord;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SeriesBuilder;
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
import java.util.Map;

/**
 * Seeds 001 and 003: why a neural net's weights must not start equal. One hidden layer, softmax
 * output scored by cross-entropy (the seed's ∂J/∂V = Zᵀ(Y − T)), SGD on MNIST.
 * <ul>
 *   <li>tanh, all weights 0: Z = tanh(0) = 0, so ∂J/∂V = Zᵀ(Y−T) = 0 and
 *   ∂J/∂W = Xᵀ[(Y−T)Vᵀ ⊙ (1−Z²)] = 0 (V = 0): no weight ever moves. The seed's formulas leave out
 *   biases; with biases (DL4J's default, 0) the output biases still get Σ(Y−T) ≠ 0 and learn the
 *   class frequencies, and nothing else moves.</li>
 *   <li>sigmoid, all weights equal (0, as seed 003's zero fully-connected layer, or a constant):
 *   every hidden unit computes the same function and receives the same gradient, so the units stay
 *   identical — the hidden weight matrix keeps identical columns (rank ≤ 1) and the layer acts as
 *   one unit. The weights do move (after the first step W₂'s rows are equal but non-zero, so W₁
 *   gets a gradient): zero init does not stop the gradient, it stops the units from differing.
 *   In floating point the units stay bit-identical only if every unit is computed by the same
 *   operations in the same order: the core does that; a BLAS (DL4J's OpenBLAS) may compute the
 *   trailing columns of a matrix whose width is not a multiple of its vector width with another
 *   kernel and round them differently, so a second constant-init configuration has one unit more
 *   (an odd width) to show whether round-off splits the units and whether the split grows.</li>
 *   <li>zero weights in the output layer only (on top of a random hidden layer) are harmless:
 *   ∂J/∂V = Zᵀ(Y−T) differs between output units because their targets differ, so nothing is
 *   symmetric — seed 003's "FC weights 0" breaks a hidden FC layer, not a final one. It is not
 *   free, though: the hidden layer's gradient Xᵀ[(Y−T)Vᵀ ⊙ σ′] is proportional to V, which starts
 *   at 0, so the hidden layer starts learning late; a short run shows the lag.</li>
 *   <li>random (XAVIER) weights break the symmetry; biases may start at 0 (seed 001: "it doesn't
 *   really matter") — compared with biases drawn like the weights.</li>
 * </ul>
 * The symmetry is measured as the largest spread between hidden units: for W₁ (nIn × H) the max
 * over inputs of (max over units − min over units), likewise for the hidden biases and for the
 * rows of W₂ (H × 10); 0 means the units are identical.
 */
public final class ZeroInitSymmetry implements RunnableExperiment {

    static final String ID = "zero-init-symmetry";
    /** Relative spread below which units count as identical up to round-off. */
    static final double ROUND_OFF = 1e-6;

    static final ClaimSpec TANH_ZERO = new ClaimSpec("tanh-zero-init-never-moves",
            "tanh with all weights 0: every weight gradient is exactly zero and the weights never leave zero (the seed "
                    + "ignores biases: only the output biases learn)",
            "in every seed, at the first minibatch every gradient entry of W1, b1 and W2 is exactly 0, after training every "
                    + "entry of W1, b1 and W2 is exactly 0, and the output biases have moved");
    static final ClaimSpec CONSTANT_IDENTICAL = new ClaimSpec("sigmoid-constant-init-units-stay-identical",
            "sigmoid with all weights equal (constant 0.01): all hidden units stay identical through training",
            "in every seed and both widths (the profile's and one unit more), at every checkpoint, the largest spread between hidden units (W1 columns, b1, W2 rows) divided "
                    + "by the largest |weight| is at most 1e-6 (round-off allowed; the evidence says whether it is exactly 0)");
    static final ClaimSpec CONSTANT_BIT_EXACT = new ClaimSpec("sigmoid-constant-init-units-bit-identical",
            "sigmoid with constant init: the hidden units stay bit-for-bit identical (the exact-arithmetic statement)",
            "in every seed and both widths, the largest spread between hidden units is exactly 0 at every checkpoint");
    static final ClaimSpec RANDOM_BREAKS = new ClaimSpec("random-init-breaks-symmetry",
            "Random (XAVIER) init breaks the symmetry: the units differ and the net learns more than a one-unit net",
            "median over seeds: the relative spread between hidden units of sigmoid + XAVIER after training is at least 0.1, "
                    + "and its final test accuracy exceeds that of sigmoid + constant init by at least 0.1");
    static final ClaimSpec ZERO_FC = new ClaimSpec("zero-hidden-fc-learns-as-one-unit",
            "Seed 003's zero fully-connected weights with sigmoid, in a hidden layer: the weights do move, but the hidden "
                    + "units stay identical, so the layer is worth one unit",
            "median over seeds for sigmoid + zero init: W1 no longer all 0 after training, every checkpoint's relative unit "
                    + "spread at most 1e-6, and a final test accuracy at least 0.1 below sigmoid + XAVIER");
    static final ClaimSpec ZERO_OUTPUT = new ClaimSpec("zero-output-layer-harmless",
            "Zero weights in the output layer alone (random hidden layer) are harmless: nothing is symmetric there, so it "
                    + "trains as well as an all-random net",
            "median over seeds: sigmoid + XAVIER hidden + zero output reaches a final test accuracy at least that of sigmoid "
                    + "+ XAVIER minus 0.02");
    static final ClaimSpec ZERO_BIAS = new ClaimSpec("zero-biases-harmless",
            "With random weights, zero biases train as well as random biases",
            "for sigmoid and tanh, the median final test accuracy with zero biases is at least that with biases drawn like "
                    + "the weights minus 0.02");

    /** One configuration: activation, weight init, and whether the biases are drawn like the weights. */
    record Case(String id, Activation activation, WeightInit init, WeightInit outputInit, boolean randomBiases, int extraUnits) {
        Case(String id, Activation activation, WeightInit init, boolean randomBiases) {
            this(id, activation, init, init, randomBiases, 0);
        }
    }

    /** The two constant-init configurations: the profile's width, and one unit more (an odd width). */
    static final List<String> CONSTANT_CASES = List.of("sigmoid-constant", "sigmoid-constant-odd-width");

    static final List<Case> CASES = List.of(
            new Case("tanh-zero", Activation.TANH, WeightInit.zero(), false),
            new Case("sigmoid-zero", Activation.SIGMOID, WeightInit.zero(), false),
            new Case("sigmoid-constant", Activation.SIGMOID, WeightInit.constant(0.01), false),
            new Case("sigmoid-constant-odd-width", Activation.SIGMOID, WeightInit.constant(0.01), WeightInit.constant(0.01), false, 1),
            new Case("sigmoid-xavier", Activation.SIGMOID, WeightInit.xavier(), false),
            new Case("tanh-xavier", Activation.TANH, WeightInit.xavier(), false),
            new Case("sigmoid-xavier-zero-output", Activation.SIGMOID, WeightInit.xavier(), WeightInit.zero(), false, 0),
            new Case("sigmoid-xavier-random-bias", Activation.SIGMOID, WeightInit.xavier(), true),
            new Case("tanh-xavier-random-bias", Activation.TANH, WeightInit.xavier(), true));

    /**
     * Sizes of one profile.
     *
     * @param hidden          hidden units
     * @param trainPerClass   training images per class (0: all)
     * @param evalPerClass    test images per class (0: all)
     * @param batch           SGD minibatch
     * @param epochs          passes
     * @param checkpointEvery steps between checkpoints
     * @param lr              learning rate
     * @param seeds           default seed count
     */
    record Setup(int hidden, int trainPerClass, int evalPerClass, int batch, int epochs, int checkpointEvery, double lr,
                 int seeds) {
    }

    static Setup sizes(Profile p) {
        return p == Profile.QUICK ? new Setup(32, 100, 100, 10, 3, 50, 0.1, 2) : new Setup(100, 0, 0, 10, 5, 1000, 0.1, 3);
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
    public String setup(Profile profile) {
        Setup s = sizes(profile);
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
    public List<ClaimSpec> claims() {
        return List.of(TANH_ZERO, CONSTANT_IDENTICAL, CONSTANT_BIT_EXACT, RANDOM_BREAKS, ZERO_FC, ZERO_OUTPUT, ZERO_BIAS);
    }

    @Override
    public List<RunConfig> configurations(Profile profile, int seeds) {
        int n = seeds > 0 ? seeds : sizes(profile).seeds;
        List<RunConfig> grid = new ArrayList<>();
        for (int seed = 1; seed <= n; seed++) {
            for (Case c : CASES) {
                grid.add(new RunConfig(ID, c.id, seed, Map.of("activation", c.activation.toString(), "init", c.init.toString(),
                        "outputInit", c.outputInit.toString(), "biases", c.randomBiases ? "like the weights" : "zero",
                        "extraHiddenUnits", c.extraUnits)));
            }
        }
        return grid;
    }

    static NetworkSpec spec(Case c, int hidden, double lr, long seed) {
        return NetworkSpec.builder(Shape.vector(784)).name(ID + "-" + c.id).learningRate(lr).seed(seed)
                .layer(DenseLayerSpec.of(hidden, c.activation, c.init))
                .layer(OutputLayerSpec.of(10, Activation.SOFTMAX, LossFunction.MCXENT, c.outputInit))
                .build();
    }

    @Override
    public RunRecord run(RunConfig config, RunEnvironment env) {
        return run(config, env, sizes(env.profile()));
    }

    RunRecord run(RunConfig config, RunEnvironment env, Setup s) {
        long t0 = System.nanoTime();
        Case c = CASES.stream().filter(k -> k.id.equals(config.config())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("config: unknown '" + config.config() + "'"));
        NetworkSpec spec = spec(c, s.hidden + c.extraUnits, s.lr, config.seed());
        ParameterLayout layout = ParameterLayout.of(spec);
        Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass, 1000 + config.seed());
        Dataset eval = Subsets.stratified(env.mnistTest(), s.evalPerClass, 2000);
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), s.batch, s.epochs, 3000 + config.seed());
        TrainingProtocol protocol = new TrainingProtocol(train, order, eval, s.checkpointEvery);
        Dataset first = train.rows(order.batch(0));
        Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
        double[] coreInitial = null;
        for (Implementation impl : env.implementations()) {
            long s0 = System.nanoTime();
            try {
                TwinNetwork net = impl == Implementation.CORE ? CoreTwin.initialise(spec) : Dl4jTwin.initialise(spec);
                if (c.randomBiases) net.setParameters(withRandomBiases(net.parameters(), layout, config.seed() * 31 + impl.ordinal()));
                double[] initial = net.parameters();
                if (impl == Implementation.CORE) coreInitial = initial;
                net.computeGradient(first.features(), first.labels(), first.size());
                double[] g0 = net.gradient();
                SeriesBuilder spread = new SeriesBuilder();
                SeriesBuilder relSpread = new SeriesBuilder();
                SeriesBuilder scale = new SeriesBuilder();
                TrainingLog log = protocol.run(net, (step, n) -> {
                    double[] p = n.parameters();
                    double sp = unitSpread(p, layout);
                    double sc = maxAbs(p, layout.block(0, "W"), layout.block(1, "W"));
                    spread.add(step, sp);
                    scale.add(step, sc);
                    relSpread.add(step, sc == 0 ? 0 : sp / sc);
                });
                double[] last = net.parameters();
                Map<String, Double> scalars = new LinkedHashMap<>();
                scalars.put("finalEvalAccuracy", log.finalEvalAccuracy());
                scalars.put("finalEvalLoss", log.finalEvalLoss());
                scalars.put("steps", (double) log.steps());
                scalars.put("initGradientMaxAbsHidden", maxAbs(g0, layout.block(0, "W"), layout.block(0, "b"), layout.block(1, "W")));
                scalars.put("initGradientMaxAbsOutputBias", maxAbs(g0, layout.block(1, "b")));
                scalars.put("finalMaxAbsW1", maxAbs(last, layout.block(0, "W")));
                scalars.put("finalMaxAbsHidden", maxAbs(last, layout.block(0, "W"), layout.block(0, "b"), layout.block(1, "W")));
                ParameterBlock ob = layout.block(1, "b");
                double moved = 0;
                for (int i = ob.offset(); i < ob.end(); i++) moved = Math.max(moved, Math.abs(last[i] - initial[i]));
                scalars.put("outputBiasChange", moved);
                Series sp = spread.build();
                Series rel = relSpread.build();
                scalars.put("finalUnitSpread", sp.last());
                scalars.put("maxUnitSpread", sp.max());
                scalars.put("finalRelativeUnitSpread", rel.last());
                scalars.put("maxRelativeUnitSpread", rel.max());
                Map<String, Series> series = new LinkedHashMap<>(log.series());
                series.put("unitSpread", sp);
                series.put("relativeUnitSpread", rel);
                series.put("maxAbsWeight", scale.build());
                sides.put(impl, new SideRecord(log.status(), log.divergedAtStep(), null, scalars, series, Runs.secondsSince(s0)));
            } catch (RuntimeException | LinkageError e) {
                sides.put(impl, SideRecord.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), Runs.secondsSince(s0)));
            }
        }
        ParityRecord parity = null;
        if (coreInitial != null && env.implementations().contains(Implementation.DL4J)) {
            try {
                parity = ExactParity.check(spec, coreInitial, train, order, 30);
            } catch (RuntimeException | LinkageError e) {
                parity = new ParityRecord(0, spec.precision().jsonName(), Double.NaN, Double.NaN, Double.NaN);
            }
        }
        return new RunRecord(config, sides, parity, Runs.secondsSince(t0));
    }

    /** The parameters with every bias replaced by a draw from N(0, 2/(nIn+nOut)) of its layer (the XAVIER weights' law). */
    static double[] withRandomBiases(double[] params, ParameterLayout layout, long seed) {
        double[] p = params.clone();
        Rng rng = new Rng(seed);
        for (ParameterBlock b : layout.blocks()) {
            if (!b.name().equals("b")) continue;
            int[] shape = layout.block(b.layerIndex(), "W").shape();
            double std = Math.sqrt(2.0 / (shape[0] + shape[1]));
            for (int i = b.offset(); i < b.end(); i++) p[i] = std * rng.nextGaussian();
        }
        return p;
    }

    /**
     * The largest spread between hidden units: the max of (max − min over units) over every input row
     * of W₁ (nIn × H, row-major), over the hidden biases, and over every output column of W₂ (H × K).
     * 0 exactly when all hidden units carry identical parameters.
     */
    static double unitSpread(double[] params, ParameterLayout layout) {
        ParameterBlock w1 = layout.block(0, "W");
        int nIn = w1.shape()[0];
        int h = w1.shape()[1];
        double worst = 0;
        for (int i = 0; i < nIn; i++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < h; j++) {
                double v = params[w1.offset() + i * h + j];
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            worst = Math.max(worst, hi - lo);
        }
        if (layout.has(0, "b")) {
            ParameterBlock b1 = layout.block(0, "b");
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int j = b1.offset(); j < b1.end(); j++) {
                lo = Math.min(lo, params[j]);
                hi = Math.max(hi, params[j]);
            }
            worst = Math.max(worst, hi - lo);
        }
        ParameterBlock w2 = layout.block(1, "W");
        int k = w2.shape()[1];
        for (int o = 0; o < k; o++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < h; j++) {
                double v = params[w2.offset() + j * k + o];
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            worst = Math.max(worst, hi - lo);
        }
        return worst;
    }

    static double maxAbs(double[] v, ParameterBlock... blocks) {
        double m = 0;
        for (ParameterBlock b : blocks) {
            for (int i = b.offset(); i < b.end(); i++) m = Math.max(m, Math.abs(v[i]));
        }
        return m;
    }

    @Override
    public List<ClaimResult> evaluate(List<RunRecord> runs, Profile profile) {
        return Runs.judgeEach(claims(), (claim, impl) -> judge(claim, runs, impl));
    }

    private static List<SideRecord> okSides(List<RunRecord> runs, String config, Implementation impl) {
        List<SideRecord> out = new ArrayList<>();
        for (RunRecord r : Runs.of(runs, config)) {
            SideRecord s = r.sides().get(impl);
            if (s != null && s.ok()) out.add(s);
        }
        return out;
    }

    private Judgement judge(ClaimSpec claim, List<RunRecord> runs, Implementation impl) {
        if (claim == TANH_ZERO) return tanhZero(runs, impl);
        if (claim == CONSTANT_IDENTICAL) return constantIdentical(runs, impl);
        if (claim == CONSTANT_BIT_EXACT) return constantBitExact(runs, impl);
        if (claim == RANDOM_BREAKS) return randomBreaks(runs, impl);
        if (claim == ZERO_FC) return zeroFc(runs, impl);
        if (claim == ZERO_OUTPUT) return zeroOutput(runs, impl);
        return zeroBias(runs, impl);
    }

    private static Judgement tanhZero(List<RunRecord> runs, Implementation impl) {
        List<SideRecord> sides = okSides(runs, "tanh-zero", impl);
        if (sides.isEmpty()) return Judgement.inconclusive("no finished tanh-zero run");
        double grad = 0;
        double weights = 0;
        double moved = Double.POSITIVE_INFINITY;
        for (SideRecord s : sides) {
            grad = Math.max(grad, s.scalar("initGradientMaxAbsHidden"));
            weights = Math.max(weights, s.scalar("finalMaxAbsHidden"));
            moved = Math.min(moved, s.scalar("outputBiasChange"));
        }
        Runs.Summary acc = Runs.median(runs, "tanh-zero", impl, Runs::finalAccuracy);
        return Judgement.of(grad == 0 && weights == 0 && moved > 0,
                String.format("%d seed(s): max |gradient| of W1, b1, W2 at step 0 %s; max |W1, b1, W2| after training %s; "
                        + "output biases moved by up to %.3g (least over seeds); final accuracy %.3f",
                        sides.size(), exact(grad), exact(weights), moved, acc.median()));
    }

    private static String exact(double v) {
        return v == 0 ? "exactly 0" : String.format("%.3g", v);
    }

    private static double worstOver(List<SideRecord> sides, String scalar) {
        double w = 0;
        for (SideRecord s : sides) w = Math.max(w, s.scalar(scalar));
        return w;
    }

    private static List<SideRecord> constantSides(List<RunRecord> runs, Implementation impl) {
        List<SideRecord> sides = new ArrayList<>();
        for (String c : CONSTANT_CASES) sides.addAll(okSides(runs, c, impl));
        return sides;
    }

    private static Judgement constantIdentical(List<RunRecord> runs, Implementation impl) {
        List<SideRecord> sides = constantSides(runs, impl);
        if (sides.isEmpty()) return Judgement.inconclusive("no finished sigmoid-constant run");
        double rel = worstOver(sides, "maxRelativeUnitSpread");
        double abs = worstOver(sides, "maxUnitSpread");
        double finalRel = worstOver(sides, "finalRelativeUnitSpread");
        return Judgement.of(rel <= ROUND_OFF, String.format("%d run(s) (both widths): worst relative unit spread %s (absolute %s; at the end %s)",
                sides.size(), exact(rel), exact(abs), exact(finalRel)));
    }

    private static Judgement constantBitExact(List<RunRecord> runs, Implementation impl) {
        List<SideRecord> sides = constantSides(runs, impl);
        if (sides.isEmpty()) return Judgement.inconclusive("no finished sigmoid-constant run");
        double abs = worstOver(sides, "maxUnitSpread");
        StringBuilder perCase = new StringBuilder();
        for (String c : CONSTANT_CASES) {
            List<SideRecord> of = okSides(runs, c, impl);
            if (!of.isEmpty()) perCase.append(String.format("; %s: worst spread %s", c, exact(worstOver(of, "maxUnitSpread"))));
        }
        double firstNonZero = Double.NaN;
        for (SideRecord s : sides) {
            Series sp = s.seriesOrNull("unitSpread");
            if (sp == null) continue;
            for (int i = 0; i < sp.size(); i++) {
                if (sp.y()[i] != 0) {
                    if (!(sp.x()[i] >= firstNonZero)) firstNonZero = sp.x()[i];
                    break;
                }
            }
        }
        return Judgement.of(abs == 0, (abs == 0 ? String.format("%d run(s): spread exactly 0 at every checkpoint", sides.size())
                : String.format("%d run(s): worst absolute spread %.3g, first non-zero at step %.0f", sides.size(), abs, firstNonZero))
                + perCase);
    }

    private static Judgement randomBreaks(List<RunRecord> runs, Implementation impl) {
        Runs.Summary spread = Runs.medianScalar(runs, "sigmoid-xavier", impl, "finalRelativeUnitSpread");
        Runs.Summary acc = Runs.median(runs, "sigmoid-xavier", impl, Runs::finalAccuracy);
        Runs.Summary constAcc = Runs.median(runs, "sigmoid-constant", impl, Runs::finalAccuracy);
        if (spread.count() == 0 || constAcc.count() == 0) return Judgement.inconclusive("missing runs");
        return Judgement.of(spread.median() >= 0.1 && acc.median() - constAcc.median() >= 0.1,
                String.format("XAVIER relative spread %.3f, accuracy %.3f vs constant init %.3f", spread.median(), acc.median(),
                        constAcc.median()));
    }

    private static Judgement zeroFc(List<RunRecord> runs, Implementation impl) {
        List<SideRecord> sides = okSides(runs, "sigmoid-zero", impl);
        if (sides.isEmpty()) return Judgement.inconclusive("no finished sigmoid-zero run");
        Runs.Summary drop = Runs.median(runs, "sigmoid-zero", impl, Runs::relativeEvalLossDecrease);
        Runs.Summary w1 = Runs.medianScalar(runs, "sigmoid-zero", impl, "finalMaxAbsW1");
        Runs.Summary acc = Runs.median(runs, "sigmoid-zero", impl, Runs::finalAccuracy);
        Runs.Summary random = Runs.median(runs, "sigmoid-xavier", impl, Runs::finalAccuracy);
        if (random.count() == 0) return Judgement.inconclusive("no finished sigmoid-xavier run");
        double rel = worstOver(sides, "maxRelativeUnitSpread");
        double abs = worstOver(sides, "maxUnitSpread");
        boolean holds = w1.median() > 0 && rel <= ROUND_OFF && acc.median() <= random.median() - 0.1;
        return Judgement.of(holds, String.format("max |W1| %.3g, worst relative unit spread %s (absolute %s), accuracy %.3f vs "
                + "XAVIER %.3f, test loss fell %.1f%%", w1.median(), exact(rel), exact(abs), acc.median(), random.median(),
                100 * drop.median()));
    }

    private static Judgement zeroOutput(List<RunRecord> runs, Implementation impl) {
        Runs.Summary random = Runs.median(runs, "sigmoid-xavier", impl, Runs::finalAccuracy);
        Runs.Summary zeroOut = Runs.median(runs, "sigmoid-xavier-zero-output", impl, Runs::finalAccuracy);
        if (random.count() == 0 || zeroOut.count() == 0) return Judgement.inconclusive("no finished sigmoid-xavier(-zero-output) run");
        Runs.Summary drop = Runs.median(runs, "sigmoid-xavier-zero-output", impl, Runs::relativeEvalLossDecrease);
        Runs.Summary dropRandom = Runs.median(runs, "sigmoid-xavier", impl, Runs::relativeEvalLossDecrease);
        return Judgement.of(zeroOut.median() >= random.median() - 0.02, String.format("accuracy zero output %.3f vs XAVIER %.3f; "
                + "test loss fell %.1f%% vs %.1f%%", zeroOut.median(), random.median(), 100 * drop.median(), 100 * dropRandom.median()));
    }

    private static Judgement zeroBias(List<RunRecord> runs, Implementation impl) {
        boolean holds = true;
        StringBuilder ev = new StringBuilder();
        for (String act : List.of("sigmoid", "tanh")) {
            Runs.Summary zero = Runs.median(runs, act + "-xavier", impl, Runs::finalAccuracy);
            Runs.Summary random = Runs.median(runs, act + "-xavier-random-bias", impl, Runs::finalAccuracy);
            if (zero.count() == 0 || random.count() == 0) return Judgement.inconclusive("missing " + act + " runs");
            holds &= zero.median() >= random.median() - 0.02;
            ev.append(String.format("%s: zero biases %.3f vs random biases %.3f; ", act, zero.median(), random.median()));
        }
        return Judgement.of(holds, ev.toString().trim());
    }
}
