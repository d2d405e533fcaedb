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
import io.twinnet.experiments.runner.ClaimResult;
import io.twinnet.experiments.runner.ClaimSpec;
import io.twinnet.experiments.runner.Experiment;
import io.twinnet.experiments.runner.Implementation;
import io.twinnet.experiments.runner.Judgement;
import io.twinnet.experiments.runner.Profile;
import io.twinnet.experiments.runner.RunConfig;
import io.twinnet.experiments.runner.RunEnvironment;
import io.twinnet.experiments.runner.RunRecord;
import io.twinnet.experiments.runner.RunStatus;
import io.twinnet.experiments.runner.SideRecord;
import io.twinnet.experiments.twin.CoreTwin;
import io.twinnet.experiments.twin.Dl4jTwin;
import io.twinnet.experiments.twin.TrainingProtocol;
import io.twinnet.experiments.twin.TwinNetwork;
import io.twinnet.experiments.twin.TwinRun;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 000: "ReLU with weights from U[-1,1] never converges, U[-0.5,0.5] and a normal init do;
 * a 100× smaller learning rate rescues U[-1,1]; sigmoid does not care about the range."
 * The asker's net: ReLU hidden layers, softmax output scored by MSE, plain SGD, one example per
 * step. The answer's explanation is positive homogeneity: ReLU(a·x) = a·ReLU(x) for a &gt; 0, so
 * doubling every weight of a bias-free depth-d ReLU net multiplies its logits by exactly 2^d, and
 * softmax saturates.
 */
public final class ReluInitRange implements Experiment {

    static final String ID = "relu-init-range";
    private static final double[] LEARNING_RATES = {1e-2, 1e-3, 1e-4};

    private static final ClaimSpec PLATEAU = new ClaimSpec("u1-plateaus",
            "ReLU with U[-1,1] weights does not converge at lr 1e-2 and 1e-3: the loss stays flat",
            "for both learning rates, the median over seeds of the final test accuracy is below 0.5 and of the relative "
                    + "decrease of the test loss (first to last checkpoint) below 10%");
    private static final ClaimSpec CONVERGE = new ClaimSpec("half-range-and-he-converge",
            "At lr 1e-2, U[-0.5,0.5] and He (RELU) initialisation converge",
            "for both inits, the median final test accuracy is at least 0.8");
    private static final ClaimSpec RESCUE = new ClaimSpec("small-lr-rescues-u1",
            "A 100x smaller learning rate (1e-4) lets U[-1,1] converge",
            "the median final test accuracy of U[-1,1] at lr 1e-4 is at least 0.5 and exceeds that at lr 1e-2 by at least 0.2");
    private static final ClaimSpec SIGMOID = new ClaimSpec("sigmoid-insensitive",
            "With sigmoid hidden units the range (U[0,1], U[-1,1], U[-0.5,0.5]) hardly matters",
            "at lr 1e-2 the median final test accuracies of the three ranges lie within 0.1 of each other");
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

    private record Setup(int[] hidden, int trainPerClass, int evalPerClass, int epochs, int checkpointEvery, int seeds) {
    }

    private static Setup sizes(Profile p) {
        return p == Profile.QUICK ? new Setup(new int[] {64, 64}, 200, 100, 1, 200, 2)
                : new Setup(new int[] {128, 64}, 0, 0, 1, 2000, 3);
    }

    @Override
    public String setup(Profile profile) {
        Setup s = sizes(profile);
        return "MNIST 784-" + s.hidden[0] + "-" + s.hidden[1] + "-10, ReLU (or sigmoid) hidden layers, softmax output scored by MSE "
                + "(as the asker), SGD with one example per step for " + s.epochs + " epoch(s) over "
                + (s.trainPerClass > 0 ? 10 * s.trainPerClass : 60000) + " training images, evaluated on "
                + (s.evalPerClass > 0 ? 10 * s.evalPerClass : 10000) + " test images. Inits U[-1,1], "
                + "U[-0.5,0.5], N(0,1), He (RELU), XAVIER at lr 1e-2, 1e-3, 1e-4; sigmoid control with U[0,1], U[-1,1], U[-0.5,0.5] at lr 1e-2; "
                + "a bias-free ReLU net with identity output for the homogeneity identity.";
    }

    @Override
    public List<ClaimSpec> claims() {
        return List.of(PLATEAU, CONVERGE, RESCUE, SIGMOID, HOMOGENEITY);
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
            for (String init : List.of("u1", "u0.5", "n1", "he", "xavier")) {
                for (double lr : LEARNING_RATES) {
                    grid.add(config("relu", init, lr, seed));
                }
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
        return new RunConfig(ID, activation + "-" + init + "-lr" + lr, seed, p);
    }

    static NetworkSpec spec(int[] hidden, Activation act, WeightInit init, double lr, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(784)).name(ID).learningRate(lr).seed(seed);
        for (int h : hidden) b.layer(DenseLayerSpec.of(h, act, init));
        b.layer(OutputLayerSpec.of(10, Activation.SOFTMAX, LossFunction.MSE, init));
        return b.build();
    }

