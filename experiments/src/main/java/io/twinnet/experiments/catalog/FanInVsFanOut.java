package io.twinnet.experiments.catalog;

import com.google.auto.service.AutoService;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Margin;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.Decision;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.OutcomeMetric;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.Rule;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.Rules;
import io.twinnet.experiments.lab.Statistic;
import io.twinnet.experiments.lab.Trial;
import static io.twinnet.experiments.catalog.FanSignalProbe.BACKWARD_BY_LAYER;
import static io.twinnet.experiments.catalog.FanSignalProbe.BACKWARD_RATIOS;
import static io.twinnet.experiments.catalog.FanSignalProbe.FORWARD_BY_LAYER;
import static io.twinnet.experiments.catalog.FanSignalProbe.FORWARD_RATIOS;
import static io.twinnet.experiments.catalog.FanSignalProbe.THEORY_BACKWARD;
import static io.twinnet.experiments.catalog.FanSignalProbe.THEORY_FORWARD;

import java.util.List;
import java.util.Locale;

/**
 * He, Zhang, Ren &amp; Sun 2015, "Delving deep into rectifiers", §2.2, on a bias-free ReLU MLP whose
 * hidden layers l = 1..L have widths d_l (layer l has fan-in n_l = d_{l−1} and fan-out d_l), with
 * x_l the input of layer l, z_l = W_l x_l and x_{l+1} = relu(z_l), at initialisation:
 * <ul>
 *   <li>forward (their eq. 7–10): E[x_{l+1}²] = ½·Var z_l and Var z_l = n_l·σ_l²·E[x_l²], so
 *   Var z_L / Var z_1 = ∏_{l=2..L} ½·n_l·σ_l²;</li>
 *   <li>backward (eq. 11–13, assuming f′(z_l) independent of ∂L/∂x_{l+1}): ∂L/∂x_l = W_l·∂L/∂z_l and
 *   E[(∂L/∂z_l)²] = ½·Var ∂L/∂x_{l+1}, so Var ∂L/∂x_2 / Var ∂L/∂x_{L+1} = ∏_{l=2..L} ½·d_l·σ_l².</li>
 * </ul>
 * Fan-in, σ_l² = 2/n_l, makes every forward factor 1, and the backward product
 * ∏ d_l/n_l = ∏ d_l/d_{l−1} telescopes to d_L/d_1. Fan-out, σ_l² = 2/d_l, makes every backward factor
 * 1, and the forward product ∏ n_l/d_l = ∏ d_{l−1}/d_l telescopes to d_1/d_L (their eq. 14:
 * "c_2/d_L"). On alternating widths 64/512 the two inits part by a factor d_L/d_1 = 8.
 *
 * <p>The forward signal is read as E[x_{l+1}²] = E[relu(z_l)²] (the layer's output, which is
 * ½·Var z_l, so its ratios are those of Var z_l); the backward one from a one-example gradient: the
 * weight gradient of layer l is x_l ⊗ ∂L/∂z_l, so ∂L/∂z_l = Gᵀx_l/‖x_l‖² exactly, and
 * ∂L/∂x_l = W_l·∂L/∂z_l. Each run draws many nets ({@link NetDraws}), each with a fresh N(0,1) input;
 * the claims pool the nets' ratios over seeds. DL4J draws fan-in with its own {@code RELU}; DL4J has no
 * normal of variance 2/fan-out (in 1.0.0-M2.1 {@code VAR_SCALING_NORMAL_FAN_OUT} draws ND4J's
 * {@code TruncatedNormalDistribution} with standard deviation √(scale/fan-out), scale 1 by default,
 * whose variance the truncation lowers), so the fan-out nets give every layer a
 * {@code NormalDistribution(0, √(2/d_l))}, which DL4J draws with its own generator. A side's fan-in and
 * fan-out nets of one seed are the same Gaussian draw scaled per layer, so by positive homogeneity their
 * forward ratios over the theory are equal: the two forward claims are one measurement read twice.
 */
@AutoService(Experiment.class)
public final class FanInVsFanOut implements Experiment<FanInVsFanOut.Point> {
    static final String ID = "fan-in-vs-fan-out";

    /** Which fan the variance 2/fan divides by. */
    public enum Fan { IN, OUT }

    /** One init rule. */
    public record Point(Fan fan) implements GridPoint {
        public Point {
            if (fan == null) throw new IllegalArgumentException("fan: is missing");
        }

        @Override
        public String id() {
            return fan == Fan.IN ? "fan-in" : "fan-out";
        }
    }

    /** Nets per run on each side (DL4J builds a net in tens of milliseconds), and seeds. */
    /** Nets drawn per run (the same on both sides, see {@link #outcomes()}) and seeds. */
    record Sizes(int nets, int seeds) {
    }

