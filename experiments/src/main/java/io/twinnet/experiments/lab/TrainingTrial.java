package io.twinnet.experiments.lab;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.NetworkSpec;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The standard trial: SGD over a minibatch order shared by both implementations
 * ({@link TrainingProtocol}), evaluated at every checkpoint, with optional probes that watch the
 * checkpoints and measurements taken after training. It records {@link Metrics#TRAIN_LOSS},
 * {@link Metrics#EVAL_LOSS}, {@link Metrics#EVAL_ACCURACY}, {@link Metrics#FINAL_EVAL_ACCURACY},
 * {@link Metrics#FINAL_EVAL_LOSS} and {@link Metrics#STEPS}, then what the probe and the
 * after-training measurement add. Build one with {@link #builder}.
 */
public final class TrainingTrial implements Trial {

    /** Changes a freshly drawn network before training (e.g. replaces its biases); the changed parameters count as initial. */
    @FunctionalInterface
    public interface Preparation {
        void prepare(TwinNetwork net);
    }

    /** Watches one side's checkpoints, then writes what it saw. A fresh probe is made per side. */
    public interface Probe extends TrainingProtocol.CheckpointHook {
        /** Called once after training (also after a divergence). */
        void record(Measurements into);
    }

    /** Measures a side that finished training (not called for a diverged one). */
    @FunctionalInterface
    public interface AfterTraining {
        void measure(TwinNetwork trained, double[] initialParameters, TrainingLog log, Measurements into);
    }

    private final NetworkSpec spec;
    private final Dataset train;
    private final MinibatchOrder order;
    private final Dataset eval;
    private final String data;
    private final int checkpointEvery;
    private final int paritySteps;
    private final Preparation preparation;
    private final Supplier<? extends Probe> probes;
    private final AfterTraining after;

    private TrainingTrial(Builder b) {
        this.spec = b.spec;
        this.train = b.train;
        this.order = b.order;
        this.eval = b.eval;
        this.data = b.data;
        this.checkpointEvery = b.checkpointEvery;
        this.paritySteps = b.paritySteps;
        this.preparation = b.preparation;
        this.probes = b.probes;
        this.after = b.after;
    }

    /**
     * @param spec  the network
     * @param train the training examples the order indexes
     * @param order the minibatches, shared by both implementations
     * @param eval  the evaluation set
     */
    public static Builder builder(NetworkSpec spec, Dataset train, MinibatchOrder order, Dataset eval) {
        return new Builder(spec, train, order, eval);
    }

    @Override
    public NetworkSpec spec() {
        return spec;
    }

    @Override
    public String data() {
        return data;
    }

    public Dataset train() {
        return train;
    }

    public MinibatchOrder order() {
        return order;
    }

    /** Steps between checkpoints; a shared-init run keeps its trajectory differences at the same steps. */
    public int checkpointEvery() {
        return checkpointEvery;
    }

    @Override
    public void prepare(TwinNetwork net) {
        if (preparation != null) preparation.prepare(net);
    }

    @Override
    public Outcome run(TwinNetwork net) {
        double[] initial = net.parameters();
        Probe probe = probes == null ? null : probes.get();
        TrainingLog log = new TrainingProtocol(train, order, eval, checkpointEvery).run(net, probe);
        Measurements m = new Measurements();
        m.put(Metrics.TRAIN_LOSS, log.series().get(Metrics.TRAIN_LOSS.name()));
        m.put(Metrics.EVAL_LOSS, log.series().get(Metrics.EVAL_LOSS.name()));
        m.put(Metrics.EVAL_ACCURACY, log.series().get(Metrics.EVAL_ACCURACY.name()));
        m.put(Metrics.FINAL_EVAL_ACCURACY, log.finalEvalAccuracy());
        m.put(Metrics.FINAL_EVAL_LOSS, log.finalEvalLoss());
        m.put(Metrics.STEPS, log.steps());
        if (probe != null) probe.record(m);
        if (after != null && log.status() == RunStatus.FINISHED) after.measure(net, initial, log, m);
        return new Outcome(log.status(), log.divergedAtStep(), m);
    }

    @Override
    public Optional<ParityPlan> parity() {
        return paritySteps > 0 ? Optional.of(new ParityPlan(train, order, paritySteps)) : Optional.empty();
    }

    /** Collects a training trial's parts; only the network, data and order are required. */
    public static final class Builder {
        private final NetworkSpec spec;
        private final Dataset train;
        private final MinibatchOrder order;
        private final Dataset eval;
        private String data;
        private int checkpointEvery;
        private int paritySteps;
        private Preparation preparation;
        private Supplier<? extends Probe> probes;
        private AfterTraining after;

        private Builder(NetworkSpec spec, Dataset train, MinibatchOrder order, Dataset eval) {
            if (spec == null) throw new IllegalArgumentException("spec: is missing");
            if (train == null) throw new IllegalArgumentException("train: is missing");
            if (order == null) throw new IllegalArgumentException("order: is missing");
            if (eval == null) throw new IllegalArgumentException("eval: is missing");
            this.spec = spec;
            this.train = train;
            this.order = order;
            this.eval = eval;
            this.data = train.name() + " (" + train.size() + " examples), evaluated on " + eval.name() + " (" + eval.size() + ")";
            this.checkpointEvery = Math.max(1, order.size());
        }

        /** The data's identity for the record, e.g. "MNIST train, 100 per class, seed 1001". */
        public Builder data(String identity) {
            if (identity == null || identity.isBlank()) throw new IllegalArgumentException("data: is blank");
            this.data = identity;
            return this;
        }

        /** Steps between checkpoints (evaluation and probes); also at step 0 and at the end. */
        public Builder checkpointEvery(int steps) {
            if (steps < 1) throw new IllegalArgumentException("checkpointEvery: must be positive, got " + steps);
            this.checkpointEvery = steps;
            return this;
        }

        /** Check exact parity over the first {@code steps} minibatches (0: none). */
        public Builder paritySteps(int steps) {
            if (steps < 0) throw new IllegalArgumentException("paritySteps: must not be negative, got " + steps);
            this.paritySteps = steps;
            return this;
        }

        public Builder prepare(Preparation p) {
            this.preparation = p;
            return this;
        }

        /** A fresh probe per side, watching every checkpoint. */
        public Builder probe(Supplier<? extends Probe> factory) {
            this.probes = factory;
            return this;
        }

        public Builder afterTraining(AfterTraining a) {
            this.after = a;
            return this;
        }

        public TrainingTrial build() {
            return new TrainingTrial(this);
        }
    }
}
