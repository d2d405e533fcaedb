package io.twinnet.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.sweep.PlannedRun;
import io.twinnet.experiments.lab.Implementation;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.io.UncheckedIOException;

/**
 * One Spark task: one run (configuration × seed, on the implementations the sweep planned for it), as
 * the driver ships it. The executor rebuilds the experiment from its catalog id and the run's configuration
 * from its JSON (the store's own form of a {@link RunConfig}).
 *
 * @param experiment the catalog id
 * @param config     the {@link RunConfig} as {@link Json#mapper()} writes it
 * @param implementations the labels of the implementations that compute it
 */
record RunTask(String experiment, String config, List<String> implementations) implements Serializable {
    RunTask {
        if (experiment == null || experiment.isBlank()) throw new IllegalArgumentException("experiment: is missing");
        if (config == null || config.isBlank()) throw new IllegalArgumentException("config: is missing");
        if (implementations == null || implementations.isEmpty()) throw new IllegalArgumentException("implementations: are missing");
        implementations = List.copyOf(implementations);
    }

    static RunTask of(PlannedRun run) {
        try {
            return new RunTask(run.experiment().id(), Json.mapper().writeValueAsString(run.config()),
                    run.implementations().stream().map(Implementation::label).toList());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the configuration of " + run.config().key() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The implementations that compute this run. */
    Set<Implementation> sides() {
        EnumSet<Implementation> out = EnumSet.noneOf(Implementation.class);
        for (String label : implementations) out.add(Implementation.parse(label));
        return out;
    }

    RunConfig runConfig() {
        try {
            return Json.mapper().readValue(config, RunConfig.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read the configuration of a run of " + experiment + ": " + e.getOriginalMessage(), e);
        }
    }
}
