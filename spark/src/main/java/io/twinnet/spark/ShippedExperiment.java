package io.twinnet.spark;

import io.twinnet.experiments.catalog.Catalog;
import io.twinnet.experiments.files.ExperimentDefinition;
import io.twinnet.experiments.files.ExperimentFile;
import io.twinnet.experiments.files.ExperimentFileReader;
import io.twinnet.experiments.files.FileExperiment;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.RunnableExperiment;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * How an executor finds the experiment of a job's runs. A catalog experiment by its id: the
 * executor's jar holds the same catalog. A file-defined experiment from its
 * {@link ExperimentDefinition} — the file's text and the bytes of every data file it read on the
 * driver — sent once per executor as a Spark broadcast variable and read there with the same
 * reader, so the executor runs the driver's experiment with no path to the file or its data: a
 * cluster needs no shared file system for them. Each executor JVM reads a definition once (by its
 * digest), whatever the number of tasks.
 */
final class ShippedExperiment implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The file-defined experiments this JVM has read, by their definition's digest. */
    private static final Map<String, RunnableExperiment> READ = new ConcurrentHashMap<>();
    private final String id;
    private final Broadcast<ExperimentDefinition> definition;
    private final String digest;

    private ShippedExperiment(String id, Broadcast<ExperimentDefinition> definition, String digest) {
        this.id = id;
        this.definition = definition;
        this.digest = digest;
    }

    /** {@code experiment} as the driver ships it with {@code context}: its id, and its definition when a file declared it. */
    static ShippedExperiment of(RunnableExperiment experiment, JavaSparkContext context) {
        return FileExperiment.definitionOf(experiment)
                .map(d -> new ShippedExperiment(experiment.id(), context.broadcast(d), d.digest()))
                .orElseGet(() -> new ShippedExperiment(experiment.id(), null, null));
    }

    /** The experiment on this executor. */
    RunnableExperiment experiment() {
        if (definition == null) {
            return Catalog.find(id).orElseThrow(() -> new IllegalStateException(
                    "this executor's catalog has no experiment '" + id + "' (is its jar the driver's?)"));
        }
        return READ.computeIfAbsent(digest, k -> read(definition.value()));
    }

    private RunnableExperiment read(ExperimentDefinition d) {
        ExperimentFile file = ExperimentFileReader.parse(d, "the copy the Spark driver shipped");
        if (!file.id().equals(id)) throw new IllegalStateException("the shipped file " + d.file() + " defines '" + file.id() + "', not '" + id + "'");
        return new DeclaredExperiment<>(new FileExperiment(file));
    }

    /** Frees the broadcast definition on the executors and the driver once its job is over. */
    void release() {
        if (definition != null) definition.destroy();
    }
}
