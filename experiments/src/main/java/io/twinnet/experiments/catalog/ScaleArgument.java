package io.twinnet.experiments.catalog;

import com.google.auto.service.AutoService;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.HeatMapFigure;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.OutcomeMetric;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.Trial;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Seed 000's answer, measured. Its argument: doubling every weight of a depth-d bias-free ReLU net
 * multiplies the output by 2^d (checked in {@code relu-init-range}, {@link PositiveHomogeneity}), so
 * "the gradient" grows by about 2^d and the learning rate must shrink by as much. Homogeneity says
 * more precisely: f(2θ; x) = 2^d f(θ; x), so the output's Jacobian in each weight matrix,
 * ∂f/∂W_l, grows by exactly 2^(d−1) (one factor per other layer), and the neural tangent kernel
 * Θ(x, x') = Σ_l ⟨∂f(x)/∂W_l, ∂f(x')/∂W_l⟩ (Jacot et al. 2018) by exactly 4^(d−1); both read from
 * each implementation's own backward pass ({@link DoublingFactors}).
 *
 * <p>The curvature assumption: with MSE on an identity output the loss's second derivative in f is a
 * constant (2/K), so the Gauss–Newton curvature of L = (1/N) Σ ℓ is (2/NK)·Θ and full-batch gradient
 * descent is linearly stable for η &lt; 2/λ_max = NK/λ_max(Θ). Hence the largest stable learning rate
 * should fall like 4^−(d−1) per doubling of the init scale: a slope of −2(d−1) of log2 η* against
 * log2 scale, against the answer's −d. (With a softmax output the loss's own curvature changes with
 * the scale as the softmax saturates, and the argument does not carry over.)
 *
 * <p>The phase diagram: init scale s ∈ {¼, ½, 1, 2, 4} × He (quick: ¼, 1, 4), N(0, 2s²/fan-in), against a log2 grid of
 * learning rates, each cell trained for a short budget of full-batch steps on a small regression and
 * labelled by the rule of {@link TrainingPhase}; per seed the boundary and its slope are read by
 * {@link StableLrBoundary}. The slope claims' tolerance, ±0.5, is half the distance between
 * −2(d−1) = −4 and the answer's −d = −3 at d = 3, fixed before the first run; the claim on
 * s ≥ 1 alone was added after it (its revision says so): below He's scale the boundary flattens.
 *
 * <p>The kernel's own line: per seed and scale, the tangent kernel Θ over the 16 training examples at
 * initialisation (the phase cells' own θ and data, since the init and data seeds do not depend on the
 * cell) gives the linearised net's stable bound η* = N/λ_max(Θ) ({@link KernelStableLr}), drawn over both heat maps
 * (the median over seeds) and judged against the measured boundary from He's scale up: within a factor 2
 * (|log2 ratio| &lt; 1, one step of the lr grid) at every scale s ≥ 1, a rule fixed before its first run.
 */
@AutoService(Experiment.class)
public final class ScaleArgument implements Experiment<ScaleArgument.Point> {
    static final String ID = "scale-argument";

    /** The identities at initialisation, the kernel's stable lr at one scale, or one cell of the phase diagram. */
    public enum Kind { FACTORS, KERNEL, PHASE }

    /** A grid point: the factor check of a depth, or a (scale, lr) cell trained at the phase diagram's depth. */
    public record Point(Kind kind, int depth, double scale, int log2Lr) implements GridPoint {
        @Override
        public String id() {
            return switch (kind) {
                case FACTORS -> "factors-d" + depth;
                case KERNEL -> "kernel-s" + scaleLabel();
                case PHASE -> "s" + scaleLabel() + "-log2lr" + log2Lr;
            };
        }

        /** The learning rate, 2^log2Lr. */
        double lr() {
            return Math.scalb(1.0, log2Lr);
        }

        String scaleLabel() {
            return String.format(Locale.ROOT, "%g", scale).replaceAll("\\.?0+$", "");
        }

        String lrLabel() {
            return "2^" + log2Lr;
        }
    }

    /** Phase diagram sizes: seeds (DL4J the first dl4jSeeds), full-batch steps, examples, input, width, scales, log2 lr range. */
    record Sizes(int seeds, int dl4jSeeds, int steps, int examples, int input, int width, List<Double> scales, int lowestLog2Lr,
                 int highestLog2Lr) {
    }