    static Sizes sizes(Profile p) {
        return p == Profile.QUICK ? new Sizes(20, 10) : new Sizes(400, 10);
    }

    /** The outcome compared between the implementations: the last value of {@link FanSignalProbe#FORWARD_BY_LAYER}. */
    static final Scalar FORWARD_AT_LAST_HIDDEN = Scalar.of("forwardSignalAtLastHiddenLayer", "mean over a seed's nets of Var z_L / Var z_1");
    static final int INPUT = 64;
    static final int OUTPUT = 10;
    /** d_1 … d_L: alternating 64 and 512, so d_L/d_1 = 8. */
    static final List<Integer> WIDTHS = List.of(64, 512, 64, 512, 64, 512);
    static final Point FAN_IN = new Point(Fan.IN);
    static final Point FAN_OUT = new Point(Fan.OUT);
    private static final List<Point> GRID = List.of(FAN_IN, FAN_OUT);
    /** Each claim's ratio to its theory must lie within ±20 %: the two inits part by a factor of 8. */
    static final double TOLERANCE = 0.2;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Fan-in keeps the forward signal, fan-out the backward one; the other telescopes to d_1/d_L";
    }

    @Override
    public String source() {
        return "He et al. 2015";
    }

    @Override
    public int position() {
        return 13;
    }

    @Override
    public boolean usesMnist() {
        return false;
    }

    @Override
    public String setup(Profile profile) {
        Sizes s = sizes(profile);
        return "Bias-free ReLU MLPs " + INPUT + "-" + WIDTHS.stream().map(String::valueOf).reduce((a, b) -> a + "-" + b).orElseThrow()
                + "-" + OUTPUT + " (identity output with weights N(0, " + OUTPUT_STD + "²), so that the output error is the targets', "
                + "MSE against N(0,1) targets) with hidden weights N(0, 2/fan-in) (DL4J RELU) or N(0, 2/fan-out) (a "
                + "NormalDistribution per layer on DL4J, which has no such scheme); per run " + s.nets + " nets on "
                + "each side, each drawn by its implementation and fed one fresh N(0,1) input: per "
                + "hidden layer the mean square of its output, and per layer input the mean square of ∂L/∂x_l from a one-example "
                + "gradient. No training." + (profile == Profile.QUICK ? " The full profile draws 400 nets per run over 10 seeds." : "");
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
     * The forward signal at the last hidden layer (mean over a seed's nets of Var z_L / Var z_1) within ±10 % of DL4J's
     * median, half the claims' tolerance. Both sides draw the same number of nets per seed, so that their per-seed
     * values are alike in distribution when the implementations agree (the permutation test's premise).
     */
    @Override
    public List<OutcomeMetric> outcomes() {
        return List.of(OutcomeMetric.finalValueOf(FORWARD_AT_LAST_HIDDEN, FanSignalProbe.FORWARD_BY_LAYER, Margin.relative(TOLERANCE / 2)));
    }

    /** σ² = 2/fan of a layer with fan-in {@code fanIn} and fan-out {@code fanOut}. */
    static double variance(Fan fan, int fanIn, int fanOut) {
        return 2.0 / (fan == Fan.IN ? fanIn : fanOut);
    }

    /** The output layer's weight std: the output is near 0, so its error 2(a − t)/K ≈ −2t/K is independent of the forward pass (eq. 13). */
    static final double OUTPUT_STD = 1e-3;

    private static WeightInit weights(Fan fan, int fanOut) {
        return fan == Fan.IN ? WeightInit.relu() : WeightInit.normal(0, Math.sqrt(variance(fan, 1, fanOut)));
    }

    static NetworkSpec spec(Point p, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(INPUT)).name(ID + "-" + p.id()).learningRate(0.01).seed(seed);
        for (int d : WIDTHS) b.layer(DenseLayerSpec.of(d, Activation.RELU, weights(p.fan, d)).withoutBias());
        b.layer(OutputLayerSpec.of(OUTPUT, Activation.IDENTITY, LossFunction.MSE, WeightInit.normal(0, OUTPUT_STD)).withoutBias());
        return b.build();
    }

    /** d_{l−1}, the fan-in of hidden layer l = 1..L (d_0 the input). */
    static int fanIn(List<Integer> widths, int l) {
        return l == 1 ? INPUT : widths.get(l - 2);
    }

    /** ∏_{k=2..l} ½·n_k·σ_k²: E[x_{l+1}²] / E[x_2²], i.e. Var z_l / Var z_1. */
    static double forwardTheory(Fan fan, List<Integer> widths, int l) {
        double p = 1;
        for (int k = 2; k <= l; k++) p *= 0.5 * fanIn(widths, k) * variance(fan, fanIn(widths, k), widths.get(k - 1));
        return p;
    }

    /** ∏_{k=l..L} ½·d_k·σ_k² for l = 2..L+1: Var ∂L/∂x_l / Var ∂L/∂x_{L+1}. */
    static double backwardTheory(Fan fan, List<Integer> widths, int l) {
        double p = 1;
        for (int k = l; k <= widths.size(); k++) p *= 0.5 * widths.get(k - 1) * variance(fan, fanIn(widths, k), widths.get(k - 1));
        return p;
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, sizes(env.profile()));
    }

    Trial trial(Point p, RunSeeds seeds, Sizes s) {
        Dataset data = GaussianData.of(INPUT, OUTPUT, s.nets, seeds.data());
        return Trial.atInitialisation(spec(p, seeds.init()), s.nets + " inputs and targets of i.i.d. N(0,1) values, one per net, seed "
                + seeds.data(), net -> FanSignalProbe.measure(new NetDraws(net, seeds), s.nets, data, WIDTHS.size(),
                l -> forwardTheory(p.fan, WIDTHS, l), l -> backwardTheory(p.fan, WIDTHS, l)));
    }

    private static Rule<Point> ratio(Point p, Curve ratios, String what, double theory) {
        return Rules.of(Statistic.of(String.format(Locale.ROOT, "%s: the mean over the nets of all seeds of %s, divided by the theory "
                + "%.4g (bootstrap over the nets)", p.id(), what, theory), runs -> FanSignalProbe.pooledMeanOverTheory(runs.at(p), ratios, theory)),
                Decision.within(1, TOLERANCE));
    }

    private static final int L = WIDTHS.size();
    private static final String OUTPUT_REVISION = "2026-12-01, after the first quick run (statistic and tolerance unchanged): the "
            + "output layer's weights went from the hidden layers' rule to N(0, 1e-6). With an output of unit scale both "
            + "backward ratios came out 1.3-1.7 times the theory on both sides (core 1.70 and 1.49, DL4J 1.52 and 1.32, all "
            + "intervals above 1.2), because the error 2(a - t)/K then contains the forward pass: its part along x_(L+1) is "
            + "not halved by the ReLU masks, against the independence eq. 13 assumes. A near-zero output keeps the error "
            + "the targets' alone, which is the setting the claim is about";
    private static final String FORWARD = "Var z_L / Var z_1";
    private static final String BACKWARD = "Var ∂L/∂x_2 / Var ∂L/∂x_(L+1)";

    @Override
    public List<Claim<Point>> claims() {
        return List.of(
                Claim.paper("fan-in-keeps-forward-signal", "With weights N(0, 2/fan-in) the forward signal keeps its variance "
                                + "through layers of alternating widths: Var z_L = Var z_1",
                        ratio(FAN_IN, FORWARD_RATIOS, FORWARD, forwardTheory(Fan.IN, WIDTHS, L)))
                        .ifNotReproduced("with fan-in weights the forward signal's variance changes across the layers"),
                Claim.paper("fan-out-keeps-backward-signal", "With weights N(0, 2/fan-out) the back-propagated signal keeps its "
                                + "variance: Var ∂L/∂x_2 = Var ∂L/∂x_(L+1)",
                        ratio(FAN_OUT, BACKWARD_RATIOS, BACKWARD, backwardTheory(Fan.OUT, WIDTHS, 2)))
                        .revised(OUTPUT_REVISION)
                        .ifNotReproduced("with fan-out weights the backward signal's variance changes across the layers"),
                Claim.paper("fan-in-backward-ratio-telescopes", "With fan-in weights the backward signal changes by the product of "
                                + "d_l/d_(l-1), which telescopes to d_L/d_1 = 8",
                        ratio(FAN_IN, BACKWARD_RATIOS, BACKWARD, backwardTheory(Fan.IN, WIDTHS, 2)))
                        .revised(OUTPUT_REVISION)
                        .ifNotReproduced("with fan-in weights the backward signal does not change by d_L/d_1"),
                Claim.paper("fan-out-forward-ratio-telescopes", "With fan-out weights the forward signal changes by the product of "
                                + "d_(l-1)/d_l, which telescopes to d_1/d_L = 1/8",
                        ratio(FAN_OUT, FORWARD_RATIOS, FORWARD, forwardTheory(Fan.OUT, WIDTHS, L)))
                        .ifNotReproduced("with fan-out weights the forward signal does not change by d_1/d_L"));
    }

    @Override
    public List<Figure<Point>> figures() {
        return List.of(
                Figure.<Point>of("forward", "Var z_l / Var z_1 against layer, with the product of n_k sigma_k^2 / 2", FORWARD_BY_LAYER)
                        .withReference(THEORY_FORWARD).withLogY(),
                Figure.<Point>of("backward", "Var dL/dx_l / Var dL/dx_(L+1) against layer, with the product of d_k sigma_k^2 / 2",
                        BACKWARD_BY_LAYER).withReference(THEORY_BACKWARD).withLogY());
    }
}
