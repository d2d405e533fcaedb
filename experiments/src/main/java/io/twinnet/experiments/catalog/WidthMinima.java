package io.twinnet.experiments.catalog;

import io.twinnet.experiments.data.Subsets;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.auto.service.AutoService;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LearningRateSchedule;
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
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.OutcomeMetric;
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
 * <p>Spread is the population standard deviation over seeds of the final training loss (and, scale-free,
 * its coefficient of variation std / mean); sensitivity is the relative range (max − min) / mean over
 * the learning rates of the per-rate median ({@link WidthMinimaStatistics}). Each statistic is read
 * twice: at the asker's constant rate (the original claims, whose rules are unchanged) and in the
 * converging reading the new claims judge as primary, where the rate decays exponentially to a tenth
 * of its initial value by the last step (both sides: an iteration-wise ExponentialSchedule). That reading is judged
 * only at a convergence point checked per run ({@link WidthMinimaStatistics#CONVERGENCE}: the training loss changed by
 * less than 1 % over the last tenth of the steps); where a run it reads has not reached it, the claim is inconclusive
 * and says how many did.
 */
@AutoService(Experiment.class)
public final class WidthMinima implements Experiment<WidthMinima.Point> {

    /** Seeds DL4J runs in the quick profile (see {@link #seeds(Profile, Implementation)}). */
    static final int QUICK_DL4J_SEEDS = 2;
    /** The annealed reading's learning rate at the last step, as a fraction of its initial one. */
    static final double FINAL_RATE_FRACTION = 0.1;

    /** The learning rate over the run: the asker's constant rate, or the converging (annealed) reading. */
    public enum Schedule {
        CONSTANT, ANNEALED;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** lr(t) = lr, or lr · γ^t with γ = {@value #FINAL_RATE_FRACTION}^(1/steps) (DL4J's ExponentialSchedule). */
        LearningRateSchedule of(double lr, int steps) {
            return this == CONSTANT ? LearningRateSchedule.fixed(lr)
                    : LearningRateSchedule.exponential(lr, Math.pow(FINAL_RATE_FRACTION, 1.0 / steps));
        }
    }

    /** One hidden width at one (initial) learning rate under one schedule. */
    public record Point(int width, double lr, Schedule schedule) implements GridPoint {
        public Point {
            if (schedule == null) throw new IllegalArgumentException("schedule: is missing");
        }

        /** The asker's constant rate. */
        public Point(int width, double lr) {
            this(width, lr, Schedule.CONSTANT);
        }

        @Override
        public String id() {
            return "w" + width + "-lr" + lr + (schedule == Schedule.CONSTANT ? "" : "-" + schedule.label());
        }
    }

    /**
     * @param trainPerClass training images per class (0: all); the final training loss is measured on all of them
     * @param steps         SGD steps, one example each
     */
    record Sizes(int[] widths, double[] learningRates, int trainPerClass, int steps, int seeds, boolean annealedAtEveryRate) {
        double middleLr() {
            return learningRates[learningRates.length / 2];
        }
    }

    static Sizes sizes(Profile p) {
        // the claims compare the narrowest with the widest width, so the quick profile runs only those two
        // the quick profile runs the annealed reading at the middle rate only (the spread claims), the full one at every rate
        return p == Profile.QUICK ? new Sizes(new int[] {10, 200}, new double[] {0.03, 0.06, 0.1}, 100, 3000, 6, false)
                : new Sizes(new int[] {10, 20, 50, 100, 200, 500}, new double[] {0.03, 0.06, 0.1}, 0, 60000, 20, true);
    }

    static final Sizes QUICK = sizes(Profile.QUICK);

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
                + images + " training images. Also the converging reading: the same runs with the rate decaying exponentially to a "
                + "tenth of its initial value by the last step (lr(t) = lr * 0.1^(t/" + s.steps + ")), "
                + (s.annealedAtEveryRate ? "at every rate" : "at the middle rate " + s.middleLr() + " only (the full profile runs it at every "
                + "rate, 20 seeds)") + ", evaluated every tenth of the run and judged only where every run a claim reads reached the "
                + "convergence point (" + WidthMinimaStatistics.CONVERGENCE.describe() + "; each run's change and whether it "
                + "reached it are in its record); DL4J runs the first " + (profile == Profile.QUICK ? QUICK_DL4J_SEEDS + " seeds (about 30x "
                + "the core's cost per run)." : s.seeds + " seeds.");
    }

    @Override
    public List<Point> grid(Profile profile) {
        Sizes s = sizes(profile);
        List<Point> grid = new ArrayList<>();
        for (int w : s.widths) for (double lr : s.learningRates) grid.add(new Point(w, lr));
        for (int w : s.widths) {
            for (double lr : s.learningRates) {
                if (s.annealedAtEveryRate || lr == s.middleLr()) grid.add(new Point(w, lr, Schedule.ANNEALED));
            }
        }
        return grid;
    }

    @Override
    public int seeds(Profile profile) {
        return sizes(profile).seeds;
    }

    /** DL4J runs the first {@value #QUICK_DL4J_SEEDS} seeds in the quick profile: DL4J costs about 30× the core per run here (two seeds rather than three pay for the annealed reading's runs); its quick seeds decide fewer claims, the full profile runs every seed on both. */
    @Override
    public int seeds(Profile profile, Implementation implementation) {
        return Experiment.fewerDl4jSeedsWhenQuick(this, profile, implementation, QUICK_DL4J_SEEDS);
    }

    static NetworkSpec spec(Point p, long seed, int steps) {
        WeightInit init = WeightInit.normal(0, 0.01);
        return NetworkSpec.builder(Shape.vector(784)).name("width-minima").learningRate(p.schedule.of(p.lr, steps)).seed(seed)
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
        TrainingTrial.Builder b = TrainingTrial.builder(spec(p, seeds.init(), s.steps), train, order, train)
                .data("MNIST train, " + Subsets.describe(s.trainPerClass, seeds.sharedSubset()) + ", also the evaluation set")
                .checkpointEvery(checkpointEvery(p.schedule, s.steps)).paritySteps(30);
        if (p.schedule == Schedule.ANNEALED) b.afterTraining((net, initial, log, m) -> WidthMinimaStatistics.recordConvergence(log, m));
        return b.build();
    }

    /**
     * Steps between evaluations of the training loss: a third of the run at the constant rate (the asker's reading, whose
     * iterate never converges), a tenth in the annealed reading, so that the loss is known at 90 % of the steps and the
     * convergence point ({@link WidthMinimaStatistics#CONVERGENCE}) can be checked.
     */
    static int checkpointEvery(Schedule schedule, int steps) {
        return Math.max(1, steps / (schedule == Schedule.CONSTANT ? 3 : 10));
    }

    @Override
    public List<Claim<Point>> claims() {
        return WidthMinimaClaims.claims();
    }

    @Override
    public List<Figure<Point>> figures() {
        return List.of(Figure.<Point>of("train-loss", "Training loss by width (middle learning rate)", Metrics.EVAL_LOSS)
                .only(p -> p.lr == QUICK.middleLr()).seriesBy(p -> "width " + p.width + ", " + p.schedule.label()).withLogY());
    }

    /**
     * The claims read each seed's final loss on the training subset (the spread over seeds and its width trend): final
     * loss within ±5 % of DL4J's median, and accuracy within ±0.02. The defaults' pair, declared here so that a change to
     * the defaults does not change what this experiment's parity compares.
     */
    @Override
    public List<OutcomeMetric> outcomes() {
        return List.of(OutcomeMetric.FINAL_LOSS, OutcomeMetric.FINAL_ACCURACY);
    }
}
