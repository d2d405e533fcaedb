package io.twinnet.experiments.lab.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.store.AtomicFiles;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.RunNotStoredException;
import io.twinnet.experiments.lab.store.StoreWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk fills up mid-sweep: the run that could not be stored is named, nothing stored is damaged, a resume completes. */
class SweepOnAFailingDiskTest {
    private static final int CONFIGS = 4;

    @Test
    void aRunThatCannotBeStoredStopsTheSweepNamingItsFileAndAResumeCompletesIt(@TempDir Path dir) throws Exception {
        AtomicInteger writes = new AtomicInteger();
        StoreWriter fillsAfterTwoRecords = (target, bytes) -> {
            if (target.toString().contains("records") && writes.incrementAndGet() > 2) {
                throw new IOException("No space left on device");
            }
            AtomicFiles.write(target, bytes);
        };
        ResultsStore full = new ResultsStore(dir, fillsAfterTwoRecords);
        RunNotStoredException e = assertThrows(RunNotStoredException.class, () -> new SweepRunner(full, TinyXorExperiment.environment(), 1, null)
                .run(SweepRunnerTest.manifest("tiny-xor"), List.of(new TinyXorExperiment(CONFIGS, 0).declared())));
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertTrue(e.file().startsWith(dir), "names the file: " + e.getMessage());
        assertTrue(e.getMessage().contains("tiny-xor/" + e.run().key()), "names the run: " + e.getMessage());

        Path records = dir.resolve("records").resolve("tiny-xor");
        Map<String, byte[]> stored = contents(records);
        assertEquals(2, stored.size(), "the two runs stored before the disk filled");

        TinyXorExperiment resumed = new TinyXorExperiment(CONFIGS, 0);
        ResultsDocument doc = new SweepRunner(new ResultsStore(dir), TinyXorExperiment.environment(), 1, null)
                .run(SweepRunnerTest.manifest("tiny-xor"), List.of(resumed.declared()));
        assertEquals(CONFIGS - 2, resumed.runs.get(), "only the runs that were not stored are computed");
        assertTrue(doc.complete());
        Map<String, byte[]> after = contents(records);
        assertEquals(CONFIGS, after.size());
        for (Map.Entry<String, byte[]> f : stored.entrySet()) assertArrayEquals(f.getValue(), after.get(f.getKey()), f.getKey());
    }

    /** Every file of {@code dir} by name; fails the test on a leftover temporary file. */
    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                assertTrue(f.getFileName().toString().endsWith(".json"), "unexpected file " + f);
                out.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }
}
