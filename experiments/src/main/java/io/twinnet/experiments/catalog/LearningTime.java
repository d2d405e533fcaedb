package io.twinnet.experiments.catalog;

import com.google.auto.service.AutoService;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.lab.AskerUnits;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Margin;
import io.twinnet.experiments.lab.OutcomeMetric;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.Trial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Saxe, McClelland &amp; Ganguli 2013, two exact results for linear nets. (a) Learning time: a one-hidden-layer
 * linear net trained by full-batch gradient descent on whitened inputs learns each input–output mode of singular
 * value s along u(t) = s·e^{2st/τ}/(e^{2st/τ} − 1 + s/u₀), so it takes t = (τ/2s)·ln[u_f(s − u₀)/(u₀(s − u_f))]
 * from u₀ to u_f ({@link LinearModes}); gradient descent at rate η is that flow's Euler step with τ = 1/η, so the
 * measured time in steps·η matches to O(η) ({@link ModeTimes}). (b) Orthogonal init: the end-to-end map of a deep
 * linear net of orthogonal layers is orthogonal, every singular value 1, where Gaussian layers of the same entry
 * variance spread them more with every layer ({@link DeepLinearSpectrum}). Claims in {@link LearningTimeClaims}.
 */
@AutoService(Experiment.class)
public final class LearningTime implements Experiment<LearningTime.Point> {
    static final String ID = "learning-time";
    /** The start u₀ of every mode and the relative gap δ of the end u_f = (1 − δ)·s: Saxe's s = 1 case gives t/τ = 9.21. */
    static final double U0 = 1e-4, DELTA = 1e-4;

    /** What a point runs: gradient descent at Saxe's rate η, or a deep linear net of depth L at initialisation. */
    enum Kind { TRAIN, ORTHOGONAL, GAUSSIAN }

    /** A point: for TRAIN the rate η (τ = 1/η), otherwise the depth (number of weight matrices). */
    public record Point(Kind kind, double rate, int depth) implements GridPoint {
        public Point {
            if (kind == null) throw new IllegalArgumentException("kind: is missing");
            if (kind == Kind.TRAIN && !(rate > 0 && rate < 1)) throw new IllegalArgumentException("rate: must lie in (0, 1), got " + rate);
            if (kind != Kind.TRAIN && depth < 1) throw new IllegalArgumentException("depth: must be positive, got " + depth);
        }

        static Point train(double rate) {
            return new Point(Kind.TRAIN, rate, 0);
        }

        @Override
        public String id() {
            return kind == Kind.TRAIN ? String.format(Locale.ROOT, "eta-%s", rate) : kind.name().toLowerCase(Locale.ROOT) + "-d" + depth;
        }
    }

    /**
     * @param s      the designed singular values (the pinned s = 1 among them)
     * @param rates  Saxe's rates η, each half the one before
     * @param depths the deep nets' depths
     * @param width  the deep nets' width
     */
    record Sizes(double[] s, double[] rates, int[] depths, int width, int seeds) {
    }

    static Sizes sizes(Profile p) {
        return p == Profile.QUICK
                ? new Sizes(new double[]{1, 2, 3, 4}, new double[]{0.08, 0.04}, new int[]{10, 20, 50}, 16, 10)
                : new Sizes(new double[]{0.5, 1, 2, 3, 4}, new double[]{0.08, 0.04, 0.02, 0.01, 0.005}, new int[]{10, 20, 30, 50}, 32, 10);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Learning time of linear nets and orthogonal init (Saxe et al. 2013)";
    }

    @Override
    public String source() {
        return "Saxe, McClelland & Ganguli 2013";
    }

    @Override
    public int position() {
        return 12;
    }

    @Override
    public boolean usesMnist() {
        return false;
    }

    @Override
    public String setup(Profile profile) {
        Sizes z = sizes(profile);
        int n = z.s.length;
        return "(a) A bias-free linear net " + n + "-" + n + "-" + n + " (identity activations, DL4J's L2 loss Σ(a−t)² averaged over "
                + "the batch, whose gradient 2(a − t) makes Saxe's rate η = 2·lr and τ = 1/η), trained by full-batch gradient descent "
                + "on " + 2 * n + " whitened inputs (Σxx = I exactly) with targets y = U·diag(s)·Vᵀ·x, s = " + Arrays.toString(z.s)
                + " (U, V Haar-orthogonal from the data seed); η = " + Arrays.toString(z.rates) + ". Init: layer 1 orthogonal with "
                + "gain √u₀, layer 2 set to U·Vᵀ·W₁ᵀ, which starts every mode decoupled and balanced at exactly u₀ = " + U0
                + " (DL4J loads the core's draw), so seeds differ only by U, V and the hidden basis, and the dynamics by rounding. "
                + "Every step the mode strengths u_α = U_αᵀW₂W₁V_α are computed from the net's parameters; the time to "
                + "u_f = (1 − " + DELTA + ")·s is interpolated in ln(u/(s − u)). (b) Deep linear nets of width " + z.width
                + " and depth " + Arrays.toString(z.depths) + " at initialisation, orthogonal (gain 1) against N(0, 1/" + z.width
                + ") (the same entry variance); the end-to-end map is read by feeding the " + z.width + " unit vectors and its "
                + "singular values come from commons-math3's SVD. " + z.seeds + " seeds."
                + (profile == Profile.QUICK ? " The full profile adds s = 0.5, η = 0.02, 0.01 and 0.005 (about 24 times the "
                + "quick profile's gradient steps, almost all of DL4J's time), depth 30, width 32 and 10 seeds." : "");
    }

