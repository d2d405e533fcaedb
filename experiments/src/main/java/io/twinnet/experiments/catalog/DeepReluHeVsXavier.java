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
import io.twinnet.experiments.lab.CoreTwin;
import io.twinnet.experiments.lab.Dl4jTwin;
import io.twinnet.experiments.lab.Stats;
import io.twinnet.experiments.lab.TrainingProtocol;
import io.twinnet.experiments.lab.TwinNetwork;
import io.twinnet.experiments.lab.TwinRun;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * He et al. 2015 ("Delving deep into rectifiers", §2.2 and Fig. 3): a plain 30-layer ReLU net
 * initialised with Xavier's variance does not learn, while their variance 2/fanIn does. The reason
 * (their eq. 10): in a bias-free ReLU net, E‖a_L‖²/n = Π_l (½·n_l·Var w_l) × the input's value, so
 * with Xavier's 1/n on equal widths the signal's mean square halves at every layer (2^−L), and the
 * backward signal likewise; He's 2/n keeps it.
 *
 * <p>Here: an MLP with many equal-width ReLU hidden layers and a softmax output on MNIST, plain
 * SGD, XAVIER vs RELU (He) init, each at the learning rates of a small grid and judged at its best.
 * At initialisation, the mean square of the last hidden layer's activations on the test subset is
 * recorded to show the 2^−L mechanism. Seconds per SGD step (wall time of the side divided by
 * its steps, evaluations included) are recorded because DL4J's per-step cost grows with depth.
 */
public final class DeepReluHeVsXavier implements RunnableExperiment {

    static final String ID = "deep-relu-he-vs-xavier";

    static final ClaimSpec HE_TRAINS = new ClaimSpec("he-trains-where-xavier-stalls",
            "In a plain deep ReLU MLP, He (RELU) init trains where XAVIER stalls",
            "He trains: at its best learning rate of the grid, the median over seeds of the final test accuracy is at least 0.8. "
                    + "XAVIER stalls: at every learning rate of the grid, the median relative decrease of the test loss (first to "
                    + "last checkpoint) is below 10% and the median final test accuracy below 0.3");
    static final ClaimSpec MECHANISM = new ClaimSpec("xavier-halves-signal-per-layer",
            "At initialisation, XAVIER halves the mean square of the ReLU signal per layer relative to He",
            "the median over seeds of log2(E[a_L²] with XAVIER / E[a_L²] with He) at the last hidden layer lies within 3 of "
                    + "−(L−1) (the first layer's fan-in differs from its fan-out, so the halving applies to the L−1 square layers)");

    /**
     * Sizes of one profile.
     *
     * @param depth           hidden layers
     * @param width           units per hidden layer
     * @param trainPerClass   training images per class (0: all)
     * @param evalPerClass    test images per class (0: all)
     * @param batch           SGD minibatch
     * @param epochs          passes
     * @param checkpointEvery steps between checkpoints
     * @param learningRates   grid; each init is judged at its best
     * @param seeds           default seed count
     */
    record Setup(int depth, int width, int trainPerClass, int evalPerClass, int batch, int epochs, int checkpointEvery,
                 double[] learningRates, int seeds) {
    }

    static Setup sizes(Profile p) {
        return p == Profile.QUICK
                ? new Setup(20, 64, 500, 100, 32, 5, 60, new double[] {0.01, 0.02}, 2)
                : new Setup(30, 100, 0, 0, 32, 1, 200, new double[] {0.003, 0.01, 0.03, 0.1}, 3);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "A plain deep ReLU net: He init trains, Xavier stalls";
    }

    @Override
    public String source() {
        return "He et al. 2015, Delving deep into rectifiers, Fig. 3";
    }

