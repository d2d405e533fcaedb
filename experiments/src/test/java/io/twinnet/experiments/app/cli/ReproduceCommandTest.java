package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.store.Provenance;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.RunManifest;
import io.twinnet.experiments.lab.DefaultRunEnvironment;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.sweep.SweepRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproduceCommandTest {
    @TempDir
    static Path tmp;
    static Path original;
    private static final CliContext WITH_TINY_BLOBS = CliContext.standard().withExperiments(TinyBlobsExperiment.declared());

    @BeforeAll
    static void runTheOriginalSweep() throws Exception {
        original = tmp.resolve("original");
        ResultsStore store = new ResultsStore(original);
        RunManifest manifest = new RunManifest(ResultsStore.SCHEMA_VERSION, "original", "quick", 0, List.of(TinyBlobsExperiment.ID),
                Instant.now().toString(), Provenance.collect(1));
        store.writeManifest(manifest);
        new SweepRunner(store, new DefaultRunEnvironment(Profile.QUICK), 2, null).run(manifest, List.of(TinyBlobsExperiment.declared()));
    }

    @Test
    void reproducingAFreshRunIsBitIdenticalOnTheCoreAndOnDl4j() throws Exception {
        Path out = tmp.resolve("again");
        CliRun run = CliRun.of(WITH_TINY_BLOBS, "reproduce", original.toString(), "--out", out.toString(), "--json");
        assertEquals(0, run.exit(), run.err() + run.out());
        JsonNode j = Json.mapper().readTree(run.out());
        assertTrue(j.get("matches").asBoolean());
        assertTrue(j.get("coreBitIdentical").asBoolean());
        // DL4J on the CPU, same OMP_NUM_THREADS (1, set for surefire), same JVM: expected deterministic.
        assertTrue(j.get("dl4jBitIdentical").asBoolean(), j.toString());
        assertEquals(2, j.get("runsCompared").asInt());
        assertTrue(j.get("coreValuesCompared").asLong() > 20);
        assertTrue(Files.isRegularFile(out.resolve("results.json")));
        assertTrue(Files.isRegularFile(out.resolve("report").resolve("index.html")));
        assertEquals(original.toString(), Json.mapper().readTree(out.resolve("run.json").toFile()).at("/provenance/reproduces").asText());
    }

    @Test
    void aCoreValueOneUlpAwayInTheOriginalIsReportedWithItsLocationAndExitsOne() throws Exception {
        Path tampered = tmp.resolve("tampered");
        Files.createDirectories(tampered);
        Files.copy(original.resolve("run.json"), tampered.resolve("run.json"));
        JsonNode doc = Json.mapper().readTree(original.resolve("results.json").toFile());
        ObjectNode scalars = (ObjectNode) doc.at("/experiments/0/runs/1/sides/core/scalars");
        double v = scalars.get("finalEvalLoss").asDouble();
        scalars.put("finalEvalLoss", Math.nextUp(v));
        Json.mapper().writeValue(tampered.resolve("results.json").toFile(), doc);

        CliRun run = CliRun.of(WITH_TINY_BLOBS, "reproduce", tampered.toString(), "--out", tmp.resolve("tampered-again").toString(), "--no-report");
        assertEquals(1, run.exit(), run.err() + run.out());
        assertTrue(run.out().contains("core:     DIFFERS"), run.out());
        assertTrue(run.out().contains("tiny-blobs/tanh-lr0.3#1 core finalEvalLoss: " + Math.nextUp(v) + " vs " + v), run.out());
        assertTrue(run.out().contains("NOT reproduced"), run.out());
    }

    @Test
    void aDirectoryWithoutARunIsBadInput() {
        CliRun run = CliRun.of(WITH_TINY_BLOBS, "reproduce", tmp.resolve("nothing-here").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("RUN_DIR: "), run.err());
    }

    @Test
    void anInterruptedRunMustBeFinishedFirst() throws Exception {
        Path partial = tmp.resolve("partial");
        Files.createDirectories(partial);
        Files.copy(original.resolve("run.json"), partial.resolve("run.json"));
        ObjectNode doc = (ObjectNode) Json.mapper().readTree(original.resolve("results.json").toFile());
        doc.put("complete", false);
        Json.mapper().writeValue(partial.resolve("results.json").toFile(), doc);
        CliRun run = CliRun.of(WITH_TINY_BLOBS, "reproduce", partial.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("is incomplete") && run.err().contains("--resume"), run.err());
    }

    @Test
    void oneStoredRunReplayedFromItsRecordIsBitIdenticalOnBothSidesAndWritesNothing() throws Exception {
        List<Path> before;
        try (var s = Files.list(tmp)) {
            before = s.sorted().toList();
        }
        CliRun run = CliRun.of(WITH_TINY_BLOBS, "reproduce", original.toString(), "--run", "tiny-blobs/tanh-lr0.3#1", "--json");
        assertEquals(0, run.exit(), run.err() + run.out());
        JsonNode j = Json.mapper().readTree(run.out());
        assertTrue(j.get("matches").asBoolean() && j.get("coreBitIdentical").asBoolean() && j.get("dl4jBitIdentical").asBoolean(), j.toString());
        assertEquals(1, j.get("runsCompared").asInt());
        assertTrue(j.get("coreValuesCompared").asLong() > 20, j.toString());
        assertEquals(original.resolve("records/tiny-blobs/tanh-lr0.3__seed1.json").toString(), j.get("record").asText());
        try (var s = Files.list(tmp)) {
            assertEquals(before, s.sorted().toList(), "a replay of one run writes no directory");
        }
    }

    @Test
    void aRunOfAFloatSweepIsReplayedInFloat() throws Exception {
        Path floats = tmp.resolve("float-sweep");
        CliRun sweep = CliRun.of(WITH_TINY_BLOBS, "run", TinyBlobsExperiment.ID, "--precision", "float32", "--out", floats.toString(), "--no-report");
        assertEquals(0, sweep.exit(), sweep.err() + sweep.out());
        CliRun run = CliRun.of(WITH_TINY_BLOBS, "reproduce", floats.toString(), "--run", "tiny-blobs/tanh-lr0.3#1", "--json");
        assertEquals(0, run.exit(), "a replay in double would differ from the float record: " + run.err() + run.out());
        JsonNode j = Json.mapper().readTree(run.out());
        assertTrue(j.get("matches").asBoolean() && j.get("coreBitIdentical").asBoolean() && j.get("dl4jBitIdentical").asBoolean(), j.toString());
    }

    @Test
    void aRunIsReplayedWithTheSeedsItsRecordNamesSoAnEditedSeedIsSeenAsAnotherNetwork() throws Exception {
        Path edited = copyOfOriginal("edited-seeds");
        Path record = edited.resolve("records/tiny-blobs/tanh-lr0.1__seed1.json");
        ObjectNode json = (ObjectNode) Json.mapper().readTree(record.toFile());
        ((ObjectNode) json.get("seeds")).put("init", 99);
        Json.mapper().writeValue(record.toFile(), json);

        CliRun run = CliRun.of(WITH_TINY_BLOBS, "reproduce", edited.toString(), "--run", "tiny-blobs/tanh-lr0.1");
        assertEquals(1, run.exit(), run.err() + run.out());
        assertTrue(run.out().contains("tiny-blobs/tanh-lr0.1#1 record spec: as recorded vs another network"), run.out());
        assertTrue(run.out().contains("core:     DIFFERS"), run.out());
    }

    @Test
    void aCoreValueOneUlpAwayInARecordIsNamedByTheReplayOfThatRun() throws Exception {
        Path tampered = copyOfOriginal("tampered-record");
        Path record = tampered.resolve("records/tiny-blobs/tanh-lr0.1__seed1.json");
        ObjectNode json = (ObjectNode) Json.mapper().readTree(record.toFile());
        ObjectNode scalars = (ObjectNode) json.at("/sides/core/scalars");
        double v = scalars.get("finalEvalLoss").asDouble();
        scalars.put("finalEvalLoss", Math.nextUp(v));
        Json.mapper().writeValue(record.toFile(), json);

        CliRun run = CliRun.of(WITH_TINY_BLOBS, "reproduce", tampered.toString(), "--run", "tiny-blobs/tanh-lr0.1#1");
        assertEquals(1, run.exit(), run.err() + run.out());
        assertTrue(run.out().contains("tiny-blobs/tanh-lr0.1#1 core finalEvalLoss: " + Math.nextUp(v) + " vs " + v), run.out());
        assertTrue(run.out().contains("NOT reproduced"), run.out());
    }

    @Test
    void aRunWithoutARecordIsBadInputNamingTheFileItLookedFor() {
        CliRun run = CliRun.of(WITH_TINY_BLOBS, "reproduce", original.toString(), "--run", "tiny-blobs/tanh-lr0.3#7");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("holds no record of tiny-blobs/tanh-lr0.3#7") && run.err().contains("tanh-lr0.3__seed7.json"), run.err());
    }

    private static Path copyOfOriginal(String name) throws Exception {
        Path copy = tmp.resolve(name);
        try (var files = Files.walk(original)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(original.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
        return copy;
    }
}
