package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.RunManifest;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private static Path run(Path dir, double coreAcc, double dl4jAcc, Verdict dl4jVerdict, double parity) {
        RunConfig c = new RunConfig("exp", "cfg", 1, Map.of());
        RunRecord r = new RunRecord(c, Map.of(
                Implementation.CORE, new SideRecord(RunStatus.FINISHED, -1, null, Map.of("acc", coreAcc), Map.of(), 1),
                Implementation.DL4J, new SideRecord(RunStatus.FINISHED, -1, null, Map.of("acc", dl4jAcc), Map.of(), 1)), null, 1);
        ClaimResult claim = new ClaimResult("claim-1", "t", "r",
                Map.of(Implementation.CORE, Verdict.REPRODUCED, Implementation.DL4J, dl4jVerdict), Map.of());
        ExperimentResult e = new ExperimentResult("exp", "title", "src", "setup", List.of(claim), List.of(c), List.of(r), parity);
        RunManifest m = new RunManifest(1, dir.getFileName().toString(), "quick", 1, List.of("exp"), "2026-01-01T00:00:00Z", Map.of());
        new ResultsStore(dir).writeResults(new ResultsDocument("twinnet-results", 1, m, "2026-01-01T00:01:00Z", true, List.of(e)));
        return dir;
    }

    @Test
    void twoRunsThatPartOnAVerdictAreSummarisedAndExitOne(@TempDir Path tmp) throws Exception {
        Path a = run(tmp.resolve("a"), 0.90, 0.90, Verdict.REPRODUCED, 2e-16);
        Path b = run(tmp.resolve("b"), 0.90, 0.45, Verdict.NOT_REPRODUCED, 4e-16);
        CliRun text = CliRun.of("compare", a.toString(), b.toString());
        assertEquals(1, text.exit(), text.err());
        assertTrue(text.out().contains("claim-1") && text.out().contains("<- differ"), text.out());
        assertTrue(text.out().contains("part on 1 claim(s)"), text.out());

        CliRun json = CliRun.of("compare", a.toString(), b.toString(), "--json");
        JsonNode j = Json.mapper().readTree(json.out());
        assertEquals(false, j.get("verdictsEqual").asBoolean());
        assertEquals("not-reproduced", j.at("/claims/0/dl4jB").asText());
        // rel(0.90, 0.45) = 0.45 / 0.90
        assertEquals(0.5, j.at("/largestScalarDifferences/0/relDiff").asDouble(), 1e-15);
        assertEquals("dl4j", j.at("/largestScalarDifferences/0/side").asText());
        assertEquals(1, j.at("/scalars/0/identical").asInt());
        assertEquals(4e-16, j.at("/parity/0/parityB").asDouble(), 0);
    }

    @Test
    void identicalRunsExitZero(@TempDir Path tmp) {
        Path a = run(tmp.resolve("a"), 0.9, 0.9, Verdict.REPRODUCED, 1e-16);
        Path b = run(tmp.resolve("b"), 0.9, 0.9, Verdict.REPRODUCED, 1e-16);
        CliRun r = CliRun.of("compare", a.toString(), b.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("same verdicts on every claim"), r.out());
    }

    @Test
    void aDirectoryThatIsNeitherARunNorAnExportIsNamed(@TempDir Path tmp) throws Exception {
        Path a = run(tmp.resolve("a"), 0.9, 0.9, Verdict.REPRODUCED, 1e-16);
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        CliRun r = CliRun.of("compare", a.toString(), empty.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("B: " + empty) && r.err().contains("neither a run directory"), r.err());
        Path broken = Files.createDirectory(tmp.resolve("broken"));
        Files.writeString(broken.resolve("results.json"), "{ not json");
        CliRun s = CliRun.of("compare", a.toString(), broken.toString());
        assertEquals(2, s.exit());
        assertTrue(s.err().contains("B: ") && s.err().contains("results.json"), s.err());
    }

    @Test
    void anOutcomeThatMovedBetweenTwoSweepsIsFlaggedAndExitsOne(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        new ResultsStore(a).writeResults(io.twinnet.experiments.app.exchange.SweepParityTest.sweep(0));
        new ResultsStore(b).writeResults(io.twinnet.experiments.app.exchange.SweepParityTest.sweep(0.1));
        CliRun text = CliRun.of("compare", a.toString(), b.toString());
        assertEquals(1, text.exit(), text.err() + text.out());
        assertTrue(text.out().contains("statistical parity of A against B"), text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.contains("core") && l.contains("wide") && l.contains("different") && l.contains("<- differ")), text.out());
        JsonNode j = Json.mapper().readTree(CliRun.of("compare", a.toString(), b.toString(), "--json").out());
        assertEquals(1, j.get("outcomesDifferent").asInt());
        assertEquals(1, j.at("/statisticalParityCounts/core/different").asInt());
        assertEquals(8, j.get("statisticalParity").size());

        CliRun same = CliRun.of("compare", a.toString(), a.toString());
        assertEquals(0, same.exit(), same.out());
        assertTrue(same.out().contains("core  4 equivalent, 0 different, 0 undecided"), same.out());
    }
}
