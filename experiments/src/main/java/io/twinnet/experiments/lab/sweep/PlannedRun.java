package io.twinnet.experiments.lab.sweep;

import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunnableExperiment;
import java.util.EnumSet;
import java.util.Set;

/**
 * One run the sweep still has to compute: a configuration × seed of an experiment, on the
 * implementations the sweep planned for it (the sweep's own, less any whose seed budget ends before
 * this seed; see {@link io.twinnet.experiments.lab.Experiment#seeds(io.twinnet.experiments.lab.Profile,
 * Implementation)}). What a {@link SweepEngine} is handed.
 *
 * @param experiment      the experiment the run belongs to
 * @param config          the configuration and seed
 * @param implementations the implementations that compute it, not empty
 */
public record PlannedRun(RunnableExperiment experiment, RunConfig config, Set<Implementation> implementations) {
    public PlannedRun {
        if (experiment == null) throw new IllegalArgumentException("experiment: is missing");
        if (config == null) throw new IllegalArgumentException("config: is missing");
        if (!experiment.id().equals(config.experiment())) {
            throw new IllegalArgumentException("config: belongs to " + config.experiment() + ", not " + experiment.id());
        }
        if (implementations == null || implementations.isEmpty()) {
            throw new IllegalArgumentException("implementations: " + config.key() + " must run on at least one");
        }
        implementations = java.util.Collections.unmodifiableSet(EnumSet.copyOf(implementations));
    }

    /** A run on every implementation of {@code env}. */
    public static PlannedRun onEvery(RunnableExperiment experiment, RunConfig config, RunEnvironment env) {
        return new PlannedRun(experiment, config, env.implementations());
    }

    /** {@code env} running only this run's implementations. */
    public RunEnvironment environment(RunEnvironment env) {
        return implementations.equals(env.implementations()) ? env : env.restrictedTo(implementations);
    }
}
