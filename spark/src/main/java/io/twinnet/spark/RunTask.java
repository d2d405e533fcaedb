package io.twinnet.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.sweep.PlannedRun;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * One Spark task: one run (configuration × seed, every implementation of the sweep), as the driver
 * ships it. The executor rebuilds the experiment from its catalog id and the run's configuration
 * from its JSON (the store's own form of a {@link RunConfig}).
 *
 * @param experiment the catalog id
 * @param config     the {@link RunConfig} as {@link Json#mapper()} writes it
 */
record RunTask(String experiment, String config) implements Serializable {
    RunTask {
        if (experiment == null || experiment.isBlank()) throw new IllegalArgumentException("experiment: is missing");
        if (config == null || config.isBlank()) throw new IllegalArgumentException("config: is missing");
    }

    static RunTask of(PlannedRun run) {
        try {
            return new RunTask(run.experiment().id(), Json.mapper().writeValueAsString(run.config()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the configuration of " + run.config().key() + ": " + e.getOriginalMessage(), e);
        }
    }

    RunConfig runConfig() {
        try {
            return Json.mapper().readValue(config, RunConfig.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read the configuration of a run of " + experiment + ": " + e.getOriginalMessage(), e);
        }
    }
}
