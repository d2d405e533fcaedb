package io.twinnet.experiments.lab.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.twinnet.experiments.lab.store.AtomicFiles;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep killed with SIGKILL mid-way, then resumed: no finished run is recomputed or lost. */
class ResumeAfterKillTest {
    private static final int CONFIGS = 6;

    @Test
    void aSweepKilledMidwayResumesWithoutRecomputingOrLosingFinishedRuns(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KillableSweep.class.getName(),
                dir.toString(), Integer.toString(CONFIGS), "1500")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path records = dir.resolve("records").resolve("tiny-xor");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        try {
            while (countRecords(records) < 2) {
                if (!p.isAlive()) fail("the sweep ended before it could be killed: " + Files.readString(dir.resolve("child.log")));
                if (System.nanoTime() > deadline) fail("no two runs finished within 3 minutes");
                Thread.sleep(50);
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        int finished = countRecords(records);
        assertTrue(finished >= 2 && finished < CONFIGS, "killed mid-way, " + finished + " runs finished");
        Map<String, byte[]> before = new HashMap<>();
        try (Stream<Path> s = Files.list(records)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                if (!AtomicFiles.isTemporary(f)) before.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        // a kill between a temporary file and its rename leaves that file; `twinnet run --resume` removes it once it holds the lock
        AtomicFiles.removeLeftovers(dir);

        TinyXorExperiment resumed = new TinyXorExperiment(CONFIGS, 0);
        ResultsDocument doc = new SweepRunner(new ResultsStore(dir), TinyXorExperiment.environment(), 2, null)
                .run(SweepRunnerTest.manifest("tiny-xor"), List.of(resumed.declared()));

        assertEquals(CONFIGS - finished, resumed.runs.get(), "only the unfinished runs are computed");
        assertEquals(CONFIGS, doc.experiments().get(0).runs().size());
        assertTrue(doc.complete());
        for (Map.Entry<String, byte[]> e : before.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(records.resolve(e.getKey())), e.getKey() + " was rewritten");
        }
        try (Stream<Path> s = Files.list(records)) {
            assertEquals(0, s.filter(f -> f.getFileName().toString().endsWith(".tmp")).count(), "no temporary files left");
        }
    }

    private static int countRecords(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.list(dir)) {
            return (int) s.filter(f -> f.getFileName().toString().endsWith(".json")).count();
        }
    }

}
