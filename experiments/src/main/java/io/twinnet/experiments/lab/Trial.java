package io.twinnet.experiments.lab;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.NetworkSpec;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one run does on one implementation, as an experiment declares it for a grid point and its
 * seeds: the network, the data, and how the measurements are taken. The lab ({@link TrialRunner})
 * builds the network on each implementation (each drawing its own weights from the spec's scheme
 * and seed), calls {@link #run} once per implementation with failure isolation and timing, and,
 * when {@link #parity} is present, checks exact parity with the core's initial parameters.
 *
 * <p>{@link TrainingTrial} is the standard one (SGD over a fixed minibatch order with checkpoints,
 * probes and measurements after training); {@link #atInitialisation} measures a network as drawn.
 */
public interface Trial {

    /** The network both implementations build; stored with the run record. */
    NetworkSpec spec();

    /** The identity of the data the run reads (set, subset size and seed), stored with the record. */
    String data();

    /**
     * Measures {@code net} (freshly initialised by its own implementation). Throws only for a
     * genuine failure, which the lab records as that side's {@link RunStatus#FAILED}; a diverging
     * run is an {@link Outcome} with status {@link RunStatus#DIVERGED}.
     */
    Outcome run(TwinNetwork net);

    /** Changes a freshly drawn network before it is measured (e.g. replaces its biases); what it leaves counts as initial. */
    default void prepare(TwinNetwork net) {
    }

    /** Exact parity to check after the sides ran (DL4J loaded with the core's initial parameters), if any. */
    default Optional<ParityPlan> parity() {
        return Optional.empty();
    }

    /**
     * How one side's run ended and what it measured.
     *
     * @param status         finished or diverged
     * @param divergedAtStep the step of the first non-finite value, or -1
     * @param measurements   what was measured
     */
    record Outcome(RunStatus status, long divergedAtStep, Measurements measurements) {
        public Outcome {
            if (status != RunStatus.FINISHED && status != RunStatus.DIVERGED) {
                throw new IllegalArgumentException("status: a trial ends finished or diverged, not " + status.label());
            }
            if (measurements == null) throw new IllegalArgumentException("measurements: are missing");
        }

        public static Outcome finished(Measurements m) {
            return new Outcome(RunStatus.FINISHED, -1, m);
        }

        /** Finished when every value is finite, else diverged at step 0 (a network that is not finite as drawn). */
        public static Outcome finishedIfFinite(boolean finite, Measurements m) {
            return finite ? finished(m) : new Outcome(RunStatus.DIVERGED, 0, m);
        }
    }

    /**
     * Exact parity: the first {@code steps} minibatches of {@code order} over {@code train}, fed to
     * both implementations from the same initial parameters.
     */
    record ParityPlan(Dataset train, MinibatchOrder order, int steps) {
        public ParityPlan {
            if (train == null || order == null) throw new IllegalArgumentException("train and order: are required for parity");
            if (steps < 1) throw new IllegalArgumentException("steps: must be positive, got " + steps);
        }
    }

    /** A trial that only looks at the network as drawn (no training), e.g. signal propagation at initialisation. */
    static Trial atInitialisation(NetworkSpec spec, String data, Function<TwinNetwork, Outcome> measure) {
        if (spec == null) throw new IllegalArgumentException("spec: is missing");
        if (data == null || data.isBlank()) throw new IllegalArgumentException("data: is missing");
        return new Trial() {
            @Override
            public NetworkSpec spec() {
                return spec;
            }

            @Override
            public String data() {
                return data;
            }

            @Override
            public Outcome run(TwinNetwork net) {
                return measure.apply(net);
            }
        };
    }
}
