package io.twinnet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinnet.experiments.catalog.Catalog;
import io.twinnet.experiments.lab.DefaultRunEnvironment;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.store.AtomicFiles;
import io.twinnet.experiments.lab.store.Provenance;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.RunManifest;
import io.twinnet.experiments.lab.sweep.ProgressListener;
import io.twinnet.experiments.lab.sweep.SweepEngine;
import io.twinnet.experiments.lab.sweep.SweepRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Sweeps of one catalog experiment for the engine tests, and the stored records' payloads (timings left out). */
final class Sweeps {
    /** Two quick-profile points of variance-propagation (ReLU with He, tanh with LeCun) × 2 seeds, both implementations, no MNIST. */
    static final String VARIANCE = "variance-propagation";
    static final String TWO_POINTS = "^(relu-he|tanh-lecun)$";
    static final int TWO_POINTS_RUNS = 4;

    private Sweeps() {
    }

    static RunManifest manifest(Path dir, String experiment, String configs) {
        return new RunManifest(ResultsStore.SCHEMA_VERSION, dir.getFileName().toString(), Profile.QUICK.label(), VARIANCE.equals(experiment) ? 2 : 0, List.of(experiment),
                "2026-01-01T00:00:00Z", Provenance.collect(1), List.of("core", "dl4j"), configs);
    }

    /** Runs the catalog's {@code experiment} (the configurations matching {@code configs}) into {@code dir} on {@code engine}. */
    static ResultsDocument run(Path dir, SweepEngine engine, String experiment, String configs, ProgressListener progress)
            throws InterruptedException {
        return run(dir, engine, Catalog.find(experiment).orElseThrow(), configs, progress);
    }

    /** Runs {@code experiment} (the configurations matching {@code configs}) into {@code dir} on {@code engine}. */
    static ResultsDocument run(Path dir, SweepEngine engine, RunnableExperiment experiment, String configs, ProgressListener progress)
            throws InterruptedException {
        ResultsStore store = new ResultsStore(dir);
        RunManifest m = manifest(dir, experiment.id(), configs);
        if (store.readManifest().isEmpty()) store.writeManifest(m);
        return new SweepRunner(store, new DefaultRunEnvironment(Profile.QUICK), engine, progress).run(m, List.of(experiment));
    }

    /** Asserts that {@code b} holds the records of {@code a}: each core side byte for byte, each whole record but its timings. */
    static void assertSameRecords(Path a, Path b, int runs) throws IOException {
        Map<String, String> expected = recordFiles(a);
        Map<String, String> actual = recordFiles(b);
        assertEquals(runs, expected.size());
        assertEquals(expected.keySet(), actual.keySet());
        for (String f : expected.keySet()) {
            assertEquals(side(expected.get(f), "core"), side(actual.get(f), "core"), f + ": the core side, byte for byte");
            assertEquals(payload(expected.get(f)), payload(actual.get(f)), f + ": the whole record (DL4J with OMP_NUM_THREADS=1)");
        }
    }

    /**
     * Every record file under {@code dir}'s records, by file name, as stored (bytes as text); a temporary file of a writer
     * killed mid-write is not a record ({@link AtomicFiles#isTemporary}).
     */
    static Map<String, String> recordFiles(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Path records = dir.resolve("records");
        if (!Files.isDirectory(records)) return out;
        try (Stream<Path> s = Files.walk(records)) {
            for (Path f : s.filter(f -> Files.isRegularFile(f) && !AtomicFiles.isTemporary(f)).toList()) out.put(records.relativize(f).toString(), Files.readString(f));
        }
        return out;
    }

    /**
     * A stored record without its timings (the run's and each side's wall time), re-serialised
     * through the store's mapper: what must be bit-identical whichever engine computed it.
     */
    static String payload(String recordJson) throws IOException {
        JsonNode tree = Json.mapper().readTree(recordJson);
        stripTimings(tree);
        return Json.mapper().writeValueAsString(tree);
    }

    /** One implementation's side of a stored record, timings left out. */
    static String side(String recordJson, String implementation) throws IOException {
        JsonNode tree = Json.mapper().readTree(recordJson);
        stripTimings(tree);
        return Json.mapper().writeValueAsString(tree.path("sides").path(implementation));
    }

    private static void stripTimings(JsonNode tree) {
        List<ObjectNode> holders = new ArrayList<>();
        if (tree instanceof ObjectNode o) holders.add(o);
        tree.path("sides").forEach(s -> {
            if (s instanceof ObjectNode o) holders.add(o);
        });
        for (ObjectNode o : holders) {
            o.remove("seconds");
            o.remove("timings");
            o.remove("timing");
        }
    }

    static RunRecord parse(String json) throws IOException {
        return Json.mapper().readValue(json, RunRecord.class);
    }
}
