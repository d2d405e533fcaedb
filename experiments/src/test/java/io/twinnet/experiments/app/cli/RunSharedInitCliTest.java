package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.TrajectoryRecord;
import io.twinnet.experiments.lab.store.ResultsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code twinnet run --shared-init} on a tiny tanh experiment (two configurations, 36 steps each): DL4J starts from
 * the core's parameters, every record holds a whole-run trajectory that agrees to rounding, the manifest says so,
 * and a directory holds one kind of sweep only.
 */
class RunSharedInitCliTest {
    private static final CliContext CONTEXT = CliContext.standard().withExperiments(TinyBlobsExperiment.declared());
    @TempDir
    static Path tmp;
    static Path shared;
    static CliRun first;

    @BeforeAll
    static void runASharedInitSweep() {
        shared = tmp.resolve("shared");
        first = CliRun.of(CONTEXT, "run", TinyBlobsExperiment.ID, "--shared-init", "--out", shared.toString());
    }

    @Test
    void everyRunFollowsTheCoreFromItsInitialParametersToTheLastStep() throws Exception {
        assertEquals(0, first.exit(), first.err() + first.out());
        JsonNode manifest = Json.mapper().readTree(shared.resolve("run.json").toFile());
        assertTrue(manifest.get("sharedInit").asBoolean(), manifest.toString());
        for (JsonNode run : Json.mapper().readTree(shared.resolve("results.json").toFile()).at("/experiments/0/runs")) {
            RunRecord r = Json.mapper().treeToValue(run, RunRecord.class);
            TrajectoryRecord t = r.trajectory();
            assertEquals(36, t.steps(), r.config().key());
            assertFalse(t.parted(), r.config().key() + ": " + t);
            assertTrue(t.finalParamRelDiff() <= 1e-9 && t.maxLossRelDiff() <= 1e-9, r.config().key() + ": " + t);
            double core = r.side(Implementation.CORE).get(Metrics.FINAL_EVAL_LOSS);
            double dl4j = r.side(Implementation.DL4J).get(Metrics.FINAL_EVAL_LOSS);
            assertTrue(Math.abs(core - dl4j) <= 1e-9 * Math.abs(core), "same start, same end: " + core + " vs " + dl4j);
        }
        JsonNode summary = Json.mapper().readTree(shared.resolve("results.json").toFile()).at("/experiments/0/trajectories");
        assertEquals(2, summary.get("runs").asInt(), summary.toString());
        assertEquals(0, summary.get("parted").asInt());
        assertTrue(first.out().contains("shared init: DL4J started from the core's initial parameters"), first.out());
    }

    @Test
    void theReportShowsTheTrajectoriesPerExperimentAndPerRun() throws Exception {
        assertEquals(0, first.exit(), first.err());
        String html = Files.readString(shared.resolve("report").resolve("index.html"));
        assertTrue(html.contains("Shared-init trajectories"), "the section");
        assertTrue(html.contains("Shared init: 2 training runs compared with the core after every step; 0 parted"), "the overview's line");
        assertTrue(html.contains("tiny-blobs: every run&#39;s trajectory against the core") || html.contains("tiny-blobs: every run's trajectory against the core"),
                "the per-run table");
        assertFalse(html.contains("each side drew its own initial weights from the same scheme, and training runs"), "no independent-init wording");
    }

    @Test
    void anIndependentInitSweepHasNoTrajectoryAndItsRecordsReadAsBefore(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of(CONTEXT, "run", TinyBlobsExperiment.ID, "--out", dir.toString(), "--no-report");
        assertEquals(0, run.exit(), run.err());
        assertFalse(Files.readString(dir.resolve("run.json")).contains("sharedInit"));
        Path record = new ResultsStore(dir).recordPath(new io.twinnet.experiments.lab.RunConfig(TinyBlobsExperiment.ID, "tanh-lr0.1", 1, null));
        assertFalse(Files.readString(record).contains("trajectory"), "no trajectory key in an independent-init record");
        assertNull(Json.mapper().readValue(record.toFile(), RunRecord.class).trajectory());
        assertFalse(run.out().contains("shared init"), run.out());
    }

    @Test
    void resumingAnIndependentInitSweepWithSharedInitIsRefused(@TempDir Path dir) throws Exception {
        assertEquals(0, CliRun.of(CONTEXT, "run", TinyBlobsExperiment.ID, "--out", dir.toString(), "--no-report").exit());
        byte[] before = Files.readAllBytes(dir.resolve("run.json"));
        CliRun again = CliRun.of(CONTEXT, "run", "--resume", "--shared-init", "--out", dir.toString(), "--no-report");
        assertEquals(2, again.exit(), again.out());
        assertTrue(again.err().contains("--shared-init: " + dir.toAbsolutePath().normalize()) && again.err().contains("cannot be mixed"), again.err());
        assertEquals(new String(before), Files.readString(dir.resolve("run.json")), "the manifest is untouched");
    }

    @Test
    void resumingASharedInitSweepWithoutTheFlagStaysSharedInit() throws Exception {
        assertEquals(0, first.exit(), first.err());
        CliRun again = CliRun.of(CONTEXT, "run", "--resume", "--out", shared.toString(), "--no-report");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("shared init: DL4J started"), again.out());
    }

    @Test
    void sharedInitWithOneImplementationIsRefused(@TempDir Path dir) {
        CliRun run = CliRun.of(CONTEXT, "run", TinyBlobsExperiment.ID, "--shared-init", "--impl", "core", "--out", dir.resolve("r").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--shared-init") && run.err().contains("both implementations"), run.err());
        assertFalse(Files.exists(dir.resolve("r")), "nothing was created");
    }

    @Test
    void reproducingASharedInitSweepRunsItWithSharedInitAgainAndMatches() throws Exception {
        assertEquals(0, first.exit(), first.err());
        Path again = tmp.resolve("shared-again");
        CliRun run = CliRun.of(CONTEXT, "reproduce", shared.toString(), "--out", again.toString(), "--json", "--no-report");
        assertEquals(0, run.exit(), run.err() + run.out());
        assertTrue(Json.mapper().readTree(run.out()).get("matches").asBoolean(), run.out());
        assertTrue(Json.mapper().readTree(again.resolve("run.json").toFile()).get("sharedInit").asBoolean());
        JsonNode rerun = Json.mapper().readTree(again.resolve("results.json").toFile()).at("/experiments/0/runs/0/trajectory");
        assertEquals(36, rerun.get("steps").asInt(), rerun.toString());
    }
}
