package io.twinnet.experiments.catalog;

import io.twinnet.experiments.data.Subsets;
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
import io.twinnet.experiments.lab.AskerUnits;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Decision;
import io.twinnet.experiments.lab.stats.Bootstrap;
import io.twinnet.experiments.lab.stats.Estimate;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Rules;
import io.twinnet.experiments.lab.Statistic;
import io.twinnet.experiments.lab.Summaries;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Seed 004, second answer: in wider nets the local minima SGD finds lie closer together (Choromanska
 * et al. 2015, "The loss surfaces of multilayer networks", figure 3), so the final training losses
 * of many seeds spread less, and training is less sensitive to the step size. The asker's network
 * (784-h-10, ReLU hidden and output, MSE to one-hot as DL4J's LossMSE, one example per step, init
 * N(0, 0.01²)) is trained with hidden widths h from 10 to 500, several seeds and learning rates; the
 * training loss is measured on the whole training subset at the end ({@link Metrics#FINAL_EVAL_LOSS},
 * the evaluation set being the training subset).
 *
 * <p>Spread is the population standard deviation over seeds of the final training loss; sensitivity
 * is the relative range (max − min) / mean over the learning rates of the per-rate median.
 */
@AutoService(Experiment.class)
public final class WidthMinima implements Experiment<WidthMinima.Point> {

    /** Seeds DL4J runs in the quick profile (see {@link #seeds(Profile, Implementation)}). */
    static final int QUICK_DL4J_SEEDS = 3;

    /** One hidden width at one learning rate. */
    public record Point(int width, double lr) implements GridPoint {
        @Override
        public String id() {
            return "w" + width + "-lr" + lr;
        }
    }

    /**
     * @param trainPerClass training images per class (0: all); the final training loss is measured on all of them
     * @param steps         SGD steps, one example each
     */
    record Sizes(int[] widths, double[] learningRates, int trainPerClass, int steps, int seeds) {
        double middleLr() {
            return learningRates[learningRates.length / 2];
        }
    }

    static Sizes sizes(Profile p) {
        // the claims compare the narrowest with the widest width, so the quick profile runs only those two
        return p == Profile.QUICK ? new Sizes(new int[] {10, 200}, new double[] {0.03, 0.06, 0.1}, 100, 3000, 6)
                : new Sizes(new int[] {10, 20, 50, 100, 200, 500}, new double[] {0.03, 0.06, 0.1}, 0, 60000, 20);
    }

    private static final Sizes QUICK = sizes(Profile.QUICK);

    @Override
    public String id() {
        return "width-minima";
    }

    @Override
    public String title() {
        return "Wider nets: final losses closer together, less sensitive to the step size";
    }

    @Override
    public String source() {
        return "seed 004 (second answer)";
    }

    @Override
    public int position() {
        return 6;
    }

    @Override
    public String setup(Profile profile) {
        Sizes s = sizes(profile);
        int images = s.trainPerClass > 0 ? 10 * s.trainPerClass : 60000;
        return "MNIST 784-h-10 with h in " + Arrays.toString(s.widths) + ", ReLU hidden and output units, DL4J LossMSE to one-hot "
                + "targets, init N(0, 0.01^2), SGD with one example per step for " + s.steps + " steps over " + images
                + " training images (" + String.format(Locale.ROOT, "%.1f", (double) s.steps / images) + " epochs), lr in "
                + Arrays.toString(s.learningRates) + " (LossMSE's gradient is 2(a-t)/10, so " + new AskerUnits(LossFunction.MSE, 10)
                .describe(s.learningRates[0]) + "), " + s.seeds + " seeds; the final training loss is measured on all "
                + images + " training images.";
    }

    @Override
    public List<Point> grid(Profile profile) {
        Sizes s = sizes(profile);
        List<Point> grid = new ArrayList<>();
        for (int w : s.widths) for (double lr : s.learningRates) grid.add(new Point(w, lr));
        return grid;
    }

    @Override
    public int seeds(Profile profile) {
        return sizes(profile).seeds;
    }

    /** DL4J runs the first {@value #QUICK_DL4J_SEEDS} seeds in the quick profile: DL4J costs about 30× the core per run here; its three quick seeds decide fewer claims, the full profile runs every seed on both. */
    @Override
    public int seeds(Profile profile, Implementation implementation) {
        return profile == Profile.QUICK && implementation == Implementation.DL4J ? QUICK_DL4J_SEEDS : seeds(profile);
    }

    static NetworkSpec spec(Point p, long seed) {
        WeightInit init = WeightInit.normal(0, 0.01);
        return NetworkSpec.builder(Shape.vector(784)).name("width-minima").learningRate(p.lr).seed(seed)
                .layer(DenseLayerSpec.of(p.width, Activation.RELU, init))
                .layer(OutputLayerSpec.of(10, Activation.RELU, LossFunction.MSE, init)).build();
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        return trial(p, seeds, env, sizes(env.profile()));
    }

    Trial trial(Point p, RunSeeds seeds, RunEnvironment env, Sizes s) {
        Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass, seeds.sharedSubset());
        int epochs = (s.steps + train.size() - 1) / train.size();
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 1, epochs, seeds.order()).first(s.steps);
        return TrainingTrial.builder(spec(p, seeds.init()), train, order, train)
                .data("MNIST train, " + Subsets.describe(s.trainPerClass, seeds.sharedSubset()) + ", also the evaluation set")
                .checkpointEvery(Math.max(1, s.steps / 3)).paritySteps(30).build();
    }

    /** The final training loss of the finished runs of one point (a diverged run has none). */
    private static double[] finalLosses(RunTable<Point> runs, int width, double lr) {
        return runs.where(p -> p.width == width && p.lr == lr).finished().stream()
                .mapToDouble(r -> r.get(Metrics.FINAL_EVAL_LOSS)).filter(Double::isFinite).toArray();
    }

    private static final Statistic<Point> SPREAD_RATIO = Statistic.of(
            "at the middle learning rate, the std over seeds of the final training loss at the widest width divided by that at the narrowest:",
            runs -> {
                int[] w = QUICK.widths;
                double lr = QUICK.middleLr();
                double[] narrow = finalLosses(runs, runs.points().stream().mapToInt(Point::width).min().orElse(w[0]), lr);
                double[] wide = finalLosses(runs, runs.points().stream().mapToInt(Point::width).max().orElse(w[w.length - 1]), lr);
                if (narrow.length < 2 || wide.length < 2) return Estimate.none();
                return Bootstrap.seeded(RunTable.BOOTSTRAP_SEED).estimate(List.of(narrow, wide), g -> Stats.std(g.get(1)) / Stats.std(g.get(0)));
            });

    /** (max − min) / mean over learning rates of the per-rate median final training loss at one width. */
    private static double relativeRange(RunTable<Point> runs, int width) {
        double[] medians = runs.where(p -> p.width == width).byPoint().values().stream()
                .mapToDouble(t -> Summaries.median(t.finished().stream().mapToDouble(r -> r.get(Metrics.FINAL_EVAL_LOSS)).toArray()))
                .toArray();
        if (medians.length < 2 || !Stats.allFinite(medians)) return Double.NaN;
        return (Arrays.stream(medians).max().getAsDouble() - Arrays.stream(medians).min().getAsDouble()) / Stats.mean(medians);
    }

    private static final Statistic<Point> SENSITIVITY_RATIO = Statistic.of(
            "the relative range over learning rates, (max - min) / mean, of the median final training loss at the widest width divided "
                    + "by that at the narrowest:",
            runs -> {
                int narrow = runs.points().stream().mapToInt(Point::width).min().orElse(0);
                int wide = runs.points().stream().mapToInt(Point::width).max().orElse(0);
                return runs.bootstrap(t -> relativeRange(t, wide) / relativeRange(t, narrow));
            });

    @Override
    public List<Claim<Point>> claims() {
        return List.of(
                Claim.seed("loss-spread-narrows-with-width",
                        "The spread over seeds of the final training loss narrows as the hidden layer gets wider",
                        Rules.of(SPREAD_RATIO, Decision.below(0.5, 1.0)))
                        .ifNotReproduced("at the widest width the final training loss varies over seeds at least as much as at the narrowest: in this budget the spread does not narrow with width"),
                Claim.seed("step-size-sensitivity-falls-with-width", "Wider nets are less sensitive to the step size",
                        Rules.of(SENSITIVITY_RATIO, Decision.below(0.5, 1.0)))
                        .ifNotReproduced("the widest net's final training loss depends on the learning rate at least as much as the narrowest net's"));
    }

    @Override
    public List<Figure<Point>> figures() {
        return List.of(Figure.<Point>of("train-loss", "Training loss by width (middle learning rate)", Metrics.EVAL_LOSS)
                .only(p -> p.lr == QUICK.middleLr()).seriesBy(p -> "width " + p.width).withLogY());
    }
}
