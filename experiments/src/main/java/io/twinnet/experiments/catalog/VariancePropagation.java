package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.init.Rng;
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
import io.twinnet.experiments.lab.TwinNetwork;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 002: why weights of variance 1/n (not U[-1,1], not a fixed 0.01) keep a deep net's signal
 * alive. A deep, equal-width MLP at initialisation is fed unit-variance Gaussian inputs; per
 * hidden layer we measure the activation standard deviation, the saturated fraction and the
 * weight-gradient standard deviation (MSE against Gaussian targets through an identity output),
 * and compare the activation std with the mean-field recursion Var z = n·Var w·E[f(z)²]
 * ({@link MeanField}). Each implementation draws its own weights (statistical parity).
 */
public final class VariancePropagation implements RunnableExperiment {

    static final String ID = "variance-propagation";

    private static final ClaimSpec TANH_COLLAPSE = new ClaimSpec("tanh-std-0.01-collapses",
            "tanh with N(0, 0.01) weights: activations collapse toward zero layer after layer",
            "median over seeds of std(last hidden layer) / std(first hidden layer) is below 1e-6");
    private static final ClaimSpec TANH_SATURATE = new ClaimSpec("tanh-std-1-saturates",
            "tanh with N(0, 1) weights: the units saturate at ±1",
            "median over seeds of the fraction of last-hidden-layer activations with |a| > 0.99 is above 0.5");
    private static final ClaimSpec RELU_SCALE = new ClaimSpec("relu-keeps-scale-only-with-he",
            "ReLU keeps its scale with He's variance 2/n; Xavier's 1/n (equal widths) halves the mean square per layer",
            "median E[a_L^2]/E[a_1^2] lies in [1/4, 4] for RELU, and its log2 lies within 3 of -(L-1) for XAVIER");
    private static final ClaimSpec THEORY = new ClaimSpec("recursion-predicts-std",
            "The per-layer activation std follows the recursion Var z = n Var(w) E[f(z)^2], with n the fan-in",
            "for every configuration and hidden layer, the median measured std is within a factor 2 of the prediction");
    private static final ClaimSpec GRADIENTS = new ClaimSpec("tanh-std-0.01-gradients-vanish",
            "tanh with N(0, 0.01) weights: the gradients are close to zero in all layers",
            "the largest per-layer weight-gradient std with N(0, 0.01) is below 1e-6 times the smallest with LECUN_NORMAL");

    private record Setup(int width, int depth, int batch, int seeds) {
    }

    private static Setup sizes(Profile p) {
        return p == Profile.QUICK ? new Setup(256, 20, 256, 2) : new Setup(256, 50, 1024, 5);
    }

    private record Case(String id, ActivationKind activation, WeightInit init) {
    }

    private static final List<Case> CASES = List.of(
            new Case("tanh-n0.01", ActivationKind.TANH, WeightInit.normal(0, 0.01)),
            new Case("tanh-n1", ActivationKind.TANH, WeightInit.normal(0, 1)),
            new Case("tanh-xavier", ActivationKind.TANH, WeightInit.xavier()),
            new Case("tanh-lecun", ActivationKind.TANH, WeightInit.of(InitScheme.LECUN_NORMAL)),
            new Case("tanh-uniform", ActivationKind.TANH, WeightInit.of(InitScheme.UNIFORM)),
            new Case("relu-xavier", ActivationKind.RELU, WeightInit.xavier()),
            new Case("relu-he", ActivationKind.RELU, WeightInit.relu()),
            new Case("relu-uniform", ActivationKind.RELU, WeightInit.of(InitScheme.UNIFORM)));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean usesMnist() {
        return false;
    }

    @Override
    public String title() {
        return "Activation and gradient variance through depth, against the mean-field recursion";
    }

    @Override
    public String source() {
        return "seed 002";
    }

    @Override
    public String setup(Profile profile) {
        Setup s = sizes(profile);
        return "Bias-free-at-init MLPs of " + s.depth + " hidden layers of width " + s.width + " (plus a 10-unit identity output "
                + "scored by MSE), fed " + s.batch + " inputs with i.i.d. N(0,1) features and N(0,1) targets; tanh with "
                + "N(0, std 0.01), N(0, 1), XAVIER, LECUN_NORMAL, UNIFORM (±1/√n); ReLU with XAVIER, RELU (He), UNIFORM. "
                + "No training: one forward and one backward pass per seed.";
    }