    /**
     * The lr grid must hold the predicted boundary at every scale: about 2^−10 at s = 4 and, on a slope of −4, 2^6 at
     * s = ¼; the quick profile spends its budget on that range rather than on the two intermediate scales.
     */
    static Sizes sizes(Profile p) {
        return p == Profile.QUICK ? new Sizes(6, 2, 20, 16, 8, 32, List.of(0.25, 1.0, 4.0), -12, 7)
                : new Sizes(10, 10, 100, 16, 8, 64, List.of(0.25, 0.5, 1.0, 2.0, 4.0), -16, 9);
    }

    /** The depths whose factors are checked, and the depth of the phase diagram (d weight matrices). */
    static final List<Integer> FACTOR_DEPTHS = List.of(2, 3, 4);
    static final int PHASE_DEPTH = 3;
    /** The factor checks: a hidden width of 16, 8 inputs of 8 features. */
    private static final int FACTOR_WIDTH = 16;
    private static final int FACTOR_INPUTS = 8;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "The scale argument: ×2 weights gives ∂f/∂W ×2^(d−1), the tangent kernel ×4^(d−1), and the stable lr ×4^−(d−1)";
    }

    @Override
    public String source() {
        return "seed 000 (answer)";
    }

    @Override
    public int position() {
        return 14;
    }

    @Override
    public boolean usesMnist() {
        return false;
    }

    @Override
    public String setup(Profile profile) {
        Sizes s = sizes(profile);
        return "Factors: bias-free ReLU nets of d = 2, 3, 4 weight matrices (8 inputs, hidden width " + FACTOR_WIDTH
                + ", one identity output with MSE, He-normal weights), each side's own draw θ and 2θ, ∂f/∂θ read from the side's "
                + "gradient of MSE against 0 on each of " + FACTOR_INPUTS + " N(0,1) inputs. Phase diagram: d = " + PHASE_DEPTH + " (8-"
                + s.width + "-" + s.width + "-1, bias-free), weights N(0, 2s²/fan-in) for s = " + s.scales + ", learning rates 2^k for k = "
                + s.lowestLog2Lr + " … " + s.highestLog2Lr + ", " + s.steps + " full-batch SGD steps on " + s.examples
                + " examples of N(0,1) features and targets, " + s.seeds + " seeds per cell (DL4J the first " + s.dl4jSeeds + ": a cell costs it about 0.1 s); a cell is diverged "
                + "when the loss goes "
                + "non-finite or grows, collapsed when the output ends constant (dead ReLUs), converged when the loss at least halves "
                + "and ends below half the zero output's, flat otherwise. Kernel line: per seed and scale, the tangent kernel Θ over the "
                + s.examples + " training examples at the cells' initial weights, from each side's own backward pass, gives N/λ_max(Θ), "
                + "the linearised net's stable bound, drawn over the heat maps. "
                + (profile == Profile.QUICK ? "The full profile adds the scales ½ and 2, width 64, 100 steps, 10 seeds and "
                        + "two more lrs at each end, all seeds on DL4J." : "The quick profile runs s = ¼, 1, 4, width 32, 20 steps, 6 seeds "
                        + "(DL4J 2), k = −12 … 7.");
    }

    @Override
    public List<Point> grid(Profile profile) {
        List<Point> grid = new ArrayList<>();
        for (int d : FACTOR_DEPTHS) grid.add(new Point(Kind.FACTORS, d, 1, 0));
        Sizes s = sizes(profile);
        for (double scale : s.scales) grid.add(new Point(Kind.KERNEL, PHASE_DEPTH, scale, 0));
        for (double scale : s.scales) {
            for (int k = s.lowestLog2Lr; k <= s.highestLog2Lr; k++) grid.add(new Point(Kind.PHASE, PHASE_DEPTH, scale, k));
        }
        return grid;
    }

    @Override
    public int seeds(Profile profile) {
        return sizes(profile).seeds;
    }

    @Override
    public int seeds(Profile profile, Implementation implementation) {
        return implementation == Implementation.DL4J ? sizes(profile).dl4jSeeds : sizes(profile).seeds;
    }

    /** A bias-free ReLU net of {@code depth} weight matrices, one identity MSE output, weights N(0, 2·scale²/fan-in). */
    static NetworkSpec spec(String name, int input, int width, int depth, double scale, double lr, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(input)).name(name).learningRate(lr).seed(seed);
        for (int l = 0; l < depth - 1; l++) b.layer(DenseLayerSpec.of(width, Activation.RELU, he(scale, l == 0 ? input : width)).withoutBias());
        b.layer(OutputLayerSpec.of(1, Activation.IDENTITY, LossFunction.MSE, he(scale, depth == 1 ? input : width)).withoutBias());
        return b.build();
    }

    private static WeightInit he(double scale, int fanIn) {
        return WeightInit.normal(0, scale * Math.sqrt(2.0 / fanIn));
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, sizes(env.profile()));
    }

    Trial trial(Point p, RunSeeds seeds, Sizes s) {
        if (p.kind == Kind.FACTORS) {
            Dataset x = GaussianData.of(s.input, 1, FACTOR_INPUTS, seeds.data());
            NetworkSpec spec = spec(ID + "-" + p.id(), s.input, FACTOR_WIDTH, p.depth, 1, 0.01, seeds.init());
            return Trial.atInitialisation(spec, FACTOR_INPUTS + " inputs of i.i.d. N(0,1) features (" + s.input + "), seed " + seeds.data(),
                    net -> Trial.Outcome.finished(DoublingFactors.measure(net, x)));
        }
        Dataset train = GaussianData.of(s.input, 1, s.examples, seeds.data());
        if (p.kind == Kind.KERNEL) {
            NetworkSpec spec = spec(ID + "-" + p.id(), s.input, s.width, p.depth, p.scale, 1, seeds.init());
            return Trial.atInitialisation(spec, "the phase cells' " + s.examples + " training examples of i.i.d. N(0,1) features ("
                            + s.input + "), seed " + seeds.data() + ", and their initial weights (init seed " + seeds.init() + ")",
                    net -> Trial.Outcome.finished(KernelStableLr.measure(net, train)));
        }
        MinibatchOrder order = MinibatchOrder.shuffled(s.examples, s.examples, s.steps, seeds.order());
        NetworkSpec spec = spec(ID + "-" + p.id(), s.input, s.width, p.depth, p.scale, p.lr(), seeds.init());
        return TrainingTrial.builder(spec, train, order, train)
                .data(s.examples + " examples of i.i.d. N(0,1) features (" + s.input + ") and targets (1), seed " + seeds.data()
                        + ", full batch, evaluated on themselves")
                .checkpointEvery(s.steps).probe(() -> new TrainingPhase.Probe(train, order.size())).build();
    }

    static boolean isFactor(Point p) {
        return p.kind == Kind.FACTORS;
    }

    static boolean isPhase(Point p) {
        return p.kind == Kind.PHASE;
    }

    static boolean isKernel(Point p) {
        return p.kind == Kind.KERNEL;
    }

    @Override
    public List<Claim<Point>> claims() {
        return ScaleArgumentClaims.claims();
    }

    @Override
    public List<OutcomeMetric> outcomes() {
        return List.of();
    }

    /** The legend entry of the kernel's line over the heat maps. */
    static final String KERNEL_LINE = "kernel's N/λ_max(Θ) at init (median over seeds)";

    @Override
    public List<HeatMapFigure<Point>> heatMaps() {
        return List.of(
                HeatMapFigure.<Point>of("converged", "Phase diagram: fraction of seeds converged", TrainingPhase.CONVERGED_FLAG,
                        "fraction of seeds converged",
                        "init scale (× He)", Point::scaleLabel, "learning rate", Point::lrLabel).only(ScaleArgument::isPhase)
                        .withLine(KERNEL_LINE, KernelStableLr.KERNEL_STABLE_LR, ScaleArgument::isKernel, Point::lr),
                HeatMapFigure.<Point>of("unstable", "Phase diagram: fraction of seeds unstable (diverged or collapsed)", TrainingPhase.UNSTABLE_FLAG,
                        "fraction of seeds unstable",
                        "init scale (× He)", Point::scaleLabel, "learning rate", Point::lrLabel).only(ScaleArgument::isPhase)
                        .withLine(KERNEL_LINE, KernelStableLr.KERNEL_STABLE_LR, ScaleArgument::isKernel, Point::lr));
    }
}
