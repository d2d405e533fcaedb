package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.JacobianProbe.BACKWARD_FACTOR;
import static io.twinnet.experiments.catalog.JacobianProbe.DELTA_BY_LAYER;
import static io.twinnet.experiments.catalog.JacobianProbe.MEAN_SINGULAR_VALUE;
import static io.twinnet.experiments.catalog.JacobianProbe.QUARTER_CIRCLE_RATIO;
import static io.twinnet.experiments.catalog.JacobianProbe.SINGULAR_VALUE_BY_LAYER;
import static io.twinnet.experiments.catalog.JacobianProbe.THEORY_DELTA;
import static io.twinnet.experiments.catalog.JacobianProbe.THEORY_SINGULAR_VALUE;
import static io.twinnet.experiments.catalog.JacobianProbe.THEORY_WEIGHT_GRADIENT;
import static io.twinnet.experiments.catalog.JacobianProbe.WEIGHT_GRADIENT_BY_LAYER;
import static io.twinnet.experiments.catalog.JacobianProbe.WEIGHT_GRADIENT_FACTOR;

import com.google.auto.service.AutoService;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.experiments.data.Subsets;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Decision;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Margin;
import io.twinnet.experiments.lab.OutcomeMetric;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.Rule;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.Rules;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Statistic;
import io.twinnet.experiments.lab.Trial;
import java.util.List;
import java.util.Locale;

/**
 * Glorot &amp; Bengio 2010, "Understanding the difficulty of training deep feedforward neural
 * networks", §4.2.2: at initialisation, the mean singular value of a tanh layer's Jacobian
 * ∂h_l/∂h_{l−1} is about 0.5 with their "standard" init U[±1/√n] (eq. 1; σ² = 1/(3n)) and about 0.8
 * with the "normalised" init U[±√(6/(n_in + n_out))] (eq. 16; σ² = 1/n for a square layer). The
 * quarter-circle law gives (8/3π)·σ√n, i.e. 0.490 and 0.849 for a linear layer, times E[tanh′]
 * through tanh ({@link LayerJacobian}, which states what that assumes). And their eq. 6–7 (linear
 * regime): with the gain n·σ² = 1/3 of the standard init, the back-propagated gradient
 * Var[∂L/∂s_l] is multiplied by 1/3 per layer toward the input, while the weight gradient
 * Var[∂L/∂W_l] = Var[h_{l−1}]·Var[∂L/∂s_l] ∝ (1/3)^(l−1)·(1/3)^(L−l) is the same in every layer.
 * Both sides measure their own nets as drawn ({@link JacobianProbe}).
 */
@AutoService(Experiment.class)
public final class JacobianSpectrum implements Experiment<JacobianSpectrum.Point> {
    static final String ID = "jacobian-spectrum";

    /** One hidden activation with one of the paper's two inits. */
    public record Point(ActivationKind activation, InitChoice init) implements GridPoint {
        public Point {
            if (activation != ActivationKind.TANH && activation != ActivationKind.IDENTITY) {
                throw new IllegalArgumentException("activation: tanh or identity, got " + activation);
            }
            if (init != InitChoice.UNIFORM && init != InitChoice.XAVIER_UNIFORM) throw new IllegalArgumentException("init: uniform or xavier-uniform, got " + init);
        }

        @Override
        public String id() {
            return (activation == ActivationKind.TANH ? "tanh" : "linear") + "-" + init.label;
        }
    }

    /** Hidden width, hidden layers, inputs whose Jacobians are taken, MNIST images per class for the gradients, seeds. */
    record Sizes(int width, int depth, int jacobianInputs, int gradientPerClass, int seeds) {
    }

    static Sizes sizes(Profile p) {
        return p == Profile.QUICK ? new Sizes(100, 5, 1, 2, 10) : new Sizes(400, 5, 4, 5, 10);
    }

    static final Point TANH_STANDARD = new Point(ActivationKind.TANH, InitChoice.UNIFORM);
    static final Point TANH_NORMALISED = new Point(ActivationKind.TANH, InitChoice.XAVIER_UNIFORM);
    static final Point LINEAR_STANDARD = new Point(ActivationKind.IDENTITY, InitChoice.UNIFORM);
    static final Point LINEAR_NORMALISED = new Point(ActivationKind.IDENTITY, InitChoice.XAVIER_UNIFORM);
    private static final List<Point> GRID = List.of(TANH_STANDARD, TANH_NORMALISED, LINEAR_STANDARD, LINEAR_NORMALISED);
    static final int INPUT = 784;

    /** The paper's figures and the tolerance of both: they are given to one decimal, so ±0.05 is the rounding. */
    static final double PAPER_STANDARD = 0.5;
    static final double PAPER_NORMALISED = 0.8;
    static final double PAPER_TOLERANCE = 0.05;
    /** The linear layer against (8/3π)·σ√n, as a ratio: finite-width bias and seed scatter are each well under 1 % at width 100. */
    static final double QUARTER_CIRCLE_TOLERANCE = 0.02;
    /** The per-layer factors of eq. 6 (theory 1/3) and eq. 7 (theory 1), each ± this. */
    static final double FACTOR_TOLERANCE = 0.1;

