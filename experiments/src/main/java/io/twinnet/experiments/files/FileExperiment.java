package io.twinnet.experiments.files;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.Updater;
import io.twinnet.experiments.lab.AskerUnits;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.DeadUnitProbe;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.Rules;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TwinNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An experiment declared by a file: the same {@link Experiment} a catalog class is, read from
 * data, so the lab runs, stores, resumes, judges and reports it exactly like one. Its grid is the
 * file's configurations (the same in both profiles: the file states its own budget); each run is
 * a {@link TrainingTrial} over a shuffled minibatch order drawn from the run's order seed, the
 * network's weights from its init seed; its claims are the file's, each a lab rule
 * ({@link Rules#of}) over a {@link ClaimStatistic}; it draws one figure per recorded step curve.
 */
public final class FileExperiment implements Experiment<FilePoint> {
    /** File experiments are listed after the catalog. */
    public static final int POSITION = 1000;
    private final ExperimentFile file;

    public FileExperiment(ExperimentFile file) {
        if (file == null) throw new IllegalArgumentException("file: is missing");
        this.file = file;
    }

    public ExperimentFile file() {
        return file;
    }

    /** The definition of {@code experiment} when a file declared it (what the Spark engine ships to its executors). */
    public static Optional<ExperimentDefinition> definitionOf(RunnableExperiment experiment) {
        return experiment instanceof DeclaredExperiment<?> d && d.declaration() instanceof FileExperiment f
                ? Optional.of(f.file().definition()) : Optional.empty();
    }

    @Override
    public String id() {
        return file.id();
    }

    @Override
    public String title() {
        return file.title();
    }

    @Override
    public String source() {
        return file.source();
    }

    @Override
    public int position() {
        return POSITION;
    }

    @Override
    public String setup(Profile profile) {
        PointSetup first = file.setup(file.points().get(0));
        String grid = file.grid().isEmpty() ? "one configuration"
                : file.points().size() + " configurations, the product of " + file.grid().stream()
                .map(a -> a.name() + " (" + a.field() + ") in " + a.values()).collect(Collectors.joining(" × "));
        TrainingPlan t = first.training();
        return "Defined by the file " + file.file() + " (the same in every profile): " + grid + ", " + file.seeds() + " seeds each. "
                + "Network " + first.spec().name() + ": " + first.spec().layers().stream().map(l -> l.type()).collect(Collectors.joining("-"))
                + ", input " + first.spec().input().size() + ", " + rate(first.spec()) + (file.points().size() > 1 ? " in the first configuration" : "")
                + "; " + updater(first.spec().updater()) + " at minibatch " + t.minibatch() + " for "
                + (t.steps() > 0 ? t.steps() + " steps" : t.epochs() + " epochs") + (file.probes().isEmpty() ? "" : "; probes: "
                + file.probes().stream().map(ProbeKind::label).collect(Collectors.joining(", "))) + ".";
    }

    /** The learning rate, in the asker's units too for SGD (Adam's step does not scale with the loss's factor c). */
    private static String rate(io.twinnet.core.spec.NetworkSpec spec) {
        double lr = spec.learningRate().initial();
        return spec.updater() instanceof Updater.Adam ? "lr " + lr
                : new AskerUnits(spec.outputLayer().loss(), spec.outputShape().size()).describe(lr);
    }

    private static String updater(Updater u) {
        return u instanceof Updater.Adam a ? "Adam (β₁ " + a.beta1() + ", β₂ " + a.beta2() + ", ε " + a.epsilon() + ")" : "SGD";
    }

    @Override
    public boolean usesMnist() {
        return file.setups().values().stream().anyMatch(s -> s.data().usesMnist());
    }

    @Override
    public List<FilePoint> grid(Profile profile) {
        return file.points();
    }

    @Override
    public int seeds(Profile profile) {
        return file.seeds();
    }

    @Override
    public Trial trial(FilePoint point, RunSeeds seeds, RunEnvironment env) {
        PointSetup s = file.setup(point);
        Dataset train = s.data().train(env, seeds);
        Dataset eval = s.data().eval(env, seeds);
        TrainingPlan plan = s.training();
        int steps = plan.stepsFor(train.size());
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), plan.minibatch(), plan.epochsFor(train.size()), seeds.order()).first(steps);
        boolean dead = file.probes().contains(ProbeKind.DEAD_UNITS);
        boolean grads = file.probes().contains(ProbeKind.GRADIENT_NORMS);
        boolean change = file.probes().contains(ProbeKind.WEIGHT_CHANGE);
        TrainingTrial.Builder b = TrainingTrial.builder(s.spec().withSeed(seeds.init()), train, order, eval)
                .data(s.data().describe(seeds) + "; minibatches of " + plan.minibatch() + " in shuffled epochs (seed " + seeds.order() + ")")
                .checkpointEvery(plan.checkpointEvery(steps)).paritySteps(Math.min(plan.paritySteps(), steps));
        if (dead || grads || change) b.probe(() -> new Probes(dead ? new DeadUnitProbe(eval) : null,
                grads || change ? new ParameterProbe(s.spec(), eval, grads, change) : null));
        return b.build();
    }

    @Override
    public List<Claim<FilePoint>> claims() {
        List<Claim<FilePoint>> out = new ArrayList<>();
        for (FileClaim c : file.claims()) out.add(Claim.seed(c.id(), c.text(), Rules.of(c.statistic().statistic(), c.decision())));
        return out;
    }

    @Override
    public List<Figure<FilePoint>> figures() {
        List<Figure<FilePoint>> out = new ArrayList<>();
        for (Metric m : Metric.available(file.probes()).values()) {
            Curve c = m.curve();
            if (c == null) continue;
            String id = c.name().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
            out.add(Figure.of(id, c.y() + " against the " + c.x(), c));
        }
        return out;
    }

    /** The probes a file asked for, as the one probe a trial takes. */
    private record Probes(TrainingTrial.Probe dead, TrainingTrial.Probe parameters) implements TrainingTrial.Probe {
        @Override
        public void at(long step, TwinNetwork net) {
            if (dead != null) dead.at(step, net);
            if (parameters != null) parameters.at(step, net);
        }

        @Override
        public void record(Measurements into) {
            if (dead != null) dead.record(into);
            if (parameters != null) parameters.record(into);
        }
    }
}
