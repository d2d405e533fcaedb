package io.twinnet.experiments.catalog;

import com.google.auto.service.AutoService;
import io.twinnet.core.init.Rng;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.Decision;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.OutcomeMetric;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.Rule;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Rules;
import io.twinnet.experiments.lab.SeriesBuilder;
import io.twinnet.experiments.lab.Statistic;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TwinNetwork;
import io.twinnet.experiments.lab.stats.Bootstrap;
import io.twinnet.experiments.lab.stats.Estimate;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;

/**
 * Hanin &amp; Rolnick 2018, "How to start training: the effect of initialization and
 * architecture": in a ReLU net with He-normal weights N(0, 2/fan-in) and zero biases, the
 * normalised squared length r_l = ‖a_l‖²/n_l of layer l's output satisfies
 * E[r_l | r_{l−1}] = r_{l−1} and E[r_l² | r_{l−1}] = r_{l−1}²·(1 + 5/n_l) exactly: given the layer
 * below, the n_l pre-activations are i.i.d. N(0, 2r_{l−1}), and E[relu(z)⁴] = 3σ⁴/2 gives
 * (6 + (n_l − 1))/n_l. Hence, with r_0 = ‖x‖²/n_0, E[r_d/r_0] = 1 and
 * E[(r_d/r_0)²] = ∏(1 + 5/n_j) ({@link #secondMoment}): the spread of the length is set by Σ 1/n_j,
 * so nets of constant and of varying widths with the same sum behave alike.
 *
 * <p>Each run draws many nets (each implementation its own, one fixed Gaussian input per run) and
 * records every net's r_d/r_0; the claims pool the nets of all seeds, which are i.i.d., and
 * bootstrap their mean. The distribution is heavy-tailed, so the widths are ≥ 50.
 */
@AutoService(Experiment.class)
public final class ActivationLength implements Experiment<ActivationLength.Point> {
    static final String ID = "activation-length";

    /** The hidden widths n_1 … n_d of one architecture. */
    public record Point(List<Integer> widths) implements GridPoint {
        public Point {
            if (widths == null || widths.isEmpty()) throw new IllegalArgumentException("widths: at least one hidden layer is needed");
            widths = List.copyOf(widths);
            for (int n : widths) if (n < 1) throw new IllegalArgumentException("widths: must be positive, got " + widths);
        }

        @Override
        public String id() {
            return "w" + widths.stream().map(String::valueOf).collect(Collectors.joining("-"));
        }
    }

    /** Input size, nets per run on each side (DL4J builds a net in about 10 ms), seeds. */
    record Sizes(int input, int coreNets, int dl4jNets, int seeds) {
        int nets(Implementation impl) {
            return impl == Implementation.CORE ? coreNets : dl4jNets;
        }
    }

    static Sizes sizes(Profile p) {
        return p == Profile.QUICK ? new Sizes(20, 500, 60, 4) : new Sizes(20, 5000, 400, 6);
    }

    /** Three layers of 60: Σ 1/n = 0.05, ∏(1 + 5/n) = (13/12)³ = 1.2714. */
    static final Point CONSTANT = new Point(List.of(60, 60, 60));
    /** The same Σ 1/n = 1/50 + 1/60 + 1/75 = 0.05 with varying widths: ∏(1 + 5/n) = 1.1 · 13/12 · 16/15 = 1.2711. */
    static final Point VARYING = new Point(List.of(50, 60, 75));
    private static final List<Point> GRID = List.of(CONSTANT, VARYING);
    /** The tolerance of both claims, as a ratio to the theory. */
    static final double TOLERANCE = 0.1;

    static final Curve LENGTH_RATIO = Curve.of("lengthRatio", "net", "r_d / r_0");
    static final Curve SECOND_MOMENT = Curve.of("secondMomentByLayer", "hidden layer", "mean over nets of (r_l / r_0)^2");
    static final Curve THEORY = Curve.of("theorySecondMoment", "hidden layer", "prod over j <= l of (1 + 5/n_j)");

    /** ∏_{j ≤ l}(1 + 5/n_j) over the first {@code l} widths: E[(r_l/r_0)²]. */
    static double secondMoment(List<Integer> widths, int l) {
        double p = 1;
        for (int j = 0; j < l; j++) p *= 1 + 5.0 / widths.get(j);
        return p;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Activation length at initialisation: mean kept, second moment ∏(1 + 5/n_j)";
    }

    @Override
    public String source() {
        return "Hanin & Rolnick 2018";
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public boolean usesMnist() {
        return false;
    }

    @Override
    public String setup(Profile profile) {
        Sizes s = sizes(profile);
        return "ReLU MLPs on a " + s.input + "-dimensional N(0,1) input (one per run) with hidden widths " + CONSTANT.widths + " and "
                + VARYING.widths + " (both Σ 1/n_j = 0.05), a 1-unit identity output, He-normal weights N(0, 2/fan-in), zero "
                + "biases; per run " + s.coreNets + " nets drawn on the core and " + s.dl4jNets + " on DL4J, each built by its "
                + "implementation with its own seed. No training.";
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
     * None: the two sides draw different numbers of nets per seed (DL4J builds a net in about 10 ms), so their per-seed
     * means are not alike in distribution even when the implementations agree, which the parity test presumes; the
     * claims compare the two sides' pooled nets against the formula instead.
     */
    @Override
    public List<OutcomeMetric> outcomes() {
        return List.of();
    }

    static NetworkSpec spec(Point p, int input, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(input)).name(ID + "-" + p.id()).learningRate(0.01).seed(seed);
        for (int n : p.widths) b.layer(DenseLayerSpec.of(n, Activation.of(ActivationKind.RELU), WeightInit.relu()));
        b.layer(OutputLayerSpec.of(1, Activation.IDENTITY, LossFunction.MSE, WeightInit.relu()));
        return b.build();
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, sizes(env.profile()));
    }