    @Override
    public RunRecord run(RunConfig config, RunEnvironment env) {
        Setup s = sizes(env.profile());
        if (config.stringParam("kind").equals("homogeneity")) {
            return homogeneity(config, env, s);
        }
        Activation act = config.stringParam("activation").equals("relu") ? Activation.RELU : Activation.SIGMOID;
        NetworkSpec spec = spec(s.hidden, act, INITS.get(config.stringParam("init")), config.doubleParam("lr"), config.seed());
        Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass, 1000 + config.seed());
        Dataset eval = Subsets.stratified(env.mnistTest(), s.evalPerClass, 2000);
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 1, s.epochs, 3000 + config.seed());
        TrainingProtocol protocol = new TrainingProtocol(train, order, eval, s.checkpointEvery);
        return TwinRun.train(config, spec, train, order, protocol, 50, null);
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
        for (Implementation impl : Implementation.values()) {
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
            sides.put(impl, new SideRecord(RunStatus.OK, -1, null, scalars, Map.of(), (System.nanoTime() - s0) / 1e9));
        }
        return new RunRecord(config, sides, null, (System.nanoTime() - t0) / 1e9);
    }

    @Override
    public List<ClaimResult> evaluate(List<RunRecord> runs, Profile profile) {
        List<ClaimResult> out = new ArrayList<>();
        out.add(ClaimResult.of(PLATEAU, plateau(runs, Implementation.CORE), plateau(runs, Implementation.DL4J)));
        out.add(ClaimResult.of(CONVERGE, converge(runs, Implementation.CORE), converge(runs, Implementation.DL4J)));
        out.add(ClaimResult.of(RESCUE, rescue(runs, Implementation.CORE), rescue(runs, Implementation.DL4J)));
        out.add(ClaimResult.of(SIGMOID, sigmoid(runs, Implementation.CORE), sigmoid(runs, Implementation.DL4J)));
        out.add(ClaimResult.of(HOMOGENEITY, homogeneity(runs, Implementation.CORE), homogeneity(runs, Implementation.DL4J)));
        return out;
    }

    private static Judgement plateau(List<RunRecord> runs, Implementation impl) {
        StringBuilder ev = new StringBuilder();
        boolean holds = true;
        for (double lr : new double[] {1e-2, 1e-3}) {
            Runs.Summary acc = Runs.median(runs, "relu-u1-lr" + lr, impl, Runs::finalAccuracy);
            Runs.Summary drop = Runs.median(runs, "relu-u1-lr" + lr, impl, Runs::relativeEvalLossDecrease);
            if (acc.count() == 0) return Judgement.inconclusive("no finished run of relu-u1-lr" + lr);
            holds &= acc.median() < 0.5 && drop.median() < 0.10;
            ev.append(String.format("lr %.0e: acc %.3f, loss drop %.1f%%; ", lr, acc.median(), 100 * drop.median()));
        }
        return Judgement.of(holds, ev.toString().trim());
    }

    private static Judgement converge(List<RunRecord> runs, Implementation impl) {
        Runs.Summary half = Runs.median(runs, "relu-u0.5-lr0.01", impl, Runs::finalAccuracy);
        Runs.Summary he = Runs.median(runs, "relu-he-lr0.01", impl, Runs::finalAccuracy);
        if (half.count() == 0 || he.count() == 0) return Judgement.inconclusive("missing runs");
        return Judgement.of(half.median() >= 0.8 && he.median() >= 0.8,
                String.format("acc U[-0.5,0.5] %.3f, He %.3f", half.median(), he.median()));
    }

    private static Judgement rescue(List<RunRecord> runs, Implementation impl) {
        Runs.Summary small = Runs.median(runs, "relu-u1-lr1.0E-4", impl, Runs::finalAccuracy);
        Runs.Summary big = Runs.median(runs, "relu-u1-lr0.01", impl, Runs::finalAccuracy);
        if (small.count() == 0 || big.count() == 0) return Judgement.inconclusive("missing runs");
        return Judgement.of(small.median() >= 0.5 && small.median() - big.median() >= 0.2,
                String.format("acc U[-1,1] lr 1e-4 %.3f vs lr 1e-2 %.3f", small.median(), big.median()));
    }

    private static Judgement sigmoid(List<RunRecord> runs, Implementation impl) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        StringBuilder ev = new StringBuilder();
        for (String init : List.of("u01", "u1", "u0.5")) {
            Runs.Summary acc = Runs.median(runs, "sigmoid-" + init + "-lr0.01", impl, Runs::finalAccuracy);
            if (acc.count() == 0) return Judgement.inconclusive("no finished run of sigmoid-" + init);
            lo = Math.min(lo, acc.median());
            hi = Math.max(hi, acc.median());
            ev.append(String.format("%s %.3f; ", init, acc.median()));
        }
        return Judgement.of(hi - lo <= 0.1, ev.append(String.format("spread %.3f", hi - lo)).toString());
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
