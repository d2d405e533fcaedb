package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinnet.experiments.lab.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code twinnet run} in its own JVM, killed with SIGKILL at ten random moments in a row and resumed each
 * time: the sweep ends with the records of an uninterrupted run, byte for byte, and no run stored by one
 * incarnation is computed again by a later one (every stored file keeps its identity, see {@link StoredFiles}).
 * The sweep is the core side of the catalog's variance-propagation at two seeds (16 runs at initialisation).
 *
 * <p>The moments are drawn from a seeded generator on the uninterrupted run's timeline: half of them while
 * the CLI starts (before or while it locks the directory and writes the manifest), uniform over its start-up
 * time; half while it sweeps, uniform over the time of one run slot (sweep time / 16) after the incarnation
 * stored its first new record, so that those kills land after something was stored — in the next run, or
 * while it is written. Every incarnation is killed before the sweep could end.
 */
class RunKilledAndResumedCliTest {
    private static final int KILLS = 10;
    private static final long SEED = 20261201L;
    private static final String STARTED = "results in ";
    private static final String[] SWEEP = {"run", "variance-propagation", "--impl", "core", "--seeds", "2", "--threads", "2", "--no-report"};

    @Test
    void aSweepKilledTenTimesAndResumedEachTimeEndsWithTheRecordsOfAnUninterruptedRun(@TempDir Path tmp) throws Exception {
        Path whole = tmp.resolve("uninterrupted");
        Path wholeLog = tmp.resolve("uninterrupted.log");
        long t0 = System.nanoTime();
        Process first = CliProcess.start(wholeLog, args(whole, false));
        awaitStart(first, wholeLog);
        long startup = millisSince(t0);
        assertTrue(first.waitFor(3, TimeUnit.MINUTES), "the sweep ends: " + CliProcess.read(wholeLog));
        assertEquals(0, first.exitValue(), CliProcess.read(wholeLog));
        long sweep = Math.max(1, millisSince(t0) - startup);

        Path dir = tmp.resolve("killed");
        Random moments = new Random(SEED);
        StoredFiles seen = StoredFiles.of(dir);
        List<String> kills = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            Path log = tmp.resolve("killed-" + k + ".log");
            Process p = CliProcess.start(log, args(dir, Files.exists(dir.resolve("run.json"))));
            long at;
            if (k % 2 == 0) {
                at = (long) (moments.nextDouble() * startup);
            } else {
                awaitNewRecord(p, log, dir, seen.records().size());
                at = (long) (moments.nextDouble() * sweep / 16);
            }
            assertTrue(!p.waitFor(at, TimeUnit.MILLISECONDS), "incarnation " + k + " ended before its kill: " + CliProcess.read(log));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed sweep is gone");
            assertEquals(137, p.exitValue(), "ended by SIGKILL: " + CliProcess.read(log));
            StoredFiles now = StoredFiles.of(dir);
            now.assertKeeps(seen, "after kill " + (k + 1));
            seen = now;
            kills.add((k % 2 == 0 ? "start+" : "sweep+") + at + "ms:" + now.records().size());
        }
        Path log = tmp.resolve("resumed.log");
        Process last = CliProcess.start(log, args(dir, true));
        assertTrue(last.waitFor(3, TimeUnit.MINUTES), "the resumed sweep ends: " + CliProcess.read(log));
        assertEquals(0, last.exitValue(), CliProcess.read(log));
        StoredFiles end = StoredFiles.of(dir);
        end.assertKeeps(seen, "after the final resume");

        Map<String, byte[]> expected = StoredFiles.of(whole).records();
        Map<String, byte[]> actual = end.records();
        assertEquals(16, expected.size());
        assertEquals(expected.keySet(), actual.keySet(), "kills (moment: records stored) " + kills);
        for (String f : expected.keySet()) assertArrayEquals(expected.get(f), actual.get(f), f + " differs from the uninterrupted run's");
        assertEquals(withoutTimings(whole), withoutTimings(dir), "the same claims, verdicts and runs in results.json");
        assertTrue(CliProcess.read(log).contains("took over the lock"), "the killed sweep's lock was taken over: " + CliProcess.read(log));
        System.out.println("kills (moment: records stored): " + kills + "; start-up " + startup + " ms, sweep " + sweep + " ms");
    }

    /** Waits until {@code p} has locked the directory, written its manifest and begun the sweep. */
    private static void awaitStart(Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!CliProcess.read(log).contains(STARTED)) {
            assertTrue(p.isAlive(), "the CLI ended before its sweep began: " + CliProcess.read(log));
            assertTrue(System.nanoTime() < deadline, "no sweep began within 2 minutes: " + CliProcess.read(log));
            Thread.sleep(5);
        }
    }

    /** Waits until {@code p} has stored a record beyond the {@code stored} ones there were when it started. */
    private static void awaitNewRecord(Process p, Path log, Path dir, int stored) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        Path records = dir.resolve("records").resolve("variance-propagation");
        while (count(records) <= stored) {
            assertTrue(p.isAlive(), "the CLI ended before it stored a run: " + CliProcess.read(log));
            assertTrue(System.nanoTime() < deadline, "no run stored within 2 minutes: " + CliProcess.read(log));
            Thread.sleep(5);
        }
    }

    private static long count(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) return 0;
        try (var s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".json")).count();
        }
    }

    private static long millisSince(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    private static String[] args(Path dir, boolean resume) {
        List<String> a = new ArrayList<>(List.of(SWEEP));
        a.add("--out");
        a.add(dir.toString());
        if (resume) a.add("--resume");
        return a.toArray(String[]::new);
    }

    /** The experiments of results.json without the runs' timings. */
    private static JsonNode withoutTimings(Path dir) throws Exception {
        JsonNode experiments = Json.mapper().readTree(dir.resolve("results.json").toFile()).get("experiments");
        for (JsonNode e : experiments) ((ObjectNode) e).remove("timings");
        return experiments;
    }
}
