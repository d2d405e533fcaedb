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
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.TrainingSetup;
import io.twinnet.experiments.lab.CoreTwin;
import io.twinnet.experiments.lab.Dl4jTwin;
import io.twinnet.experiments.lab.TrainingProtocol;
import io.twinnet.experiments.lab.TwinNetwork;
import io.twinnet.experiments.lab.TwinRun;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 000: "ReLU with weights from U[-1,1] never converges, U[-0.5,0.5] and a normal init do;
 * a 100× smaller learning rate rescues U[-1,1]; sigmoid does not care about the range."
 * The asker's net: ReLU hidden layers, softmax output scored by MSE, plain SGD, one example per
 * step. The answer's explanation is positive homogeneity: ReLU(a·x) = a·ReLU(x) for a &gt; 0, so
 * doubling every weight of a bias-free depth-d ReLU net multiplies its logits by exactly 2^d, and
 * softmax saturates.
 *
 * <p>Calibration (measured on the core, 784-64-64-10, 10,000 MNIST images): after 10,000 steps at
 * lr 1e-2 He reaches about 0.8 test accuracy and U[-0.5,0.5] about 0.6, while U[-1,1] creeps (0.2);
 * at lr 1e-3 even He gains only a few points in 20,000 steps, so the lr-1e-3 plateau cannot be told
 * from a short budget in the quick profile and is judged in the full profile only. Every "does not
 * learn" verdict is paired with a control that shows the budget was long enough for a normal init
 * to learn at the same learning rate.
 */
public final class ReluInitRange implements RunnableExperiment {

    static final String ID = "relu-init-range";
    private static final double[] LEARNING_RATES = {1e-2, 1e-3, 1e-4};
    /** Relative test-loss decrease below which a curve counts as flat. */
    static final double FLAT = 0.10;
    /** Relative test-loss decrease at or above which a run counts as converging (the loss at least halves). */
    static final double CONVERGING = 0.50;
    /** Accuracy a He-initialised control must reach for a "does not learn" verdict to be decidable. */
    static final double CONTROL_ACCURACY = 0.5;
    /** A softmax output counts as saturated on an example when its largest probability exceeds this. */
    static final double SATURATED_PROBABILITY = 0.99;

