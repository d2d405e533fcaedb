package io.twinnet.experiments.lab.store;

import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A run directory: {@code run.json} (the manifest), {@code records/<experiment>/<config>__seed<seed>.json}
 * (one file per finished run, written atomically the moment it finishes) and {@code results.json}
 * (everything, rewritten as experiments finish). A sweep killed at any point loses no finished run,
 * and a resumed sweep reads those files instead of recomputing them.
 */
public final class ResultsStore {
    /** Version of the JSON layout of {@code run.json}, the record files and {@code results.json}. */
    public static final int SCHEMA_VERSION = 1;

    private final Path dir;

    public ResultsStore(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    public Path manifestPath() {
        return dir.resolve("run.json");
    }

    public Path resultsPath() {
        return dir.resolve("results.json");
    }

    public Path recordPath(RunConfig config) {
        return dir.resolve("records").resolve(config.experiment()).resolve(config.config() + "__seed" + config.seed() + ".json");
    }

    public void writeManifest(RunManifest manifest) {
        write(manifestPath(), manifest);
    }

    public Optional<RunManifest> readManifest() {
        Path p = manifestPath();
        if (!Files.exists(p)) return Optional.empty();
        try {
            return Optional.of(Json.mapper().readValue(p.toFile(), RunManifest.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    /** Stores a finished run atomically. */
    public void writeRecord(RunRecord record) {
        write(recordPath(record.config()), record);
    }

    /**
     * The stored record of a run, if it exists and is readable and belongs to the same configuration
     * (same parameters); a damaged record file is treated as absent, so the run is recomputed.
     */
    public Optional<RunRecord> readRecord(RunConfig config) {
        Path p = recordPath(config);
        if (!Files.isRegularFile(p)) return Optional.empty();
        try {
            RunRecord r = Json.mapper().readValue(p.toFile(), RunRecord.class);
            if (!r.config().key().equals(config.key())) return Optional.empty();
            return Optional.of(r);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void writeResults(ResultsDocument document) {
        write(resultsPath(), document);
    }

    public ResultsDocument readResults() {
        Path p = resultsPath();
        try {
            ResultsDocument d = Json.mapper().readValue(p.toFile(), ResultsDocument.class);
            if (d.schemaVersion() != SCHEMA_VERSION) {
                throw new IllegalStateException(p + ": schema version " + d.schemaVersion() + ", this twinnet reads " + SCHEMA_VERSION);
            }
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path path, Object value) {
        try {
            AtomicFiles.write(path, Json.mapper().writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