    @Override
    public String setup(Profile profile) {
        Setup s = sizes(profile);
        return "MNIST MLP with " + s.depth + " ReLU hidden layers of " + s.width + " units (biases 0) and a softmax output "
                + "(cross-entropy); init XAVIER (N(0, 2/(nIn+nOut))) vs RELU (He, N(0, 2/nIn)) for every layer; plain SGD, "
                + "minibatch " + s.batch + ", " + s.epochs + " epoch(s) over " + (s.trainPerClass > 0 ? 10 * s.trainPerClass : 60000)
                + " training images at lr " + java.util.Arrays.toString(s.learningRates) + " (each init judged at its best lr), "
                + "tested on " + (s.evalPerClass > 0 ? 10 * s.evalPerClass : 10000) + " test images every " + s.checkpointEvery
                + " steps.";
    }

    @Override
    public List<ClaimSpec> claims() {
        return List.of(HE_TRAINS, MECHANISM);
    }

    static String config(String init, double lr) {
        return init + "-lr" + lr;
    }

    @Override
    public List<RunConfig> configurations(Profile profile, int seeds) {
        Setup s = sizes(profile);
        int n = seeds > 0 ? seeds : s.seeds;
        List<RunConfig> grid = new ArrayList<>();
        for (int seed = 1; seed <= n; seed++) {
            for (double lr : s.learningRates) {
                for (String init : List.of("he", "xavier")) {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("init", init);
                    p.put("lr", lr);
                    p.put("depth", s.depth);
                    p.put("width", s.width);
                    grid.add(new RunConfig(ID, config(init, lr), seed, p));
                }
            }
        }
        return grid;
    }

