package io.twinnet.experiments.lab.sweep;

import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunnableExperiment;

/**
 * One run the sweep still has to compute: a configuration × seed of an experiment, on every
 * implementation of the sweep. What a {@link SweepEngine} is handed.
 *
 * @param experiment the experiment the run belongs to
 * @param config     the configuration and seed
 */
public record PlannedRun(RunnableExperiment experiment, RunConfig config) {
    public PlannedRun {
        if (experiment == null) throw new IllegalArgumentException("experiment: is missing");
        if (config == null) throw new IllegalArgumentException("config: is missing");
        if (!experiment.id().equals(config.experiment())) {
            throw new IllegalArgumentException("config: belongs to " + config.experiment() + ", not " + experiment.id());
        }
    }
}