    /** √(p(1 − p)/n): the standard error of an error rate p measured on n test images. */
    static double standardError(double p, int n) {
        return Math.sqrt(p * (1 - p) / n);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Jacobian singular values at initialisation (0.5 vs 0.8) and the back-propagated gradient";
    }

    @Override
    public String source() {
        return "Glorot & Bengio 2010";
    }

    @Override
    public int position() {
        return 11;
    }

    @Override
    public String setup(Profile profile) {
        Sizes s = sizes(profile);
        return String.format(Locale.ROOT, "MLPs on MNIST (pixels/255, as the paper's image inputs) with %d hidden layers of width %d "
                        + "(the paper: 1000; commons-math3's SVD, which gives the singular values, costs about n³), tanh or linear, zero biases, "
                        + "a softmax output with cross-entropy; init U[±1/√fan-in] (DL4J UNIFORM, the paper's standard) or "
                        + "U[±√(6/(fan-in + fan-out))] (DL4J XAVIER_UNIFORM, the normalised one), drawn by each implementation. Per "
                        + "seed one net: the mean singular value of the %d square Jacobians ∂h_l/∂h_(l-1), l = 2..%d, at the first %d "
                        + "image(s) on the tanh nets and at one on the linear ones (whose Jacobian does not depend on the input), from the side's own activations "
                        + "and weights; and, on the tanh nets with the standard init (the ones claimed; DL4J's one-image gradients are what "
                        + "the quick profile's time goes to), Var ∂L/∂s_l and Var ∂L/∂W_l per hidden layer from one-image gradients of %d images. "
                        + "No training. %s The paper's MNIST test errors, 1.76 %% (standard) and 1.64 %% (normalised), differ by "
                        + "0.12 points where one error rate's standard error on 10,000 images is √(p(1-p)/n) = %.2f points "
                        + "(%.2f for the difference of two independent ones): not a claim this catalog can judge.",
                s.depth, s.width,
                s.depth - 1, s.depth, s.jacobianInputs, 10 * s.gradientPerClass,
                profile == Profile.QUICK ? "The full profile uses width 400, 4 images for the Jacobians, 50 for the gradients and 10 seeds." : "",
                100 * standardError(0.0176, 10_000), 100 * Math.hypot(standardError(0.0176, 10_000), standardError(0.0164, 10_000)));
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
     * The four per-seed statistics the claims read, each within half its claim's tolerance: the mean singular value
     * ±0.025, its ratio to the quarter-circle mean ±0.01, the two fitted per-layer factors ±0.05.
     */
    @Override
    public List<OutcomeMetric> outcomes() {
        return List.of(OutcomeMetric.of(JacobianProbe.MEAN_SINGULAR_VALUE, Margin.absolute(PAPER_TOLERANCE / 2)),
                OutcomeMetric.of(JacobianProbe.QUARTER_CIRCLE_RATIO, Margin.absolute(QUARTER_CIRCLE_TOLERANCE / 2)),
                OutcomeMetric.of(JacobianProbe.BACKWARD_FACTOR, Margin.absolute(FACTOR_TOLERANCE / 2)),
                OutcomeMetric.of(JacobianProbe.WEIGHT_GRADIENT_FACTOR, Margin.absolute(FACTOR_TOLERANCE / 2)));
    }

    static NetworkSpec spec(Point p, int width, int depth, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(INPUT)).name(ID + "-" + p.id()).learningRate(0.01).seed(seed);
        for (int l = 0; l < depth; l++) b.layer(DenseLayerSpec.of(width, Activation.of(p.activation), p.init.weights));
        b.layer(OutputLayerSpec.of(10, Activation.SOFTMAX, LossFunction.MCXENT, p.init.weights));
        return b.build();
    }