    @Override
    public List<ClaimSpec> claims() {
        return List.of(TANH_COLLAPSE, TANH_SATURATE, RELU_SCALE, THEORY, GRADIENTS);
    }

    @Override
    public List<RunConfig> configurations(Profile profile, int seeds) {
        int n = seeds > 0 ? seeds : sizes(profile).seeds;
        List<RunConfig> grid = new ArrayList<>();
        for (int seed = 1; seed <= n; seed++) {
            for (Case c : CASES) {
                grid.add(new RunConfig(ID, c.id, seed, Map.of("activation", c.activation.jsonName(), "init", c.init.toString())));
            }
        }
        return grid;
    }

    static NetworkSpec spec(Case c, Setup s, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(s.width)).name(ID + "-" + c.id).learningRate(0.01).seed(seed);
        for (int l = 0; l < s.depth; l++) b.layer(DenseLayerSpec.of(s.width, Activation.of(c.activation), c.init));
        b.layer(OutputLayerSpec.of(10, Activation.IDENTITY, LossFunction.MSE, c.init));
        return b.build();
    }

    /** The weight variance a scheme implies for a square layer of fan-in n. */
    static double weightVariance(WeightInit init, int n) {
        return switch (init.scheme()) {
            case NORMAL_DISTRIBUTION -> init.std() * init.std();
            case XAVIER -> 2.0 / (n + n);
            case LECUN_NORMAL, XAVIER_FAN_IN -> 1.0 / n;
            case RELU -> 2.0 / n;
            case UNIFORM -> 1.0 / (3.0 * n);
            default -> throw new IllegalArgumentException("no variance for " + init);
        };
    }

    @Override
    public RunRecord run(RunConfig config, RunEnvironment env) {
        Setup s = sizes(env.profile());
        Case c = CASES.stream().filter(k -> k.id.equals(config.config())).findFirst().orElseThrow();
        NetworkSpec spec = spec(c, s, config.seed());
        Dataset data = gaussian(s.width, 10, s.batch, 5000 + config.seed());
        double[] theory = MeanField.activationStd(c.activation, weightVariance(c.init, s.width), s.width, 1.0, s.depth);
        ParameterLayout layout = ParameterLayout.of(spec);
        long t0 = System.nanoTime();
        Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
        for (Implementation impl : env.implementations()) {
            long s0 = System.nanoTime();
            try {
                TwinNetwork net = impl == Implementation.CORE ? CoreTwin.initialise(spec) : Dl4jTwin.initialise(spec);
                double[][] acts = net.activations(data.features(), data.size());
                net.computeGradient(data.features(), data.labels(), data.size());
                double[] grad = net.gradient();
                double[] x = new double[s.depth];
                double[] std = new double[s.depth];
                double[] meanSquare = new double[s.depth];
                double[] saturated = new double[s.depth];
                double[] gradStd = new double[s.depth];
                for (int l = 0; l < s.depth; l++) {
                    double[] a = acts[l + 1];
                    x[l] = l + 1;
                    std[l] = Stats.std(a);
                    meanSquare[l] = Stats.rms(a) * Stats.rms(a);
                    int sat = 0;
                    for (double v : a) if (Math.abs(v) > 0.99) sat++;
                    saturated[l] = (double) sat / a.length;
                    ParameterBlock w = layout.block(l, "W");
                    // the gradient is summed over the minibatch; divide by N for the per-example mean gradient
                    double[] g = w.copyFrom(grad);
                    for (int i = 0; i < g.length; i++) g[i] /= data.size();
                    gradStd[l] = Stats.std(g);
                }
                Map<String, Series> series = new LinkedHashMap<>();
                series.put("activationStd", new Series(x, std));
                series.put("theoryActivationStd", new Series(x, theory));
                series.put("activationMeanSquare", new Series(x, meanSquare));
                series.put("saturatedFraction", new Series(x, saturated));
                series.put("weightGradientStd", new Series(x, gradStd));
                Map<String, Double> scalars = new LinkedHashMap<>();
                scalars.put("depth", (double) s.depth);
                scalars.put("collapseRatio", std[s.depth - 1] / std[0]);
                scalars.put("meanSquareRatio", meanSquare[s.depth - 1] / meanSquare[0]);
                scalars.put("lastLayerSaturated", saturated[s.depth - 1]);
                scalars.put("maxGradientStd", java.util.Arrays.stream(gradStd).max().orElse(Double.NaN));
                scalars.put("minGradientStd", java.util.Arrays.stream(gradStd).min().orElse(Double.NaN));
                double worst = 0;
                for (int l = 0; l < s.depth; l++) worst = Math.max(worst, Math.abs(Math.log(std[l] / theory[l])));
                scalars.put("maxLogRatioToTheory", worst);
                boolean finite = Stats.allFinite(std) && Stats.allFinite(gradStd);
                sides.put(impl, new SideRecord(finite ? RunStatus.FINISHED : RunStatus.DIVERGED, finite ? -1 : 0, null, scalars, series,
                        (System.nanoTime() - s0) / 1e9));
            } catch (RuntimeException | LinkageError e) {
                sides.put(impl, SideRecord.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), (System.nanoTime() - s0) / 1e9));
            }
        }
        return new RunRecord(config, sides, null, (System.nanoTime() - t0) / 1e9);
    }

    /** {@code size} examples with i.i.d. N(0,1) features and targets, from the core's seeded RNG. */
    static Dataset gaussian(int features, int targets, int size, long seed) {
        Rng rng = new Rng(seed);
        double[] f = new double[size * features];
        double[] t = new double[size * targets];
        for (int i = 0; i < f.length; i++) f[i] = rng.nextGaussian();
        for (int i = 0; i < t.length; i++) t[i] = rng.nextGaussian();
        return Dataset.of("gaussian", f, t, features, targets);
    }

    @Override
    public List<ClaimResult> evaluate(List<RunRecord> runs, Profile profile) {
        return Runs.judgeEach(claims(), (claim, impl) -> judge(claim, runs, impl));
    }

    private Judgement judge(ClaimSpec claim, List<RunRecord> runs, Implementation impl) {
        if (claim == TANH_COLLAPSE) {
            Runs.Summary r = Runs.medianScalar(runs, "tanh-n0.01", impl, "collapseRatio");
            if (r.count() == 0) return Judgement.inconclusive("no finished run");
            return Judgement.of(r.median() < 1e-6, String.format("std ratio last/first %.2e", r.median()));
        }
        if (claim == TANH_SATURATE) {
            Runs.Summary r = Runs.medianScalar(runs, "tanh-n1", impl, "lastLayerSaturated");
            if (r.count() == 0) return Judgement.inconclusive("no finished run");
            return Judgement.of(r.median() > 0.5, String.format("saturated fraction %.3f", r.median()));
        }
        if (claim == RELU_SCALE) {
            Runs.Summary he = Runs.medianScalar(runs, "relu-he", impl, "meanSquareRatio");
            Runs.Summary xa = Runs.medianScalar(runs, "relu-xavier", impl, "meanSquareRatio");
            Runs.Summary depth = Runs.medianScalar(runs, "relu-he", impl, "depth");
            if (he.count() == 0 || xa.count() == 0) return Judgement.inconclusive("no finished run");
            double expected = -(depth.median() - 1);
            double log2x = Math.log(xa.median()) / Math.log(2);
            boolean holds = he.median() >= 0.25 && he.median() <= 4 && Math.abs(log2x - expected) <= 3;
            return Judgement.of(holds, String.format("He ratio %.3f; Xavier log2 ratio %.2f (theory %.0f)", he.median(), log2x, expected));
        }
        if (claim == THEORY) {
            double worst = 0;
            String where = "";
            for (Case c : CASES) {
                Runs.Summary r = Runs.medianScalar(runs, c.id, impl, "maxLogRatioToTheory");
                if (r.count() == 0) return Judgement.inconclusive("no finished run of " + c.id);
                if (!(r.median() <= worst)) {
                    worst = r.median();
                    where = c.id;
                }
            }
            return Judgement.of(worst <= Math.log(2), String.format("worst factor %.3f (%s)", Math.exp(worst), where));
        }
        Runs.Summary small = Runs.medianScalar(runs, "tanh-n0.01", impl, "maxGradientStd");
        Runs.Summary lecun = Runs.medianScalar(runs, "tanh-lecun", impl, "minGradientStd");
        if (small.count() == 0 || lecun.count() == 0) return Judgement.inconclusive("no finished run");
        return Judgement.of(small.median() < 1e-6 * lecun.median(),
                String.format("max grad std N(0,0.01) %.2e vs min LECUN %.2e", small.median(), lecun.median()));
    }
}
