package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.LayerVarianceProbe.ACTIVATION_STD;
import static io.twinnet.experiments.catalog.LayerVarianceProbe.COLLAPSE_RATIO;
import static io.twinnet.experiments.catalog.LayerVarianceProbe.DEPTH;
import static io.twinnet.experiments.catalog.LayerVarianceProbe.GRADIENT_STD;
import static io.twinnet.experiments.catalog.LayerVarianceProbe.LAST_SATURATED;
import static io.twinnet.experiments.catalog.LayerVarianceProbe.MAX_GRADIENT_STD;
import static io.twinnet.experiments.catalog.LayerVarianceProbe.MAX_LOG_RATIO;
import static io.twinnet.experiments.catalog.LayerVarianceProbe.MEAN_SQUARE;
import static io.twinnet.experiments.catalog.LayerVarianceProbe.MEAN_SQUARE_RATIO;
import static io.twinnet.experiments.catalog.LayerVarianceProbe.MIN_GRADIENT_STD;
import static io.twinnet.experiments.catalog.LayerVarianceProbe.SATURATED;
import static io.twinnet.experiments.catalog.LayerVarianceProbe.THEORY_STD;

import com.google.auto.service.AutoService;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.experiments.lab.OutcomeMetric;
import io.twinnet.experiments.lab.Margin;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Decision;
import io.twinnet.experiments.lab.stats.Estimate;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import io.twinnet.experiments.lab.stats.Medians;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Rules;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Statistic;
import io.twinnet.experiments.lab.Trial;
import java.util.List;

/**
 * Seed 002: why weights of variance 1/n (not U[-1,1], not a fixed 0.01) keep a deep net's signal
 * alive. A deep, equal-width MLP at initialisation is fed unit-variance Gaussian inputs; per
 * hidden layer we measure the activation standard deviation, the saturated fraction (|a| &gt; 0.99)
 * and the weight-gradient standard deviation (MSE against Gaussian targets through an identity
 * output), and compare the activation std with the mean-field recursion
 * Var z = n·Var(w)·E[f(z)²] ({@link MeanField}). Each implementation draws its own weights.
 */
@AutoService(Experiment.class)
public final class VariancePropagation implements Experiment<VariancePropagation.Point> {

    /** One activation with one init. */
    public record Point(ActivationKind activation, InitChoice init) implements GridPoint {
        @Override
        public String id() {
            return activation.jsonName() + "-" + init.label;
        }
    }

    /** Hidden width (also the input's), hidden layers, examples per pass, default seeds. */
    record Sizes(int width, int depth, int batch, int seeds) {
    }

    static Sizes sizes(Profile p) {
        return p == Profile.QUICK ? new Sizes(256, 20, 256, 10) : new Sizes(256, 50, 1024, 10);
    }

    private static final Point TANH_SMALL = new Point(ActivationKind.TANH, InitChoice.N0_01);
    private static final Point TANH_ONE = new Point(ActivationKind.TANH, InitChoice.N1);
    private static final Point TANH_LECUN = new Point(ActivationKind.TANH, InitChoice.LECUN);
    private static final Point RELU_XAVIER = new Point(ActivationKind.RELU, InitChoice.XAVIER);
    private static final Point RELU_HE = new Point(ActivationKind.RELU, InitChoice.HE);
    private static final List<Point> GRID = List.of(TANH_SMALL, TANH_ONE, new Point(ActivationKind.TANH, InitChoice.XAVIER), TANH_LECUN,
            new Point(ActivationKind.TANH, InitChoice.UNIFORM), RELU_XAVIER, RELU_HE, new Point(ActivationKind.RELU, InitChoice.UNIFORM));