    /** The weight variance of every layer of {@code p}'s net, input to last hidden, then the output. */
    static double[] variances(Point p, int width, int depth) {
        double[] v = new double[depth + 1];
        for (int l = 0; l <= depth; l++) v[l] = p.init.variance(l == 0 ? INPUT : width, l == depth ? 10 : width);
        return v;
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, env, sizes(env.profile()));
    }

    Trial trial(Point p, RunSeeds seeds, RunEnvironment env, Sizes s) {
        Dataset images = Subsets.stratified(env.mnistTrain(), s.gradientPerClass, seeds.probe());
        int inputs = p.activation == ActivationKind.IDENTITY ? 1 : Math.min(s.jacobianInputs, images.size());
        JacobianProbe probe = new JacobianProbe(p.activation, s.width, s.depth, variances(p, s.width, s.depth), inputs, p.equals(TANH_STANDARD));
        return Trial.atInitialisation(spec(p, s.width, s.depth, seeds.init()), "MNIST train, " + Subsets.describe(s.gradientPerClass, seeds.probe())
                + "; Jacobians at the first " + inputs, net -> probe.measure(net, images));
    }

    private static Rule<Point> near(Point p, double paper) {
        return Rules.of(Statistic.of(String.format(Locale.ROOT, "%s: median over seeds of the mean singular value of the Jacobians of "
                        + "hidden layers 2..L (the paper: %.1f)", p.id(), paper), runs -> runs.at(p).medianEstimate(r -> r.get(MEAN_SINGULAR_VALUE))),
                Decision.within(paper, PAPER_TOLERANCE));
    }

    /** n·σ² of a square layer, the same at every width for both inits: 1/3 (standard) and 1 (normalised). */
    static double squareGain(InitChoice init) {
        return init.variance(1, 1);
    }

    private static Rule<Point> quarterCircle(Point p) {
        return Rules.of(Statistic.of(String.format(Locale.ROOT, "%s: median over seeds of the mean singular value divided by "
                        + "(8/3π)·σ√n = %.4f", p.id(), LayerJacobian.quarterCircleMean(squareGain(p.init), 1)),
                runs -> runs.at(p).medianEstimate(r -> r.get(QUARTER_CIRCLE_RATIO))), Decision.within(1, QUARTER_CIRCLE_TOLERANCE));
    }

    private static Rule<Point> factor(Scalar key, String what, double theory) {
        return Rules.of(Statistic.of(String.format(Locale.ROOT, "%s: median over seeds of the per-layer factor of %s toward the input "
                        + "(2^-slope of the least-squares line of log2 against the hidden layer; theory %.4f)", TANH_STANDARD.id(), what, theory),
                runs -> runs.at(TANH_STANDARD).medianEstimate(r -> r.get(key))), Decision.within(theory, FACTOR_TOLERANCE));
    }

    @Override
    public List<Claim<Point>> claims() {
        return List.of(
                Claim.paper("standard-init-singular-value-near-0.5", "With the standard init U[±1/√n] the mean singular value of "
                                + "a tanh layer's Jacobian at initialisation is about 0.5", near(TANH_STANDARD, PAPER_STANDARD))
                        .ifNotReproduced("the mean singular value with the standard init is not 0.5 to the paper's one decimal"),
                Claim.paper("normalised-init-singular-value-near-0.8", "With the normalised init U[±√(6/(n_in + n_out))] the mean "
                                + "singular value of a tanh layer's Jacobian is about 0.8", near(TANH_NORMALISED, PAPER_NORMALISED))
                        .ifNotReproduced("the mean singular value with the normalised init is not 0.8 to the paper's one decimal"),
                Claim.paper("linear-singular-value-is-quarter-circle-mean", "For a linear layer (an n × n matrix of i.i.d. entries "
                                + "of variance σ²) the mean singular value is (8/3π)·σ√n, the quarter-circle law's mean",
                        Rules.allOf(quarterCircle(LINEAR_STANDARD), quarterCircle(LINEAR_NORMALISED)))
                        .ifNotReproduced("the mean singular value of a linear layer departs from (8/3π)·σ√n by more than 2 %"),
                Claim.paper("standard-init-backprop-gradient-shrinks", "With the standard init the back-propagated gradient "
                                + "Var[∂L/∂s_l] shrinks toward the input, by n·Var(W) = 1/3 per layer in the linear regime (eq. 6)",
                        factor(BACKWARD_FACTOR, "Var[∂L/∂s_l] (one-image gradients, hidden layers 1..L)", 1.0 / 3))
                        .ifNotReproduced("the back-propagated gradient does not shrink toward the input by about 1/3 per layer"),
                Claim.paper("standard-init-weight-gradient-variance-constant", "With the standard init the variance of the weight "
                                + "gradients ∂L/∂W_l is nearly the same in every layer (eq. 7), although the back-propagated gradient shrinks",
                        factor(WEIGHT_GRADIENT_FACTOR, "Var[∂L/∂W_l] (one-image gradients, hidden layers 1..L)", 1))
                        .ifNotReproduced("the weight-gradient variance changes from layer to layer by more than 10 % per layer"));
    }

    @Override
    public List<Figure<Point>> figures() {
        return List.of(
                Figure.<Point>of("singular-values", "Mean singular value of ∂h_l/∂h_(l-1) against layer, with (8/3π)·σ√n·E[f′]",
                        SINGULAR_VALUE_BY_LAYER).withReference(THEORY_SINGULAR_VALUE),
                Figure.<Point>of("backprop-gradient", "Var ∂L/∂s_l relative to the last hidden layer, with (n·σ²)^(L-l) (eq. 6)",
                        DELTA_BY_LAYER).only(TANH_STANDARD::equals).withReference(THEORY_DELTA).withLogY(),
                Figure.<Point>of("weight-gradient", "Var ∂L/∂W_l relative to the last hidden layer, with eq. 7's linear-regime ratio",
                        WEIGHT_GRADIENT_BY_LAYER).only(TANH_STANDARD::equals).withReference(THEORY_WEIGHT_GRADIENT).withLogY());
    }
}
