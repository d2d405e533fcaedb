package io.twinnet.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.sweep.RunAttempt;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * What an executor does with its partition, which holds exactly one {@link RunTask}: finds the
 * experiment ({@link ShippedExperiment}: in the catalog, or read from the file's shipped
 * definition), runs it with {@link RunAttempt} (a run that throws is a failed record, as on the
 * local engine) and returns the record as the store's JSON, which the driver parses and stores.
 */
final class RunPartition extends AbstractFunction1<Iterator<RunTask>, String> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ShippedEnvironment environment;
    private final HashMap<String, ShippedExperiment> experiments;

    /** Runs of the experiments {@code experiments} holds by id, in {@code environment}. */
    RunPartition(ShippedEnvironment environment, Map<String, ShippedExperiment> experiments) {
        this.environment = environment;
        this.experiments = new HashMap<>(experiments);
    }

    @Override
    public String apply(Iterator<RunTask> tasks) {
        if (!tasks.hasNext()) throw new IllegalStateException("a partition without a run");
        RunTask task = tasks.next();
        if (tasks.hasNext()) throw new IllegalStateException("a partition with more than one run");
        ShippedExperiment shipped = experiments.get(task.experiment());
        if (shipped == null) throw new IllegalStateException("a run of " + task.experiment() + " in a job of " + experiments.keySet());
        RunnableExperiment experiment = shipped.experiment();
        RunRecord record = RunAttempt.run(experiment, task.runConfig(), environment.environment().restrictedTo(task.sides()));
        try {
            return Json.mapper().writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the record of " + record.config().key() + ": " + e.getOriginalMessage(), e);
        }
    }
}
