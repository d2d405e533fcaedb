package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
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
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Stats;
import io.twinnet.experiments.lab.TrainingProtocol;
import io.twinnet.experiments.lab.TwinRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seed 004, second answer: in wider nets the local minima SGD finds lie closer together (Choromanska
 * et al. 2015, "The loss surfaces of multilayer networks", figure 3), so the final training losses
 * of many seeds spread less, and training is less sensitive to the step size. The asker's network
 * (784-h-10, ReLU hidden and output, MSE to one-hot as DL4J's LossMSE, one example per step, init
 * N(0, 0.01²)) is trained with hidden widths h from 10 to 500, several seeds and learning rates; the
 * training loss is measured on the whole training subset at the end.
 *
 * <p>Spread is the population standard deviation over seeds of the final training loss (absolute,
 * as the answer's figure shows bands of loss values); sensitivity is the relative range
 * (max − min) / mean over the learning rates of the per-rate median final training loss.
 */
public final class WidthMinima implements RunnableExperiment {

    static final String ID = "width-minima";

    private static final ClaimSpec SPREAD = new ClaimSpec("loss-spread-narrows-with-width",
            "The spread over seeds of the final training loss narrows as the hidden layer gets wider",
            "at the middle learning rate, the std over seeds of the final training loss at the widest width is below half that at "
                    + "the narrowest: reproduced; at least as large: not reproduced; in between: inconclusive");
    private static final ClaimSpec STEP = new ClaimSpec("step-size-sensitivity-falls-with-width",
            "Wider nets are less sensitive to the step size",
            "the relative range over learning rates of the median final training loss, (max - min) / mean, at the widest width is "
                    + "below half that at the narrowest: reproduced; at least as large: not reproduced; in between: inconclusive");

    /**
     * @param trainPerClass training images per class; the final training loss is measured on all of them
     * @param steps         SGD steps, one example each
     */
    record Setup(int[] widths, double[] learningRates, int trainPerClass, int steps, int seeds) {
    }

    static Setup sizes(Profile p) {
        return p == Profile.QUICK ? new Setup(new int[] {10, 50, 200}, new double[] {0.03, 0.06, 0.1}, 100, 3000, 6)
                : new Setup(new int[] {10, 20, 50, 100, 200, 500}, new double[] {0.03, 0.06, 0.1}, 0, 60000, 8);
    }

    @Override
    public String id() {
        return ID;
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
    public String setup(Profile profile) {
        Setup s = sizes(profile);
        int images = s.trainPerClass > 0 ? 10 * s.trainPerClass : 60000;
        return "MNIST 784-h-10 with h in " + Arrays.toString(s.widths) + ", ReLU hidden and output units, DL4J LossMSE to one-hot "
                + "targets, init N(0, 0.01^2), SGD with one example per step for " + s.steps + " steps over " + images
                + " training images (" + String.format(Locale.ROOT, "%.1f", (double) s.steps / images) + " epochs), lr in "
                + Arrays.toString(s.learningRates) + ", " + s.seeds + " seeds; the final training loss is measured on all "
                + images + " training images.";
    }

    @Override
    public List<ClaimSpec> claims() {
        return List.of(SPREAD, STEP);
    }

    static String configId(int width, double lr) {
        return "w" + width + "-lr" + lr;
    }

    @Override
    public List<RunConfig> configurations(Profile profile, int seeds) {
        Setup s = sizes(profile);
        int n = seeds > 0 ? seeds : s.seeds;
        List<RunConfig> grid = new ArrayList<>();
        for (int seed = 1; seed <= n; seed++) {
            for (int w : s.widths) {
                for (double lr : s.learningRates) {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("width", w);
                    p.put("lr", lr);
                    grid.add(new RunConfig(ID, configId(w, lr), seed, p));
                }
            }
        }
        return grid;
    }

    static NetworkSpec spec(int width, double lr, long seed) {
        WeightInit init = WeightInit.normal(0, 0.01);
        return NetworkSpec.builder(Shape.vector(784)).name(ID).learningRate(lr).seed(seed)
                .layer(DenseLayerSpec.of(width, Activation.RELU, init))
                .layer(OutputLayerSpec.of(10, Activation.RELU, LossFunction.MSE, init)).build();
    }

    @Override
    public RunRecord run(RunConfig config, RunEnvironment env) {
        return run(config, env, sizes(env.profile()));
    }

    RunRecord run(RunConfig config, RunEnvironment env, Setup s) {
        NetworkSpec spec = spec(config.intParam("width"), config.doubleParam("lr"), config.seed());
        Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass, 1000);
        int epochs = (s.steps + train.size() - 1) / train.size();
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 1, epochs, 3000 + config.seed()).first(s.steps);
        TrainingProtocol protocol = new TrainingProtocol(train, order, train, Math.max(1, s.steps / 3));
        return TwinRun.train(config, env.implementations(), spec, train, order, protocol, 30, null);
    }

    @Override
    public List<ClaimResult> evaluate(List<RunRecord> runs, Profile profile) {
        Setup s = sizes(profile);
        return List.of(
                ClaimResult.of(SPREAD, spread(runs, s, Implementation.CORE), spread(runs, s, Implementation.DL4J)),
                ClaimResult.of(STEP, sensitivity(runs, s, Implementation.CORE), sensitivity(runs, s, Implementation.DL4J)));
    }

    /** Final training loss of a side; a diverged run has none (NaN, left out of the statistics). */
    private static double finalLoss(SideRecord s) {
        return s.ok() ? s.scalarOr("finalEvalLoss", Double.NaN) : Double.NaN;
    }

    private static double[] finite(double[] v) {
        return Arrays.stream(v).filter(Double::isFinite).toArray();
    }

    /** Decides "the widest is below half the narrowest" with the not-reproduced / inconclusive bands. */
    static Judgement halving(double narrow, double wide, String evidence) {
        if (!Double.isFinite(narrow) || !Double.isFinite(wide)) return Judgement.inconclusive(evidence + "; missing values");
        if (wide < 0.5 * narrow) return Judgement.of(true, evidence);
        if (wide >= narrow) return Judgement.of(false, evidence);
        return Judgement.inconclusive(evidence + "; narrower, but not by half");
    }

    private static Judgement spread(List<RunRecord> runs, Setup s, Implementation impl) {
        double lr = s.learningRates[s.learningRates.length / 2];
        StringBuilder ev = new StringBuilder(String.format(Locale.ROOT, "lr %s, std (mean) of final training loss:", lr));
        double[] stds = new double[s.widths.length];
        for (int i = 0; i < s.widths.length; i++) {
            double[] v = finite(Runs.median(runs, configId(s.widths[i], lr), impl, WidthMinima::finalLoss).values());
            stds[i] = v.length < 2 ? Double.NaN : Stats.std(v);
            ev.append(String.format(Locale.ROOT, " w%d %.2e (%.4f, n=%d)", s.widths[i], stds[i], Stats.mean(v), v.length));
        }
        return halving(stds[0], stds[stds.length - 1], ev.toString());
    }

    private static Judgement sensitivity(List<RunRecord> runs, Setup s, Implementation impl) {
        StringBuilder ev = new StringBuilder("relative range over lr of the median final training loss:");
        double[] ranges = new double[s.widths.length];
        for (int i = 0; i < s.widths.length; i++) {
            double[] medians = new double[s.learningRates.length];
            for (int j = 0; j < s.learningRates.length; j++) {
                medians[j] = Runs.median(runs, configId(s.widths[i], s.learningRates[j]), impl, WidthMinima::finalLoss).median();
            }
            ranges[i] = Stats.allFinite(medians)
                    ? (Arrays.stream(medians).max().getAsDouble() - Arrays.stream(medians).min().getAsDouble()) / Stats.mean(medians)
                    : Double.NaN;
            ev.append(String.format(Locale.ROOT, " w%d %.3f %s", s.widths[i], ranges[i], Arrays.toString(
                    Arrays.stream(medians).mapToObj(m -> String.format(Locale.ROOT, "%.4f", m)).toArray())));
        }
        return halving(ranges[0], ranges[ranges.length - 1], ev.toString());
    }
}
