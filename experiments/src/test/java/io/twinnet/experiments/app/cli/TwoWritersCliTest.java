package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.RunManifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code twinnet run --resume} started at once on one results directory, each in its own JVM (the case
 * issue 18 found unguarded): exactly one proceeds and finishes the sweep, the other is refused at once with
 * exit 2, naming the process that holds the directory.
 */
class TwoWritersCliTest {
    private static final String[] RESUME = {"run", "--resume", "--threads", "1", "--no-report", "--out"};

    @Test
    void twoResumesStartedAtOnceOnOneDirectoryLetExactlyOneProceed(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("r");
        new ResultsStore(dir).writeManifest(new RunManifest(ResultsStore.SCHEMA_VERSION, "r", "quick", 2, List.of("variance-propagation"),
                "2026-01-01T00:00:00Z", Map.of(), List.of("core"), null));
        Path logA = tmp.resolve("a.log");
        Path logB = tmp.resolve("b.log");
        Process a = CliProcess.start(logA, args(dir));
        Process b = CliProcess.start(logB, args(dir));
        assertTrue(a.waitFor(3, TimeUnit.MINUTES) && b.waitFor(3, TimeUnit.MINUTES), CliProcess.read(logA) + CliProcess.read(logB));

        boolean aProceeded = a.exitValue() == 0;
        Process winner = aProceeded ? a : b;
        Process loser = aProceeded ? b : a;
        String loserLog = CliProcess.read(aProceeded ? logB : logA);
        assertEquals(0, winner.exitValue(), CliProcess.read(aProceeded ? logA : logB));
        assertEquals(2, loser.exitValue(), "exactly one proceeds: " + loserLog);
        assertTrue(loserLog.contains("is being written by process " + winner.pid()), loserLog);
        assertTrue(new ResultsStore(dir).readResults().complete(), "the one that proceeded finished the sweep");
        assertEquals(16, StoredFiles.of(dir).records().size());
    }

    private static String[] args(Path dir) {
        String[] a = java.util.Arrays.copyOf(RESUME, RESUME.length + 1);
        a[RESUME.length] = dir.toString();
        return a;
    }
}
