package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinnet.experiments.files.UserArraysFixture;
import io.twinnet.experiments.lab.Json;
import io.twinnet.reports.npy.NpyArray;
import io.twinnet.reports.npy.NpyWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of an experiment file on the user's own arrays, whose file and data are moved away once it
 * finished: the run directory alone replays a run, renders the report with the file, and resumes;
 * a resume naming a file that no longer defines the same experiment (text or data) is refused.
 */
class FileRunFromItsDirectoryTest {
    @TempDir
    static Path tmp;
    static Path run;

    @BeforeAll
    static void runTheFileThenMoveItAndItsDataAway() throws Exception {
        Path src = tmp.resolve("src");
        Path file = UserArraysFixture.write(src);
        run = tmp.resolve("run");
        CliRun r = CliRun.of("run", file.toString(), "--out", run.toString(), "--threads", "2", "--json", "--no-report");
        assertEquals(0, r.exit(), r.err() + r.out());
        Files.move(src, tmp.resolve("moved"));
    }

    @Test
    void oneRunReplaysFromTheDirectoryAloneWithTheCoreBitIdentical() throws Exception {
        CliRun r = CliRun.of("reproduce", run.toString(), "--run", UserArraysFixture.ID + "/" + UserArraysFixture.FIRST_CONFIG + "#1", "--json");
        assertEquals(0, r.exit(), r.err() + r.out());
        JsonNode j = Json.mapper().readTree(r.out());
        assertTrue(j.get("matches").asBoolean(), j.toString());
        assertTrue(j.get("coreBitIdentical").asBoolean(), j.toString());
        assertEquals(1, j.get("runsCompared").asInt());
        assertTrue(j.get("coreValuesCompared").asLong() > 10, j.toString());
    }

    @Test
    void aReproductionKeepsTheFileAndItsDataSoItsRunsReplayInTurn() throws Exception {
        Path again = tmp.resolve("again");
        CliRun r = CliRun.of("reproduce", run.toString(), "--out", again.toString(), "--json", "--no-report");
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(Json.mapper().readTree(r.out()).get("coreBitIdentical").asBoolean(), r.out());
        CliRun replay = CliRun.of("reproduce", again.toString(), "--run", UserArraysFixture.ID + "/lr=0.5#1", "--json");
        assertEquals(0, replay.exit(), replay.err() + replay.out());
        assertTrue(Json.mapper().readTree(replay.out()).get("coreBitIdentical").asBoolean(), replay.out());
    }

    @Test
    void theReportShowsTheFileThatDefinedTheRun() throws Exception {
        CliRun r = CliRun.of("report", run.toString());
        assertEquals(0, r.exit(), r.err() + r.out());
        String summary = Files.readString(run.resolve("report").resolve("summary.md"));
        assertTrue(summary.contains("The experiment file that defined " + UserArraysFixture.ID), summary);
        String html = Files.readString(run.resolve("report").resolve("index.html"));
        assertTrue(html.contains("<td>  arrays: {features: ../data/features.npy, labels: .labels.csv}</td>"), "the file's text, line by line");
    }

    @Test
    void resumingWithTheFileChangedIsRefusedNamingTheFileAndTheLineAndWritesNothing() throws Exception {
        Path changed = UserArraysFixture.write(tmp.resolve("changed"));
        Files.writeString(changed, Files.readString(changed).replace("steps: 12", "steps: 16"));
        StoredFiles before = StoredFiles.of(run);
        byte[] results = Files.readAllBytes(run.resolve("results.json"));
        CliRun r = CliRun.of("run", "--resume", "--out", run.toString(), changed.toString(), "--no-report");
        assertEquals(2, r.exit(), r.err() + r.out());
        assertTrue(r.err().contains(changed + ": differs from the file the run in " + run + " was started with"), r.err());
        assertTrue(r.err().contains("line 11 reads 'training: {steps: 16, minibatch: 4, evaluateEvery: 4, paritySteps: 4}' now, "
                + "'training: {steps: 12, minibatch: 4, evaluateEvery: 4, paritySteps: 4}' then"), r.err());
        StoredFiles.of(run).assertKeeps(before, "after the refused resume");
        assertArrayEquals(results, Files.readAllBytes(run.resolve("results.json")));
    }

    @Test
    void resumingWithADataFileChangedIsRefusedNamingTheDataFile() throws Exception {
        Path changed = UserArraysFixture.write(tmp.resolve("other-data"));
        NpyWriter.write(NpyArray.ofDoubles(new double[24 * 4], 24, 4), tmp.resolve("other-data").resolve("data").resolve("features.npy"));
        CliRun r = CliRun.of("run", "--resume", "--out", run.toString(), changed.toString(), "--no-report");
        assertEquals(2, r.exit(), r.err() + r.out());
        assertTrue(r.err().contains("the data file ../data/features.npy has other contents"), r.err());
    }

    @Test
    void resumingWithTheSameFileFromElsewhereRecomputesNothing() throws Exception {
        Path same = UserArraysFixture.write(tmp.resolve("same"));
        StoredFiles before = StoredFiles.of(run);
        CliRun r = CliRun.of("run", "--resume", "--out", run.toString(), same.toString(), "--json", "--no-report");
        assertEquals(0, r.exit(), r.err() + r.out());
        assertEquals(2, before.records().size());
        StoredFiles.of(run).assertKeeps(before, "after the resume");
    }
}
