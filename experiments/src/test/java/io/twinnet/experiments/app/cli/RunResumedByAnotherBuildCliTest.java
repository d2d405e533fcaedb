package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.store.Provenance;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.Resumption;
import io.twinnet.experiments.lab.store.RunManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep resumed by another build: the records carry no provenance, so {@code run.json} lists every
 * resumption with the resuming process's provenance and what changed since the start, the console says so,
 * and the report shows it.
 */
class RunResumedByAnotherBuildCliTest {
    private static final CliContext CONTEXT = CliContext.standard().withExperiments(TinyBlobsExperiment.declared());
    private static final String OLD_COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void aResumeByAnotherBuildIsSaidAndListedInTheManifestAndTheReport(@TempDir Path dir) throws Exception {
        assertEquals(0, CliRun.of(CONTEXT, "run", TinyBlobsExperiment.ID, "--out", dir.toString(), "--no-report").exit());
        assertFalse(Files.readString(dir.resolve("run.json")).contains("resumes"), "a sweep never resumed writes no resumes key");
        ObjectNode manifest = (ObjectNode) Json.mapper().readTree(dir.resolve("run.json").toFile());
        ((ObjectNode) manifest.get("provenance")).put("gitCommit", OLD_COMMIT);
        Files.writeString(dir.resolve("run.json"), Json.mapper().writeValueAsString(manifest));

        // twinnet run prints its progress lines, this one among them, on the process's standard error
        java.io.ByteArrayOutputStream progress = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stderr = System.err;
        CliRun resumed;
        System.setErr(new java.io.PrintStream(progress, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            resumed = CliRun.of(CONTEXT, "run", "--resume", "--out", dir.toString());
        } finally {
            System.setErr(stderr);
        }
        assertEquals(0, resumed.exit(), resumed.err());
        String now = String.valueOf(Provenance.collect(1).get("gitCommit"));
        String said = progress.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(said.contains("was started by another build or software (gitCommit: " + OLD_COMMIT + " -> " + now + ")"), said);

        RunManifest read = new ResultsStore(dir).readManifest().orElseThrow();
        assertEquals(1, read.resumes().size());
        Resumption r = read.resumes().get(0);
        assertEquals(List.of("gitCommit: " + OLD_COMMIT + " -> " + now), r.changed());
        assertEquals(now, String.valueOf(r.provenance().get("gitCommit")));
        assertEquals(OLD_COMMIT, read.provenance().get("gitCommit"), "the start's provenance is kept as it was");
        JsonNode results = Json.mapper().readTree(dir.resolve("results.json").toFile());
        assertEquals(OLD_COMMIT + " -> " + now, results.at("/manifest/resumes/0/changed/0").asText().replace("gitCommit: ", ""));
        String report = Files.readString(dir.resolve("report").resolve("index.html"));
        assertTrue(report.contains("resumed") && report.contains(OLD_COMMIT), "the report's run provenance shows the resumption");

        CliRun again = CliRun.of(CONTEXT, "run", "--resume", "--out", dir.toString(), "--no-report");
        assertEquals(0, again.exit(), again.err());
        assertEquals(2, new ResultsStore(dir).readManifest().orElseThrow().resumes().size(), "each resumption is listed");
    }

    @Test
    void theSameBuildResumingChangesNothingButIsListed() {
        var start = Provenance.collect(2);
        Resumption r = Resumption.of("2026-12-01T00:00:00Z", start, Provenance.collect(1));
        assertEquals(List.of(), r.changed(), "thread count and start time are not build keys");
        assertTrue(r.summary().contains("same build"), r.summary());
    }
}
