package io.twinnet.experiments.lab.store;

import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunTiming;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A run directory: {@code run.json} (the manifest), {@code records/<experiment>/<config>__seed<seed>.json}
 * (one file per finished run, written atomically the moment it finishes), {@code timings/<experiment>/…}
 * (the same names: how long each run took, kept out of the record so a record's bytes depend on its result
 * alone) and {@code results.json} (everything, rewritten as experiments finish). A sweep killed at any point loses no finished run,
 * and a resumed sweep reads those files instead of recomputing them.
 *
 * <p>Every file goes through one {@link StoreWriter}, by default {@link StoreWriter#ATOMIC}; a write
 * that fails throws an {@link UncheckedIOException} naming the file and leaves what was stored before
 * intact. A record file that cannot be read is not an error here: {@link #lookupRecord} says so, and
 * {@link #unreadableRecords} lists every such file in the directory.
 */
public final class ResultsStore {
    /** Version of the JSON layout of {@code run.json}, the record files and {@code results.json}. */
    public static final int SCHEMA_VERSION = 1;

    private final Path dir;
    private final StoreWriter writer;

    /** The store in {@code dir}, writing atomically. */
    public ResultsStore(Path dir) {
        this(dir, StoreWriter.ATOMIC);
    }

    /** The store in {@code dir}, writing every file through {@code writer} (tests inject one that fails). */
    public ResultsStore(Path dir, StoreWriter writer) {
        if (dir == null) throw new IllegalArgumentException("dir: is missing");
        if (writer == null) throw new IllegalArgumentException("writer: is missing");
        this.dir = dir.toAbsolutePath().normalize();
        this.writer = writer;
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

    /** Where the timing of a run is kept: the record's path under {@code timings/} instead of {@code records/}. */
    public Path timingPath(RunConfig config) {
        return dir.resolve("timings").resolve(config.experiment()).resolve(config.config() + "__seed" + config.seed() + ".json");
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

    /**
     * Stores a finished run: its timing, then its record, each atomically. The record is written last, so a
     * run counts as stored only once both are on disk; a timing left without its record (a write that failed,
     * a kill in between) is overwritten when the run is computed again.
     *
     * @throws RunNotStoredException naming the run and the file, when either cannot be written
     */
    public void writeRecord(RunRecord record) {
        RunConfig c = record.config();
        writeRun(c, timingPath(c), RunTiming.of(record));
        writeRun(c, recordPath(c), record);
    }

    private void writeRun(RunConfig run, Path path, Object value) {
        try {
            writer.write(path, Json.mapper().writeValueAsBytes(value));
        } catch (IOException e) {
            throw new RunNotStoredException(run, path, e);
        }
    }

    /**
     * The stored record of a run, if it exists and is readable and belongs to the same configuration
     * (same key); a damaged record file is treated as absent, so the run is recomputed. Callers that
     * must tell the user about the damage use {@link #lookupRecord} or {@link #unreadableRecords}.
     */
    public Optional<RunRecord> readRecord(RunConfig config) {
        return lookupRecord(config) instanceof RecordLookup.Found found ? Optional.of(found.record()) : Optional.empty();
    }

    /**
     * What the store holds for {@code config}: its record; nothing; or a file that cannot be parsed,
     * or that holds another run than its name says, with the reason.
     */
    public RecordLookup lookupRecord(RunConfig config) {
        Path p = recordPath(config);
        if (!Files.isRegularFile(p)) return new RecordLookup.Absent();
        RecordLookup read = parseRecord(p);
        if (read instanceof RecordLookup.Found found) {
            if (!found.record().config().key().equals(config.key())) {
                return new RecordLookup.Unreadable(new UnreadableRecord(p, "holds the run " + found.record().config().key()
                        + ", not " + config.key()));
            }
            return new RecordLookup.Found(found.record().withTiming(readTiming(config)));
        }
        return read;
    }

    /** The stored timing of a run; {@link RunTiming#UNKNOWN} when it is missing or unreadable (a timing is never a result). */
    public RunTiming readTiming(RunConfig config) {
        Path p = timingPath(config);
        if (!Files.isRegularFile(p)) return RunTiming.UNKNOWN;
        try {
            return Json.mapper().readValue(p.toFile(), RunTiming.class);
        } catch (IOException | RuntimeException e) {
            return RunTiming.UNKNOWN;
        }
    }

    /**
     * Every record file under {@code records/} that cannot be read, or that is not where its own
     * run would be stored, sorted by path; empty when there is no {@code records/} directory.
     * Reads every record, so it costs what a resume costs.
     */
    public List<UnreadableRecord> unreadableRecords() {
        Path records = dir.resolve("records");
        if (!Files.isDirectory(records)) return List.of();
        List<Path> files;
        try (Stream<Path> s = Files.find(records, 2, (f, a) -> a.isRegularFile() && f.getFileName().toString().endsWith(".json"))) {
            files = s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + records + ": " + e.getMessage(), e);
        }
        List<UnreadableRecord> out = new ArrayList<>();
        for (Path f : files) {
            RecordLookup read = parseRecord(f);
            if (read instanceof RecordLookup.Unreadable u) {
                out.add(u.file());
            } else if (read instanceof RecordLookup.Found found && !recordPath(found.record().config()).equals(f)) {
                out.add(new UnreadableRecord(f, "holds the run " + found.record().config().key() + " of "
                        + found.record().config().experiment() + ", which belongs in " + recordPath(found.record().config())));
            }
        }
        return List.copyOf(out);
    }

    private static RecordLookup parseRecord(Path p) {
        try {
            return new RecordLookup.Found(Json.mapper().readValue(p.toFile(), RunRecord.class));
        } catch (IOException | RuntimeException e) {
            return new RecordLookup.Unreadable(new UnreadableRecord(p, reason(e)));
        }
    }

    /** The parser's message without the excerpt of the source, with the line and column where it stopped. */
    private static String reason(Exception e) {
        if (e instanceof JsonProcessingException j) {
            String msg = j.getOriginalMessage() == null ? j.getClass().getSimpleName() : j.getOriginalMessage().lines().findFirst().orElse("");
            JsonLocation at = j.getLocation();
            return (msg.isBlank() ? j.getClass().getSimpleName() : msg)
                    + (at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
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

    private void write(Path path, Object value) {
        try {
            writer.write(path, Json.mapper().writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
