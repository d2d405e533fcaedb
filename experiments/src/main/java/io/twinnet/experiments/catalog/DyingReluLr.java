package io.twinnet.experiments.catalog;

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
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.TrainingSetup;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Stats;
import io.twinnet.experiments.lab.TrainingProtocol;
import io.twinnet.experiments.lab.TwinRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 004: a 784-100-10 MLP with ReLU hidden <em>and</em> output units, MSE to one-hot targets,
 * one example per SGD step, weights from N(0, 0.01): above a learning rate of about 0.06 the test
 * accuracy rises, then collapses, because output units die (zero output on every input, so no
 * gradient ever reaches them again). The answers propose leaky ReLU, and the asker mentions a
 * softmax output; a commenter asks about learning-rate decay; the second answer suggests a wider
 * hidden layer.
 *
 * <p>Two ambiguities of the question are run both ways. "N(0, 0.01)": standard deviation 0.01
 * (DL4J's {@code NormalDistribution(0, 0.01)}) or variance 0.01 (std 0.1). "MSE": DL4J's
 * {@code LossMSE} averages over the 10 outputs (gradient 2(a − t)/10), while a from-scratch net
 * usually back-propagates (a − t) or 2(a − t) per output, i.e. the sum of squares ({@code LossL2},
 * gradient 2(a − t)); the two differ by a factor 10 in the effective step size, which moves any
 * learning-rate threshold by that factor. Measured on the core before the rules were written:
 * with the mean convention nothing collapses up to lr 0.1 in three epochs; with the sum
 * convention runs at lr &ge; 0.05 died within the first 5,000 steps.
 *
 * <p>A run <em>fails</em> when it diverges, ends below 0.5 test accuracy, or ends 0.2 or more below
 * its own peak (each dead output unit removes about a tenth of the classes). A seed's threshold is
 * the smallest learning rate of the grid at which it fails.
 */
public final class DyingReluLr implements RunnableExperiment {

    static final String ID = "dying-relu-lr";
    /** A run whose final accuracy is this far below its peak has collapsed. */
    static final double COLLAPSE_DROP = 0.2;
    /** A run that ends below this accuracy has not trained. */
    static final double TRAINED_ACCURACY = 0.5;

    private static final ClaimSpec THRESHOLD = new ClaimSpec("collapse-above-threshold",
            "Above a learning-rate threshold training fails: the accuracy rises, then collapses",
            "for at least one reading (loss convention x init), at most a third of the seeds fail at the smallest learning rate "
                    + "of the grid and at least half fail at the largest; a run fails when it diverges, ends below 0.5 test accuracy "
                    + "or ends 0.2 or more below its own peak");
    private static final ClaimSpec NEAR_ASKER = new ClaimSpec("threshold-near-0.06",
            "The threshold is about 0.06",
            "for some reading that satisfies collapse-above-threshold, the median over seeds of the per-seed threshold (smallest "
                    + "failing learning rate of the grid) lies in [0.04, 0.08]; every reading's median and range are the evidence");
    private static final ClaimSpec DEAD = new ClaimSpec("output-units-die",
            "The failure is caused by dead output units (zero output on every example)",
            "at least 80% of the failed, non-diverged runs end with at least one dead output unit on the 1000-image probe set; "
                    + "inconclusive when no run failed");
    private static final ClaimSpec SEED = new ClaimSpec("seed-decides-near-threshold",
            "Changing only the random seed can decide between training and failing",
            "for some reading and learning rate of the grid, at least one seed fails and at least one trains");

    /** A fix of the collapse, run at the fix learning rate on the fix reading. */
    private record Fix(String id, String text) {
    }

    private static final List<Fix> FIXES = List.of(
            new Fix("leaky", "a leaky ReLU output (slope 0.2 for negative inputs, as the answer suggests)"),
            new Fix("softmax", "a softmax output (same loss)"),
            new Fix("decay", "learning-rate decay (step schedule: the rate halves every eighth of the run)"),
            new Fix("wide", "a wider hidden layer (500 units)"));

    private static ClaimSpec fixClaim(Fix f) {
        return new ClaimSpec("fix-" + f.id, "Fix: " + f.text + " prevents the collapse at a learning rate where plain ReLU collapses",
                "at the fix learning rate and reading, inconclusive unless at least half of the plain ReLU seeds fail; then reproduced "
                        + "when at most a quarter of the fixed seeds fail, otherwise not reproduced");
    }

    /** A reading of the question's ambiguities: the loss convention and the init scale. */
    record Reading(String loss, String init) {
        String id() {
            return loss + "-" + init;
        }

        LossFunction lossFunction() {
            return loss.equals("mean") ? LossFunction.MSE : LossFunction.L2;
        }

        double std() {
            return init.equals("std0.01") ? 0.01 : 0.1;
        }
    }

    static final Reading SUM_STD = new Reading("sum", "std0.01");
    static final Reading SUM_VAR = new Reading("sum", "var0.01");
    static final Reading MEAN_STD = new Reading("mean", "std0.01");
    static final Reading MEAN_VAR = new Reading("mean", "var0.01");

    /**
     * @param trainPerClass training images per class (0: all 60,000)
     * @param steps         SGD steps (one example each)
     * @param probePerClass test images per class used for accuracy and the dead-unit probe
     * @param readings      the readings and the learning rates each is run at
     */
    record Setup(int trainPerClass, int steps, int checkpointEvery, int probePerClass, int seeds, Map<Reading, double[]> readings,
                 Reading fixReading, double fixLearningRate) {
    }

    private static final double[] FULL_LRS = {0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1};

    static Setup sizes(Profile p) {
        Map<Reading, double[]> r = new LinkedHashMap<>();
        if (p == Profile.QUICK) {
            r.put(SUM_STD, new double[] {0.03, 0.05, 0.07, 0.1});
            r.put(SUM_VAR, new double[] {0.03, 0.05, 0.07, 0.1});
            r.put(MEAN_STD, new double[] {0.03, 0.1});
            r.put(MEAN_VAR, new double[] {0.03, 0.1});
            return new Setup(1000, 4000, 250, 100, 2, r, SUM_STD, 0.1);
        }
        for (Reading reading : List.of(SUM_STD, SUM_VAR, MEAN_STD, MEAN_VAR)) r.put(reading, FULL_LRS);
        return new Setup(0, 180000, 2000, 100, 5, r, SUM_STD, 0.1);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "ReLU outputs die above a learning-rate threshold (784-100-10, MSE, minibatch 1)";
    }

    @Override
    public String source() {
        return "seed 004";
    }

    @Override
    public String setup(Profile profile) {
        Setup s = sizes(profile);
        StringBuilder grid = new StringBuilder();
        for (Map.Entry<Reading, double[]> e : s.readings.entrySet()) {
            grid.append(e.getKey().id()).append(" at lr ").append(java.util.Arrays.toString(e.getValue())).append("; ");
        }
        return "MNIST 784-100-10, ReLU hidden and output units, squared error to one-hot targets, SGD with one example per step "
                + "(as the asker) for " + s.steps + " steps over " + (s.trainPerClass > 0 ? 10 * s.trainPerClass + " training images (class-stratified subset)" : "the 60,000 training images")
                + ", test accuracy and dead units (zero on every one of " + 10 * s.probePerClass + " test images) every "
                + s.checkpointEvery + " steps, " + s.seeds + " seeds. Readings: loss 'mean' = DL4J LossMSE (mean over the 10 outputs), "
                + "'sum' = LossL2 (sum over outputs, the per-output gradient a from-scratch net back-propagates); init 'std0.01' = "
                + "N(0, 0.01^2), 'var0.01' = N(0, 0.1^2). Grid: " + grid + "fixes (leaky ReLU output 0.2, softmax output, lr halving every "
                + "eighth of the run, 500 hidden units) on " + s.fixReading.id() + " at lr " + s.fixLearningRate + ".";
    }

    @Override
    public List<ClaimSpec> claims() {
        List<ClaimSpec> c = new ArrayList<>(List.of(THRESHOLD, NEAR_ASKER, DEAD, SEED));
        for (Fix f : FIXES) c.add(fixClaim(f));
        return c;
    }

    static String plainId(Reading r, double lr) {
        return "plain-" + r.id() + "-lr" + lr;
    }

    static String fixId(String fix, Reading r, double lr) {
        return "fix-" + fix + "-" + r.id() + "-lr" + lr;
    }

    @Override
    public List<RunConfig> configurations(Profile profile, int seeds) {
        Setup s = sizes(profile);
        int n = seeds > 0 ? seeds : s.seeds;
        List<RunConfig> grid = new ArrayList<>();
        for (int seed = 1; seed <= n; seed++) {
            for (Map.Entry<Reading, double[]> e : s.readings.entrySet()) {
                for (double lr : e.getValue()) grid.add(config(plainId(e.getKey(), lr), "plain", e.getKey(), lr, seed));
            }
            for (Fix f : FIXES) grid.add(config(fixId(f.id, s.fixReading, s.fixLearningRate), f.id, s.fixReading, s.fixLearningRate, seed));
        }
        return grid;
    }

    private static RunConfig config(String id, String variant, Reading r, double lr, long seed) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("variant", variant);
        p.put("loss", r.loss);
        p.put("init", r.init);
        p.put("lr", lr);
        return new RunConfig(ID, id, seed, p);
    }

    static NetworkSpec spec(String variant, Reading r, double lr, int steps, long seed) {
        WeightInit init = WeightInit.normal(0, r.std());
        int hidden = variant.equals("wide") ? 500 : 100;
        Activation out = switch (variant) {
            case "leaky" -> Activation.leakyRelu(0.2);
            case "softmax" -> Activation.SOFTMAX;
            default -> Activation.RELU;
        };
        LearningRateSchedule schedule = variant.equals("decay") ? LearningRateSchedule.step(lr, 0.5, Math.max(1, steps / 8))
                : LearningRateSchedule.fixed(lr);
        return NetworkSpec.builder(Shape.vector(784)).name(ID).learningRate(schedule).seed(seed)
                .layer(DenseLayerSpec.of(hidden, Activation.RELU, init))
                .layer(OutputLayerSpec.of(10, out, r.lossFunction(), init)).build();
    }

    @Override
    public RunRecord run(RunConfig config, RunEnvironment env) {
        return run(config, env, sizes(env.profile()));
    }

    RunRecord run(RunConfig config, RunEnvironment env, Setup s) {
        TrainingSetup t = trainingSetup(config, env, s);
        NetworkSpec spec = t.spec();
        Dataset train = t.train();
        MinibatchOrder order = t.order();
        Dataset probe = Subsets.stratified(env.mnistTest(), s.probePerClass, 2000);
        TrainingProtocol protocol = new TrainingProtocol(train, order, probe, s.checkpointEvery);
        return TwinRun.trainProbed(config, env.implementations(), spec, train, order, protocol, 30, () -> new DeadUnitProbe(probe));
    }

    @Override
    public Optional<TrainingSetup> trainingSetup(RunConfig config, RunEnvironment env) {
        return Optional.of(trainingSetup(config, env, sizes(env.profile())));
    }

    private static TrainingSetup trainingSetup(RunConfig config, RunEnvironment env, Setup s) {
        Reading r = new Reading(config.stringParam("loss"), config.stringParam("init"));
        String variant = config.stringParam("variant");
        double lr = config.doubleParam("lr");
        NetworkSpec spec = spec(variant, r, lr, s.steps, config.seed());
        Dataset train = Subsets.stratified(env.mnistTrain(), s.trainPerClass, 1000 + config.seed());
        int epochs = (s.steps + train.size() - 1) / train.size();
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 1, epochs, 3000 + config.seed()).first(s.steps);
        String description = "dying-relu-lr (seed 004): MNIST 784-" + (variant.equals("wide") ? 500 : 100) + "-10, variant " + variant
                + ", reading " + r.id() + " (" + (r.loss.equals("mean") ? "DL4J LossMSE" : "LossL2, sum of squares") + ", N(0, " + r.std()
                + "^2) weights), lr " + lr + ", one example per step for " + s.steps + " steps over " + train.size()
                + " training images (class-stratified, seed " + (1000 + config.seed()) + "; shuffled epochs, seed " + (3000 + config.seed()) + ")";
        return new TrainingSetup(spec, train, order, description);
    }

    /** True when the side diverged, ended below 0.5 accuracy, or ended 0.2 or more below its peak accuracy. */
    static boolean failed(SideRecord s) {
        if (s.status() == RunStatus.DIVERGED) return true;
        Series acc = s.seriesOrNull("evalAccuracy");
        if (acc == null || acc.size() == 0) return true;
        double last = acc.last();
        return !(last >= TRAINED_ACCURACY) || last <= acc.max() - COLLAPSE_DROP;
    }

    /** Sides of the finished (ok or diverged) runs of one configuration, by seed order. */
    private static List<SideRecord> sides(List<RunRecord> runs, String config, Implementation impl) {
        List<SideRecord> out = new ArrayList<>();
        for (RunRecord rec : Runs.of(runs, config)) {
            SideRecord s = rec.sides().get(impl);
            if (s != null && s.status().measured()) out.add(s);
        }
        return out;
    }

    private static double failedFraction(List<SideRecord> sides) {
        int f = 0;
        for (SideRecord s : sides) if (failed(s)) f++;
        return sides.isEmpty() ? Double.NaN : (double) f / sides.size();
    }

    /** Per-seed thresholds of a reading: the smallest grid lr at which that seed failed (+∞ when none). */
    private static double[] thresholds(List<RunRecord> runs, Reading r, double[] lrs, Implementation impl) {
        Map<Long, Double> bySeed = new java.util.TreeMap<>();
        for (double lr : lrs) {
            for (RunRecord rec : Runs.of(runs, plainId(r, lr))) {
                SideRecord s = rec.sides().get(impl);
                if (s == null || !s.status().measured()) continue;
                bySeed.putIfAbsent(rec.config().seed(), Double.POSITIVE_INFINITY);
                if (failed(s)) bySeed.merge(rec.config().seed(), lr, Math::min);
            }
        }
        return bySeed.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Median including +∞ entries (Stats.median drops non-finite values). */
    private static double medianWithInfinity(double[] v) {
        double[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        if (sorted.length == 0) return Double.NaN;
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    @Override
    public List<ClaimResult> evaluate(List<RunRecord> runs, Profile profile) {
        Setup s = sizes(profile);
        List<ClaimResult> out = new ArrayList<>();
        out.add(ClaimResult.of(THRESHOLD, threshold(runs, s, Implementation.CORE), threshold(runs, s, Implementation.DL4J)));
        out.add(ClaimResult.of(NEAR_ASKER, nearAsker(runs, s, Implementation.CORE), nearAsker(runs, s, Implementation.DL4J)));
        out.add(ClaimResult.of(DEAD, dead(runs, Implementation.CORE), dead(runs, Implementation.DL4J)));
        out.add(ClaimResult.of(SEED, seed(runs, s, Implementation.CORE), seed(runs, s, Implementation.DL4J)));
        for (Fix f : FIXES) {
            out.add(ClaimResult.of(fixClaim(f), fix(runs, s, f, Implementation.CORE), fix(runs, s, f, Implementation.DL4J)));
        }
        return out;
    }

    private static boolean showsThreshold(List<RunRecord> runs, Reading r, double[] lrs, Implementation impl) {
        if (lrs.length < 2) return false;
        double low = failedFraction(sides(runs, plainId(r, lrs[0]), impl));
        double high = failedFraction(sides(runs, plainId(r, lrs[lrs.length - 1]), impl));
        return low <= 1.0 / 3 && high >= 0.5;
    }

    private static Judgement threshold(List<RunRecord> runs, Setup s, Implementation impl) {
        StringBuilder ev = new StringBuilder();
        boolean any = false;
        boolean anyData = false;
        for (Map.Entry<Reading, double[]> e : s.readings.entrySet()) {
            ev.append(e.getKey().id()).append(" failed:");
            for (double lr : e.getValue()) {
                List<SideRecord> sides = sides(runs, plainId(e.getKey(), lr), impl);
                anyData |= !sides.isEmpty();
                int f = 0;
                for (SideRecord side : sides) if (failed(side)) f++;
                ev.append(String.format(Locale.ROOT, " %s %d/%d", lr, f, sides.size()));
            }
            boolean shows = showsThreshold(runs, e.getKey(), e.getValue(), impl);
            any |= shows;
            ev.append(shows ? " (threshold); " : "; ");
        }
        if (!anyData) return Judgement.inconclusive("no finished runs");
        return Judgement.of(any, ev.toString().trim());
    }

    private static Judgement nearAsker(List<RunRecord> runs, Setup s, Implementation impl) {
        StringBuilder ev = new StringBuilder();
        boolean near = false;
        for (Map.Entry<Reading, double[]> e : s.readings.entrySet()) {
            double[] t = thresholds(runs, e.getKey(), e.getValue(), impl);
            if (t.length == 0) continue;
            double median = medianWithInfinity(t);
            double min = java.util.Arrays.stream(t).min().orElse(Double.NaN);
            double max = java.util.Arrays.stream(t).max().orElse(Double.NaN);
            boolean shows = showsThreshold(runs, e.getKey(), e.getValue(), impl);
            near |= shows && median >= 0.04 && median <= 0.08;
            ev.append(String.format(Locale.ROOT, "%s threshold median %s, range [%s, %s] over %d seeds; ", e.getKey().id(), show(median),
                    show(min), show(max), t.length));
        }
        if (ev.length() == 0) return Judgement.inconclusive("no finished runs");
        return Judgement.of(near, ev.toString().trim());
    }

    private static String show(double lr) {
        return Double.isInfinite(lr) ? "none in grid" : String.format(Locale.ROOT, "%.3f", lr);
    }

    private static Judgement dead(List<RunRecord> runs, Implementation impl) {
        int failedRuns = 0;
        int withDead = 0;
        List<Double> deadFailed = new ArrayList<>();
        List<Double> deadTrained = new ArrayList<>();
        for (RunRecord rec : runs) {
            if (!rec.config().config().startsWith("plain-")) continue;
            SideRecord s = rec.sides().get(impl);
            if (s == null || s.status() != RunStatus.FINISHED) continue;
            double d = s.scalarOr("finalDeadOutputFraction", Double.NaN);
            if (failed(s)) {
                failedRuns++;
                if (d >= 0.1) withDead++;
                deadFailed.add(d);
            } else {
                deadTrained.add(d);
            }
        }
        String ev = String.format(Locale.ROOT, "%d of %d failed runs end with a dead output unit; median final dead output fraction "
                + "%.2f in failed vs %.2f in trained runs", withDead, failedRuns,
                Stats.median(deadFailed.stream().mapToDouble(Double::doubleValue).toArray()),
                Stats.median(deadTrained.stream().mapToDouble(Double::doubleValue).toArray()));
        if (failedRuns == 0) return Judgement.inconclusive(ev);
        return Judgement.of(withDead >= 0.8 * failedRuns, ev);
    }

    private static Judgement seed(List<RunRecord> runs, Setup s, Implementation impl) {
        List<String> mixed = new ArrayList<>();
        for (Map.Entry<Reading, double[]> e : s.readings.entrySet()) {
            for (double lr : e.getValue()) {
                double f = failedFraction(sides(runs, plainId(e.getKey(), lr), impl));
                if (f > 0 && f < 1) mixed.add(e.getKey().id() + " lr " + lr + String.format(Locale.ROOT, " (%.0f%% fail)", 100 * f));
            }
        }
        return Judgement.of(!mixed.isEmpty(), mixed.isEmpty() ? "every reading and lr failed for all seeds or for none"
                : "seeds disagree at " + String.join(", ", mixed));
    }

    private static Judgement fix(List<RunRecord> runs, Setup s, Fix f, Implementation impl) {
        List<SideRecord> plain = sides(runs, plainId(s.fixReading, s.fixLearningRate), impl);
        List<SideRecord> fixed = sides(runs, fixId(f.id, s.fixReading, s.fixLearningRate), impl);
        if (plain.isEmpty() || fixed.isEmpty()) return Judgement.inconclusive("missing runs");
        double pf = failedFraction(plain);
        double ff = failedFraction(fixed);
        double fixedAcc = Stats.median(fixed.stream().mapToDouble(x -> {
            Series a = x.seriesOrNull("evalAccuracy");
            return a == null ? Double.NaN : a.last();
        }).toArray());
        String ev = String.format(Locale.ROOT, "at %s lr %s: plain fails %.0f%%, %s fails %.0f%% (median final acc %.3f)", s.fixReading.id(),
                s.fixLearningRate, 100 * pf, f.id, 100 * ff, fixedAcc);
        if (pf < 0.5) return Judgement.inconclusive(ev + "; plain ReLU does not collapse here");
        return Judgement.of(ff <= 0.25, ev);
    }
}