    Trial trial(Point p, RunSeeds seeds, Sizes s) {
        Rng rng = new Rng(seeds.data());
        double[] x = new double[s.input];
        for (int i = 0; i < x.length; i++) x[i] = rng.nextGaussian();
        return Trial.atInitialisation(spec(p, s.input, seeds.init()), "one input of i.i.d. N(0,1) features (" + s.input + "), seed " + seeds.data(),
                net -> Trial.Outcome.finished(measure(net, p, x, seeds, s.nets(net.implementation()))));
    }

    /** Draws {@code nets} nets ({@code first}, then nets seeded from the run's init stream) and records r_d/r_0 and the per-layer moments. */
    static Measurements measure(TwinNetwork first, Point p, double[] x, RunSeeds seeds, int nets) {
        NetDraws drawn = new NetDraws(first, seeds);
        double r0 = Exploding.meanSquare(x);
        int d = p.widths.size();
        double[] sumSquares = new double[d];
        SeriesBuilder ratios = new SeriesBuilder();
        for (int k = 0; k < nets; k++) {
            TwinNetwork net = drawn.next();
            double[][] a = net.activations(x, 1);
            for (int l = 1; l <= d; l++) {
                double r = Exploding.meanSquare(a[l]) / r0;
                sumSquares[l - 1] += r * r;
                if (l == d) ratios.add(k, r);
            }
        }
        SeriesBuilder moments = new SeriesBuilder();
        SeriesBuilder theory = new SeriesBuilder();
        for (int l = 1; l <= d; l++) {
            moments.add(l, sumSquares[l - 1] / nets);
            theory.add(l, secondMoment(p.widths, l));
        }
        return new Measurements().put(LENGTH_RATIO, ratios.build()).put(SECOND_MOMENT, moments.build()).put(THEORY, theory.build());
    }

    /** Every net's r_d/r_0 at {@code p}, pooled over the measured seeds. */
    static double[] pooledRatios(RunTable<Point> runs, Point p) {
        return runs.at(p).measured().stream().map(r -> r.get(LENGTH_RATIO)).filter(s -> s != null)
                .flatMapToDouble(s -> Arrays.stream(s.y())).toArray();
    }

    private static final Bootstrap BOOTSTRAP = Bootstrap.seeded(RunTable.BOOTSTRAP_SEED);

    /** The bootstrap interval of the mean of {@code f}(r_d/r_0) over the pooled nets, divided by {@code theory}. */
    private static Estimate pooledMean(RunTable<Point> runs, Point p, DoubleUnaryOperator f, double theory) {
        double[] v = Arrays.stream(pooledRatios(runs, p)).map(f).toArray();
        if (v.length == 0) return Estimate.none();
        return BOOTSTRAP.estimate(v, s -> Arrays.stream(s).average().orElse(Double.NaN) / theory);
    }

    private static Rule<Point> meanKept(Point p) {
        return Rules.of(Statistic.of("widths " + p.widths + ": the mean over the nets of all seeds of r_d / r_0 (theory 1)",
                runs -> pooledMean(runs, p, r -> r, 1)), Decision.within(1, TOLERANCE));
    }

    private static Rule<Point> productFollowed(Point p) {
        double theory = secondMoment(p.widths, p.widths.size());
        return Rules.of(Statistic.of(String.format(java.util.Locale.ROOT, "widths %s: the mean over the nets of all seeds of "
                        + "(r_d / r_0)^2 divided by prod(1 + 5/n_j) = %.4f", p.widths, theory),
                runs -> pooledMean(runs, p, r -> r * r, theory)), Decision.within(1, TOLERANCE));
    }

    @Override
    public List<Claim<Point>> claims() {
        return List.of(
                Claim.paper("mean-length-preserved", "With He-normal weights and zero biases the mean normalised squared length "
                                + "of the activations is the input's at every depth: E[r_d] = r_0",
                        Rules.allOf(meanKept(CONSTANT), meanKept(VARYING)))
                        .ifNotReproduced("the mean of r_d / r_0 over many nets departs from 1 by more than the tolerance"),
                Claim.paper("second-moment-follows-product", "E[r_d^2] / r_0^2 = prod over the hidden layers of (1 + 5/n_j), alike "
                                + "for constant and varying widths with the same sum of 1/n_j",
                        Rules.allOf(productFollowed(CONSTANT), productFollowed(VARYING)))
                        .ifNotReproduced("the second moment of r_d / r_0 departs from prod(1 + 5/n_j) by more than the tolerance"));
    }

    @Override
    public List<Figure<Point>> figures() {
        return List.of(Figure.<Point>of("second-moment", "Mean of (r_l / r_0)^2 against layer, with prod(1 + 5/n_j)", SECOND_MOMENT)
                .withReference(THEORY));
    }
}