    @Override
    public String id() {
        return "variance-propagation";
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
    public int position() {
        return 3;
    }

    @Override
    public boolean usesMnist() {
        return false;
    }

    @Override
    public String setup(Profile profile) {
        Sizes s = sizes(profile);
        return "Bias-free-at-init MLPs of " + s.depth + " hidden layers of width " + s.width + " (plus a 10-unit identity output "
                + "scored by MSE), fed " + s.batch + " inputs with i.i.d. N(0,1) features and N(0,1) targets; tanh with "
                + "N(0, std 0.01), N(0, 1), XAVIER, LECUN_NORMAL, UNIFORM (±1/√n); ReLU with XAVIER, RELU (He), UNIFORM. "
                + "No training: one forward and one backward pass per seed.";
    }

    @Override
    public List<Point> grid(Profile profile) {
        return GRID;
    }

    @Override
    public int seeds(Profile profile) {
        return sizes(profile).seeds;
    }

    /**
     * No training, so not the final loss and accuracy: the per-seed signal statistics the claims read — the collapse
     * ratio and the mean-square ratio within ±10 % of DL4J's median (they span decades across configurations), the
     * saturated fraction within ±0.02.
     */
    @Override
    public List<OutcomeMetric> outcomes() {
        return List.of(OutcomeMetric.of(LayerVarianceProbe.COLLAPSE_RATIO, Margin.relative(0.1)),
                OutcomeMetric.of(LayerVarianceProbe.MEAN_SQUARE_RATIO, Margin.relative(0.1)),
                OutcomeMetric.of(LayerVarianceProbe.LAST_SATURATED, Margin.absolute(0.02)));
    }

    static NetworkSpec spec(Point p, Sizes s, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(s.width)).name("variance-propagation-" + p.id()).learningRate(0.01).seed(seed);
        for (int l = 0; l < s.depth; l++) b.layer(DenseLayerSpec.of(s.width, Activation.of(p.activation), p.init.weights));
        b.layer(OutputLayerSpec.of(10, Activation.IDENTITY, LossFunction.MSE, p.init.weights));
        return b.build();
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, env, sizes(env.profile()));
    }

    Trial trial(Point p, RunSeeds seeds, RunEnvironment env, Sizes s) {
        NetworkSpec spec = spec(p, s, seeds.init());
        Dataset data = GaussianData.of(s.width, 10, s.batch, seeds.data());
        double[] theory = MeanField.activationStd(p.activation, p.init.variance(s.width), s.width, 1.0, s.depth);
        String identity = s.batch + " examples of i.i.d. N(0,1) features (" + s.width + ") and targets (10), seed " + seeds.data();
        return Trial.atInitialisation(spec, identity, net -> LayerVarianceProbe.measure(net, ParameterLayout.of(spec), data, theory, s.depth));
    }

    /** The median over seeds of {@code key} at {@code point}. */
    private static Estimate median(RunTable<Point> runs, Point point, Scalar key) {
        return runs.at(point).medianEstimate(r -> r.get(key));
    }

    /** log2 of the median over seeds of {@code key} at {@code point}, with its bootstrap interval. */
    private static Estimate log2Median(RunTable<Point> runs, Point point, Scalar key) {
        return runs.estimate(List.of(point), r -> r.get(key), g -> Math.log(Medians.of(g.get(0))) / Math.log(2));
    }

    private static final Statistic<Point> COLLAPSE = Statistic.of(
            "median over seeds of std(last hidden layer) / std(first hidden layer) for tanh with N(0, 0.01) weights",
            runs -> median(runs, TANH_SMALL, COLLAPSE_RATIO));
    private static final Statistic<Point> SATURATION = Statistic.of(
            "median over seeds of the fraction of last-hidden-layer activations with |a| > 0.99 for tanh with N(0, 1) weights",
            runs -> median(runs, TANH_ONE, LAST_SATURATED));
    private static final Statistic<Point> HE_SCALE = Statistic.of(
            "log2 of the median over seeds of E[a_L^2]/E[a_1^2] for ReLU with He (RELU) init (theory 0)",
            runs -> log2Median(runs, RELU_HE, MEAN_SQUARE_RATIO));
    private static final Statistic<Point> XAVIER_HALVING = Statistic.of(
            "log2 of the median over seeds of E[a_L^2]/E[a_1^2] for ReLU with XAVIER, plus (L - 1) with L the median depth of the "
                    + "ReLU + He runs (theory 0: a factor 1/2 per layer)",
            runs -> {
                double depth = runs.at(RELU_HE).median(DEPTH);
                return runs.estimate(List.of(RELU_XAVIER), r -> r.get(MEAN_SQUARE_RATIO), g -> Math.log(Medians.of(g.get(0))) / Math.log(2) + depth - 1);
            });
    private static final Statistic<Point> WORST_FACTOR = Statistic.of(
            "over configurations, the largest median over seeds of exp(max over hidden layers |ln(measured std / predicted std)|), "
                    + "the factor between measurement and recursion",
            runs -> runs.estimate(GRID, r -> r.get(MAX_LOG_RATIO), g -> Math.exp(Math.max(0, Medians.max(g)))));
    private static final Statistic<Point> GRADIENT_GAP = Statistic.of(
            "median over seeds of the largest per-layer weight-gradient std for tanh with N(0, 0.01), divided by the median of "
                    + "the smallest one with LECUN_NORMAL",
            runs -> runs.estimate(List.of(TANH_SMALL, TANH_LECUN), r -> r.get(r.point().equals(TANH_SMALL) ? MAX_GRADIENT_STD : MIN_GRADIENT_STD),
                    Medians::ratio));

    /**
     * exp(−2·b), b the least-squares slope of ln(weight-gradient std) against the layer index: the
     * per-layer factor of the gradient's variance toward the input (a weight gradient is a_{l−1}·δ_l,
     * and saturated a_{l−1} ≈ ±1 in every layer, so its ratio between layers is δ's).
     */
    static double backwardVarianceFactor(Run<Point> r) {
        Series g = r.get(GRADIENT_STD);
        if (g == null || g.size() < 3) return Double.NaN;
        SimpleRegression fit = new SimpleRegression();
        for (int i = 0; i < g.size(); i++) {
            if (!(g.y()[i] > 0)) return Double.NaN;
            fit.addData(g.x()[i], Math.log(g.y()[i]));
        }
        return Math.exp(-2 * fit.getSlope());
    }

    private static final Statistic<Point> TANH_ONE_BACKWARD = Statistic.of(
            "median over seeds of the per-layer factor of the weight-gradient variance toward the input for tanh with N(0, 1) weights "
                    + "(exp(-2 x slope of ln std against the layer); mean-field χ at width 256: "
                    + String.format(java.util.Locale.ROOT, "%.2f", MeanField.backwardFactor(1, 256)) + ")",
            runs -> runs.at(TANH_ONE).medianEstimate(VariancePropagation::backwardVarianceFactor));

    @Override
    public List<Claim<Point>> claims() {
        return List.of(
                Claim.seed("tanh-std-0.01-collapses", "tanh with N(0, 0.01) weights: activations collapse toward zero layer after layer",
                        Rules.of(COLLAPSE, Decision.below(1e-6)))
                        .ifNotReproduced("with N(0, 0.01) weights the last hidden layer keeps more than 1e-6 of the first layer's std at this depth"),
                Claim.paper("tanh-std-1-backward-signal-grows", "tanh with N(0, 1) weights: the back-propagated signal grows toward "
                        + "the input (mean-field χ > 1), although most units are saturated, against 'the gradient of a constant is zero'",
                        Rules.of(TANH_ONE_BACKWARD, Decision.atLeast(2, 1)))
                        .ifNotReproduced("the gradient's variance does not grow toward the input with N(0, 1) tanh weights: saturation wins"),
                Claim.seed("tanh-std-1-saturates", "tanh with N(0, 1) weights: the units saturate at ±1",
                        Rules.of(SATURATION, Decision.atLeast(0.5)))
                        .ifNotReproduced("with N(0, 1) weights fewer than half of the last layer's tanh units are saturated (|a| > 0.99)"),
                Claim.paper("relu-keeps-scale-only-with-he",
                        "ReLU keeps its scale with He's variance 2/n; Xavier's 1/n (equal widths) halves the mean square per layer",
                        Rules.allOf(Rules.of(HE_SCALE, Decision.within(0, 2)), Rules.of(XAVIER_HALVING, Decision.within(0, 3))))
                        .ifNotReproduced("He does not keep the ReLU signal's mean square within a factor 4, or XAVIER does not halve it per layer"),
                Claim.paper("recursion-predicts-std",
                        "The per-layer activation std follows the recursion Var z = n Var(w) E[f(z)^2], with n the fan-in",
                        Rules.of(WORST_FACTOR, Decision.below(2)))
                        .ifNotReproduced("in some configuration the measured per-layer std departs from the mean-field recursion by more than the stated factor"),
                Claim.seed("tanh-std-0.01-gradients-vanish", "tanh with N(0, 0.01) weights: the gradients are close to zero in all layers",
                        Rules.of(GRADIENT_GAP, Decision.below(1e-6)))
                        .ifNotReproduced("with N(0, 0.01) weights the gradients are not small against LECUN_NORMAL's: they do not vanish in every layer"));
    }

    @Override
    public List<Figure<Point>> figures() {
        return List.of(
                Figure.<Point>of("activation-std", "Activation std against layer, with the mean-field prediction", ACTIVATION_STD)
                        .withReference(THEORY_STD).withLogY(),
                Figure.<Point>of("saturated-fraction", "Saturated tanh units (|a| > 0.99) against layer", SATURATED)
                        .only(p -> p.activation == ActivationKind.TANH),
                Figure.<Point>of("relu-mean-square", "ReLU activation mean square against layer", MEAN_SQUARE)
                        .only(p -> p.activation == ActivationKind.RELU).withLogY(),
                Figure.<Point>of("weight-gradient-std", "Weight-gradient std against layer", GRADIENT_STD).withLogY());
    }
}