    @Override
    public List<Point> grid(Profile profile) {
        Sizes z = sizes(profile);
        List<Point> grid = new ArrayList<>();
        for (double r : z.rates) grid.add(Point.train(r));
        for (Kind k : List.of(Kind.ORTHOGONAL, Kind.GAUSSIAN)) for (int d : z.depths) grid.add(new Point(k, 0, d));
        return Collections.unmodifiableList(grid);
    }

    @Override
    public int seeds(Profile profile) {
        return sizes(profile).seeds;
    }

    /** The lab's rate lr for Saxe's η under the L2 loss: η = c·lr with c = 2 ({@link AskerUnits}). */
    static double labRate(double eta, int outputs) {
        return eta / new AskerUnits(LossFunction.L2, outputs).factor();
    }

    /** Steps enough for the slowest mode: 10 % beyond its formula time (gradient descent arrives a little early). */
    static int steps(Sizes z, double eta) {
        double slowest = Arrays.stream(z.s).min().orElseThrow();
        return (int) Math.ceil(1.1 * LinearModes.time(slowest, U0, (1 - DELTA) * slowest, 1) / eta);
    }

    static NetworkSpec trainSpec(int n, double eta, long seed) {
        WeightInit small = WeightInit.orthogonal(Math.sqrt(U0));
        return NetworkSpec.builder(Shape.vector(n)).name(ID + "-eta-" + eta).learningRate(labRate(eta, n)).seed(seed)
                .layer(DenseLayerSpec.of(n, Activation.IDENTITY, small).withoutBias())
                .layer(OutputLayerSpec.of(n, Activation.IDENTITY, LossFunction.L2, small).withoutBias())
                .build();
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, sizes(env.profile()));
    }

    Trial trial(Point p, RunSeeds seeds, Sizes z) {
        if (p.kind != Kind.TRAIN) return DeepLinearSpectrum.trial(p.kind == Kind.ORTHOGONAL, p.depth, z.width, seeds.init());
        int n = z.s.length;
        LinearModes.Task task = LinearModes.task(z.s, 2 * n, seeds.data());
        int[] all = new int[task.data().size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        MinibatchOrder order = MinibatchOrder.of(Collections.nCopies(steps(z, p.rate), all), all.length);
        return TrainingTrial.builder(trainSpec(n, p.rate, seeds.init()), task.data(), order, task.data())
                .data(task.data().name() + ", seed " + seeds.data() + ", evaluated on themselves")
                .prepare(net -> LinearModes.balanceSecondLayer(net, task))
                .probe(() -> new ModeTimes(task, p.rate, U0, DELTA))
                .checkpointEvery(1).paritySteps(20).build();
    }

    /**
     * Not the final loss (it tends to 0) or accuracy (meaningless here), but what the claims read per seed: the passage
     * times' worst scaled error (±10 %: its claim is a bound, not a window) and the end-to-end map's spread (±0.1
     * decade). Not the orthogonal map's deviation from an isometry: an outcome is compared on every configuration that
     * records it, and on the Gaussian maps that deviation is of order 1, where a margin at rounding's scale says nothing
     * (the isometry itself is a claim on each side).
     */
    @Override
    public List<OutcomeMetric> outcomes() {
        return List.of(OutcomeMetric.of(ModeTimes.WORST_SCALED_ERROR, Margin.relative(0.1)),
                OutcomeMetric.of(DeepLinearSpectrum.LOG10_SPREAD, Margin.absolute(0.1)));
    }

    @Override
    public List<Claim<Point>> claims() {
        return LearningTimeClaims.all();
    }

    @Override
    public List<Figure<Point>> figures() {
        return List.of(
                Figure.<Point>of("passage-time", "Time from u0 to uf (steps x eta) against s, beside (1/2s) ln[uf(s-u0)/(u0(s-uf))]",
                        ModeTimes.MEASURED).only(p -> p.kind == Kind.TRAIN).withReference(ModeTimes.THEORY),
                Figure.<Point>of("end-to-end-spectrum", "Singular values of the end-to-end map at initialisation, largest first",
                        DeepLinearSpectrum.SINGULAR_VALUES).only(p -> p.kind != Kind.TRAIN).withLogY());
    }
}