    static NetworkSpec spec(int depth, int width, WeightInit init, double lr, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(784)).name(ID).learningRate(lr).seed(seed);
        for (int l = 0; l < depth; l++) b.layer(DenseLayerSpec.of(width, Activation.RELU, init));
        b.layer(OutputLayerSpec.of(10, Activation.SOFTMAX, LossFunction.MCXENT, init));
        return b.build();
    }

    @Override
    public RunRecord run(RunConfig config, RunEnvironment env) {
        return run(config, env, sizes(env.profile()));
    }

    RunRecord run(RunConfig config, RunEnvironment env, Setup s) {
        WeightInit init = config.stringParam("init").equals("he") ? WeightInit.relu() : WeightInit.xavier();
        NetworkSpec spec = spec(s.depth, s.width, init, config.doubleParam("lr"), config.seed());
        Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass, 1000 + config.seed());
        Dataset eval = Subsets.stratified(env.mnistTest(), s.evalPerClass, 2000);
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), s.batch, s.epochs, 3000 + config.seed());
        TrainingProtocol protocol = new TrainingProtocol(train, order, eval, s.checkpointEvery);
        Dataset probe = eval.rows(java.util.stream.IntStream.range(0, Math.min(200, eval.size())).toArray());
        return TwinRun.train(config, env.implementations(), spec, train, order, protocol, 20, (trained, initial, log, scalars, series) -> {
            TwinNetwork fresh = trained.implementation() == Implementation.CORE ? CoreTwin.withParameters(spec, initial)
                    : Dl4jTwin.withParameters(spec, initial);
            double[][] acts = fresh.activations(probe.features(), probe.size());
            double rms = Stats.rms(acts[s.depth]);
            scalars.put("initLastHiddenMeanSquare", rms * rms);
            double inRms = Stats.rms(acts[0]);
            scalars.put("initInputMeanSquare", inRms * inRms);
            scalars.put("depth", (double) s.depth);
        });
    }

    @Override
    public List<ClaimResult> evaluate(List<RunRecord> runs, Profile profile) {
        List<ClaimResult> out = new ArrayList<>();
        Map<Implementation, Judgement> trains = new EnumMap<>(Implementation.class);
        Map<Implementation, Judgement> mech = new EnumMap<>(Implementation.class);
        for (Implementation impl : Implementation.values()) {
            trains.put(impl, heTrains(runs, impl));
            mech.put(impl, mechanism(runs, impl));
        }
        out.add(ClaimResult.of(HE_TRAINS, trains.get(Implementation.CORE), trains.get(Implementation.DL4J)));
        out.add(ClaimResult.of(MECHANISM, mech.get(Implementation.CORE), mech.get(Implementation.DL4J)));
        return out;
    }

    /** The learning rates present in the records, in first-seen order. */
    private static List<Double> learningRates(List<RunRecord> runs) {
        List<Double> lrs = new ArrayList<>();
        for (RunRecord r : runs) {
            double lr = r.config().doubleParam("lr");
            if (!lrs.contains(lr)) lrs.add(lr);
        }
        return lrs;
    }

    /** Median seconds per SGD step of one implementation over all runs of one init. */
    private static double secondsPerStep(List<RunRecord> runs, Implementation impl, String init) {
        List<Double> v = new ArrayList<>();
        for (RunRecord r : runs) {
            if (!r.config().stringParam("init").equals(init)) continue;
            SideRecord s = r.sides().get(impl);
            if (s == null) continue;
            double steps = s.scalarOr("steps", Double.NaN);
            if (steps > 0) v.add(s.seconds() / steps);
        }
        return Stats.median(v.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Judgement heTrains(List<RunRecord> runs, Implementation impl) {
        List<Double> lrs = learningRates(runs);
        if (lrs.isEmpty()) return Judgement.inconclusive("no run");
        double heBest = Double.NaN;
        double heLr = Double.NaN;
        boolean stalls = true;
        StringBuilder xa = new StringBuilder();
        for (double lr : lrs) {
            Runs.Summary he = Runs.median(runs, config("he", lr), impl, Runs::finalAccuracy);
            if (he.count() > 0 && !(he.median() <= heBest)) {
                heBest = he.median();
                heLr = lr;
            }
            Runs.Summary acc = Runs.median(runs, config("xavier", lr), impl, Runs::finalAccuracy);
            Runs.Summary drop = Runs.median(runs, config("xavier", lr), impl, Runs::relativeEvalLossDecrease);
            if (acc.count() == 0) return Judgement.inconclusive("no finished XAVIER run at lr " + lr);
            stalls &= drop.median() < 0.10 && acc.median() < 0.3;
            xa.append(String.format("lr %s: acc %.3f, loss drop %.1f%%; ", lr, acc.median(), 100 * drop.median()));
        }
        if (!Double.isFinite(heBest)) return Judgement.inconclusive("no finished He run");
        return Judgement.of(heBest >= 0.8 && stalls,
                String.format("He best acc %.3f (lr %s); XAVIER %s s/step: He %.4f, XAVIER %.4f", heBest, heLr, xa,
                        secondsPerStep(runs, impl, "he"), secondsPerStep(runs, impl, "xavier")));
    }

    private static Judgement mechanism(List<RunRecord> runs, Implementation impl) {
        List<Double> he = new ArrayList<>();
        List<Double> xa = new ArrayList<>();
        double depth = Double.NaN;
        for (RunRecord r : runs) {
            SideRecord s = r.sides().get(impl);
            if (s == null || !s.scalars().containsKey("initLastHiddenMeanSquare")) continue;
            depth = s.scalar("depth");
            (r.config().stringParam("init").equals("he") ? he : xa).add(s.scalar("initLastHiddenMeanSquare"));
        }
        if (he.isEmpty() || xa.isEmpty()) return Judgement.inconclusive("no initial measurement of both inits");
        double mh = Stats.median(he.stream().mapToDouble(Double::doubleValue).toArray());
        double mx = Stats.median(xa.stream().mapToDouble(Double::doubleValue).toArray());
        double log2 = Math.log(mx / mh) / Math.log(2);
        double expected = -(depth - 1);
        return Judgement.of(Math.abs(log2 - expected) <= 3,
                String.format("E[a_L²] He %.3g, XAVIER %.3g: log2 ratio %.2f (theory %.0f)", mh, mx, log2, expected));
    }
}