    private static final ClaimSpec PLATEAU = new ClaimSpec("u1-plateaus",
            "ReLU with U[-1,1] weights does not converge at lr 1e-2 and 1e-3: the loss stays flat",
            "for each plateau learning rate of the profile (quick: 1e-2; full: 1e-2 and 1e-3): inconclusive unless the He control "
                    + "at that lr reaches median final test accuracy >= 0.5 (the budget suffices to learn); else reproduced when U[-1,1]'s "
                    + "median final test accuracy is below 0.5 and its median relative test-loss decrease (first to last checkpoint) "
                    + "below 10%; any not-reproduced lr decides the claim");
    private static final ClaimSpec CONVERGE = new ClaimSpec("half-range-and-he-converge",
            "At lr 1e-2, U[-0.5,0.5] and He (RELU) initialisation converge",
            "for both inits, the median relative test-loss decrease (first to last checkpoint) is at least 50% (the loss at least "
                    + "halves); final accuracies are shown as evidence");
    private static final ClaimSpec RESCUE = new ClaimSpec("small-lr-rescues-u1",
            "A 100x smaller learning rate (1e-4) lets U[-1,1] converge where lr 1e-2 does not",
            "reproduced when, in the same number of steps, U[-1,1] at lr 1e-4 has a median relative test-loss decrease of at least 10% "
                    + "(it leaves the plateau) and larger than at lr 1e-2; otherwise not reproduced");
    private static final ClaimSpec SIGMOID = new ClaimSpec("sigmoid-insensitive",
            "With sigmoid hidden units the range (U[0,1], U[-1,1], U[-0.5,0.5]) hardly matters",
            "at lr 1e-2 the median final test accuracies of the three ranges lie within 0.1 of each other; inconclusive when none "
                    + "of them reaches 0.2 (twice chance: nothing learned yet, so the budget cannot tell)");
    private static final ClaimSpec SATURATION = new ClaimSpec("u1-saturates-softmax",
            "Mechanism: with U[-1,1] the logits are so large that the softmax starts saturated (one class gets almost all the "
                    + "probability), so the MSE gradient through it nearly vanishes; with He it does not",
            "median over seeds of the fraction of test examples whose largest initial softmax output exceeds 0.99 is at least 0.5 "
                    + "for ReLU U[-1,1] (lr 1e-2 runs) and at most 0.1 for ReLU He (lr 1e-2 runs)");
    private static final ClaimSpec HOMOGENEITY = new ClaimSpec("positive-homogeneity",
            "In a bias-free ReLU net of depth d, doubling every weight multiplies the logits by exactly 2^d",
            "max over inputs and logits of |z(2W) / (2^d z(W)) - 1| is below 1e-12");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "ReLU nets with U[-1,1] weights never converge; U[-0.5,0.5] and He do";
    }

    @Override
    public String source() {
        return "seed 000";
    }

    /**
     * @param plateauLrs the learning rates at which the U[-1,1] plateau is judged
     * @param fullGrid   whether every init × lr is run (else only the runs the claims read)
     */
    record Setup(int[] hidden, int trainPerClass, int evalPerClass, int epochs, int checkpointEvery, int seeds,
                         double[] plateauLrs, boolean fullGrid) {
    }

    private static Setup sizes(Profile p) {
        return p == Profile.QUICK ? new Setup(new int[] {64, 64}, 1000, 100, 1, 1000, 2, new double[] {1e-2}, false)
                : new Setup(new int[] {128, 64}, 0, 0, 1, 2000, 3, new double[] {1e-2, 1e-3}, true);
    }

    @Override
    public String setup(Profile profile) {
        Setup s = sizes(profile);
        int images = s.trainPerClass > 0 ? 10 * s.trainPerClass : 60000;
        String grid = s.fullGrid
                ? "Inits U[-1,1], U[-0.5,0.5], N(0,1), He (RELU), XAVIER at lr 1e-2, 1e-3, 1e-4; sigmoid control with U[0,1], U[-1,1], "
                        + "U[-0.5,0.5] at lr 1e-2"
                : "Only the runs the claims read: ReLU U[-1,1] at lr 1e-2 and 1e-4, U[-0.5,0.5] and He at lr 1e-2, sigmoid with U[0,1], "
                        + "U[-1,1], U[-0.5,0.5] at lr 1e-2 (the lr-1e-3 plateau needs more steps than the quick budget: at lr 1e-3 "
                        + "even He gains only a few points of accuracy in 10,000 steps, so it is judged in the full profile)";
        return "MNIST 784-" + s.hidden[0] + "-" + s.hidden[1] + "-10, ReLU (or sigmoid) hidden layers, softmax output scored by MSE "
                + "(as the asker), SGD with one example per step (as the asker) for " + s.epochs + " epoch(s) over " + images
                + " training images (" + s.epochs * images + " steps), evaluated on " + (s.evalPerClass > 0 ? 10 * s.evalPerClass : 10000)
                + " test images every " + s.checkpointEvery + " steps, " + s.seeds + " seeds. " + grid
                + "; a bias-free ReLU net with identity output for the homogeneity identity.";
    }

    @Override
    public List<ClaimSpec> claims() {
        return List.of(PLATEAU, CONVERGE, RESCUE, SIGMOID, SATURATION, HOMOGENEITY);
    }

    private static final Map<String, WeightInit> INITS = new LinkedHashMap<>();
    static {
        INITS.put("u1", WeightInit.uniform(-1, 1));
        INITS.put("u0.5", WeightInit.uniform(-0.5, 0.5));
        INITS.put("n1", WeightInit.normal(0, 1));
        INITS.put("he", WeightInit.relu());
        INITS.put("xavier", WeightInit.xavier());
        INITS.put("u01", WeightInit.uniform(0, 1));
    }

    @Override
    public List<RunConfig> configurations(Profile profile, int seeds) {
        Setup s = sizes(profile);
        int n = seeds > 0 ? seeds : s.seeds;
        List<RunConfig> grid = new ArrayList<>();
        for (int seed = 1; seed <= n; seed++) {
            if (s.fullGrid) {
                for (String init : List.of("u1", "u0.5", "n1", "he", "xavier")) {
                    for (double lr : LEARNING_RATES) {
                        grid.add(config("relu", init, lr, seed));
                    }
                }
            } else {
                grid.add(config("relu", "u1", 1e-2, seed));
                grid.add(config("relu", "u1", 1e-4, seed));
                grid.add(config("relu", "u0.5", 1e-2, seed));
                grid.add(config("relu", "he", 1e-2, seed));
            }
            for (String init : List.of("u01", "u1", "u0.5")) {
                grid.add(config("sigmoid", init, 1e-2, seed));
            }
        }
        grid.add(new RunConfig(ID, "homogeneity", 1, Map.of("kind", "homogeneity")));
        return grid;
    }

    private static RunConfig config(String activation, String init, double lr, long seed) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", "train");
        p.put("activation", activation);
        p.put("init", init);
        p.put("lr", lr);
        return new RunConfig(ID, configId(activation, init, lr), seed, p);
    }

    /** The configuration id of a training run, e.g. {@code relu-u1-lr0.01}. */
    static String configId(String activation, String init, double lr) {
        return activation + "-" + init + "-lr" + lr;
    }

    static NetworkSpec spec(int[] hidden, Activation act, WeightInit init, double lr, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(784)).name(ID).learningRate(lr).seed(seed);
        for (int h : hidden) b.layer(DenseLayerSpec.of(h, act, init));
        b.layer(OutputLayerSpec.of(10, Activation.SOFTMAX, LossFunction.MSE, init));
        return b.build();
    }

    @Override
    public RunRecord run(RunConfig config, RunEnvironment env) {
        return run(config, env, sizes(env.profile()));
    }

    /** Runs one configuration with explicit sizes (the tests use tiny ones). */
    RunRecord run(RunConfig config, RunEnvironment env, Setup s) {
        if (config.stringParam("kind").equals("homogeneity")) {
            return homogeneity(config, env, s);
        }
        TrainingSetup t = trainingSetup(config, env, s);
        NetworkSpec spec = t.spec();
        Dataset train = t.train();
        MinibatchOrder order = t.order();
        Dataset eval = Subsets.stratified(env.mnistTest(), s.evalPerClass, 2000);
        TrainingProtocol protocol = new TrainingProtocol(train, order, eval, s.checkpointEvery);
        return TwinRun.train(config, env.implementations(), spec, train, order, protocol, 50, (trained, initial, log, scalars, series) -> {
            double[] finalParameters = trained.parameters();
            trained.setParameters(initial);
            scalars.put("initSaturatedFraction", saturatedFraction(trained.output(eval.features(), eval.size()), eval.size(), 10));
            trained.setParameters(finalParameters);
            scalars.put("finalSaturatedFraction", saturatedFraction(trained.output(eval.features(), eval.size()), eval.size(), 10));
        });
    }

    @Override
    public Optional<TrainingSetup> trainingSetup(RunConfig config, RunEnvironment env) {
        if (!config.stringParam("kind").equals("train")) return Optional.empty();
        return Optional.of(trainingSetup(config, env, sizes(env.profile())));
    }

    private static TrainingSetup trainingSetup(RunConfig config, RunEnvironment env, Setup s) {
        String activation = config.stringParam("activation");
        Activation act = activation.equals("relu") ? Activation.RELU : Activation.SIGMOID;
        String init = config.stringParam("init");
        double lr = config.doubleParam("lr");
        NetworkSpec spec = spec(s.hidden, act, INITS.get(init), lr, config.seed());
        Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass, 1000 + config.seed());
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 1, s.epochs, 3000 + config.seed());
        String description = "relu-init-range (seed 000): MNIST 784-" + s.hidden[0] + "-" + s.hidden[1] + "-10, " + activation
                + " hidden units, init " + init + ", softmax + MSE, lr " + lr + ", one example per step, " + train.size()
                + " training images (class-stratified, seed " + (1000 + config.seed()) + "), " + s.epochs + " shuffled epoch(s) (seed "
                + (3000 + config.seed()) + ")";
        return new TrainingSetup(spec, train, order, description);
    }

    /** Fraction of rows of a {@code rows × classes} probability matrix whose largest entry exceeds {@link #SATURATED_PROBABILITY}. */
    static double saturatedFraction(double[] probabilities, int rows, int classes) {
        int saturated = 0;
        for (int r = 0; r < rows; r++) {
            double max = 0;
            for (int k = 0; k < classes; k++) max = Math.max(max, probabilities[r * classes + k]);
            if (max > SATURATED_PROBABILITY) saturated++;
        }
        return (double) saturated / rows;
    }
    /** Logits of a bias-free ReLU net with parameters θ and 2θ, on 100 test images, on both sides. */
    private RunRecord homogeneity(RunConfig config, RunEnvironment env, Setup s) {
        long t0 = System.nanoTime();
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(784)).name(ID + "-homogeneity").learningRate(0.01).seed(config.seed());
        for (int h : s.hidden) b.layer(DenseLayerSpec.of(h, Activation.RELU, WeightInit.uniform(-1, 1)).withoutBias());
        b.layer(OutputLayerSpec.of(10, Activation.IDENTITY, LossFunction.MSE, WeightInit.uniform(-1, 1)).withoutBias());
        NetworkSpec spec = b.build();
        int depth = spec.layers().size();
        Dataset x = Subsets.stratified(env.mnistTest(), 10, 4000);
        double[] theta = CoreTwin.initialise(spec).parameters();
        double[] doubled = theta.clone();
        for (int i = 0; i < doubled.length; i++) doubled[i] *= 2;
        Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
        for (Implementation impl : env.implementations()) {
            long s0 = System.nanoTime();
            TwinNetwork a = impl == Implementation.CORE ? CoreTwin.withParameters(spec, theta) : Dl4jTwin.withParameters(spec, theta);
            double[] z1 = a.output(x.features(), x.size());
            a.setParameters(doubled);
            double[] z2 = a.output(x.features(), x.size());
            double worst = 0;
            double scale = Math.pow(2, depth);
            for (int i = 0; i < z1.length; i++) {
                if (z1[i] != 0) worst = Math.max(worst, Math.abs(z2[i] / (scale * z1[i]) - 1));
                else if (z2[i] != 0) worst = Double.POSITIVE_INFINITY;
            }
            Map<String, Double> scalars = new LinkedHashMap<>();
            scalars.put("depth", (double) depth);
            scalars.put("maxRelDeviationFrom2PowD", worst);
            sides.put(impl, new SideRecord(RunStatus.FINISHED, -1, null, scalars, Map.of(), (System.nanoTime() - s0) / 1e9));
        }
        return new RunRecord(config, sides, null, (System.nanoTime() - t0) / 1e9);
    }

    @Override
    public List<ClaimResult> evaluate(List<RunRecord> runs, Profile profile) {
        double[] plateauLrs = sizes(profile).plateauLrs;
        List<ClaimResult> out = new ArrayList<>();
        out.add(ClaimResult.of(PLATEAU, plateau(runs, Implementation.CORE, plateauLrs), plateau(runs, Implementation.DL4J, plateauLrs)));
        out.add(ClaimResult.of(CONVERGE, converge(runs, Implementation.CORE), converge(runs, Implementation.DL4J)));
        out.add(ClaimResult.of(RESCUE, rescue(runs, Implementation.CORE), rescue(runs, Implementation.DL4J)));
        out.add(ClaimResult.of(SIGMOID, sigmoid(runs, Implementation.CORE), sigmoid(runs, Implementation.DL4J)));
        out.add(ClaimResult.of(SATURATION, saturation(runs, Implementation.CORE), saturation(runs, Implementation.DL4J)));
        out.add(ClaimResult.of(HOMOGENEITY, homogeneity(runs, Implementation.CORE), homogeneity(runs, Implementation.DL4J)));
        return out;
    }

    private static Judgement plateau(List<RunRecord> runs, Implementation impl, double[] lrs) {
        StringBuilder ev = new StringBuilder();
        boolean anyNot = false;
        boolean anyUndecided = false;
        for (double lr : lrs) {
            Runs.Summary acc = Runs.median(runs, configId("relu", "u1", lr), impl, Runs::finalAccuracy);
            Runs.Summary drop = Runs.median(runs, configId("relu", "u1", lr), impl, Runs::relativeEvalLossDecrease);
            Runs.Summary control = Runs.median(runs, configId("relu", "he", lr), impl, Runs::finalAccuracy);
            if (acc.count() == 0 || control.count() == 0) return Judgement.inconclusive("missing runs at lr " + lr);
            ev.append(String.format("lr %.0e: U[-1,1] acc %.3f, loss drop %.1f%% (He control acc %.3f)", lr, acc.median(),
                    100 * drop.median(), control.median()));
            if (control.median() < CONTROL_ACCURACY) {
                anyUndecided = true;
                ev.append(" budget too short to tell; ");
            } else {
                boolean flat = acc.median() < 0.5 && drop.median() < FLAT;
                anyNot |= !flat;
                ev.append(flat ? " flat; " : " not flat; ");
            }
        }
        String evidence = ev.toString().trim();
        if (anyNot) return Judgement.of(false, evidence);
        if (anyUndecided) return Judgement.inconclusive(evidence);
        return Judgement.of(true, evidence);
    }

    private static Judgement converge(List<RunRecord> runs, Implementation impl) {
        String half = configId("relu", "u0.5", 1e-2);
        String he = configId("relu", "he", 1e-2);
        Runs.Summary halfDrop = Runs.median(runs, half, impl, Runs::relativeEvalLossDecrease);
        Runs.Summary heDrop = Runs.median(runs, he, impl, Runs::relativeEvalLossDecrease);
        if (halfDrop.count() == 0 || heDrop.count() == 0) return Judgement.inconclusive("missing runs");
        double halfAcc = Runs.median(runs, half, impl, Runs::finalAccuracy).median();
        double heAcc = Runs.median(runs, he, impl, Runs::finalAccuracy).median();
        return Judgement.of(halfDrop.median() >= CONVERGING && heDrop.median() >= CONVERGING,
                String.format("loss drop U[-0.5,0.5] %.1f%% (acc %.3f), He %.1f%% (acc %.3f)", 100 * halfDrop.median(), halfAcc,
                        100 * heDrop.median(), heAcc));
    }

    private static Judgement rescue(List<RunRecord> runs, Implementation impl) {
        String smallId = configId("relu", "u1", 1e-4);
        String bigId = configId("relu", "u1", 1e-2);
        Runs.Summary small = Runs.median(runs, smallId, impl, Runs::relativeEvalLossDecrease);
        Runs.Summary big = Runs.median(runs, bigId, impl, Runs::relativeEvalLossDecrease);
        if (small.count() == 0 || big.count() == 0) return Judgement.inconclusive("missing runs");
        double smallAcc = Runs.median(runs, smallId, impl, Runs::finalAccuracy).median();
        double bigAcc = Runs.median(runs, bigId, impl, Runs::finalAccuracy).median();
        return Judgement.of(small.median() >= FLAT && small.median() > big.median(),
                String.format("U[-1,1] loss drop lr 1e-4 %.1f%% (acc %.3f) vs lr 1e-2 %.1f%% (acc %.3f)", 100 * small.median(), smallAcc,
                        100 * big.median(), bigAcc));
    }

    private static Judgement sigmoid(List<RunRecord> runs, Implementation impl) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        StringBuilder ev = new StringBuilder();
        for (String init : List.of("u01", "u1", "u0.5")) {
            Runs.Summary acc = Runs.median(runs, configId("sigmoid", init, 1e-2), impl, Runs::finalAccuracy);
            if (acc.count() == 0) return Judgement.inconclusive("no finished run of sigmoid-" + init);
            lo = Math.min(lo, acc.median());
            hi = Math.max(hi, acc.median());
            ev.append(String.format("%s %.3f; ", init, acc.median()));
        }
        ev.append(String.format("spread %.3f", hi - lo));
        if (hi < 0.2) return Judgement.inconclusive(ev.append("; none learned yet").toString());
        return Judgement.of(hi - lo <= 0.1, ev.toString());
    }

    private static Judgement saturation(List<RunRecord> runs, Implementation impl) {
        Runs.Summary u1 = Runs.median(runs, configId("relu", "u1", 1e-2), impl, s -> s.scalarOr("initSaturatedFraction", Double.NaN));
        Runs.Summary he = Runs.median(runs, configId("relu", "he", 1e-2), impl, s -> s.scalarOr("initSaturatedFraction", Double.NaN));
        if (!Double.isFinite(u1.median()) || !Double.isFinite(he.median())) return Judgement.inconclusive("no initial saturation measured");
        return Judgement.of(u1.median() >= 0.5 && he.median() <= 0.1,
                String.format("saturated at init: U[-1,1] %.3f, He %.3f of test examples", u1.median(), he.median()));
    }

    private static Judgement homogeneity(List<RunRecord> runs, Implementation impl) {
        for (RunRecord r : runs) {
            if (r.config().config().equals("homogeneity")) {
                SideRecord s = r.side(impl);
                if (!s.ok()) return Judgement.inconclusive("run " + s.status().label());
                double dev = s.scalar("maxRelDeviationFrom2PowD");
                return Judgement.of(dev < 1e-12, String.format("depth %.0f, max deviation %.2e", s.scalar("depth"), dev));
            }
        }
        return Judgement.inconclusive("no homogeneity run");
    }
}
