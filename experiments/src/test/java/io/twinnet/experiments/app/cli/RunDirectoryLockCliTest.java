package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.store.DirectoryLock;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.RunManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code twinnet run} on a directory it cannot have to itself, or cannot write: a clear message and an exit code that says so. */
class RunDirectoryLockCliTest {

    @Test
    void aRunIntoADirectoryAnotherSweepIsWritingIsRefusedWithExitTwoNamingTheHolder(@TempDir Path tmp) {
        Path dir = tmp.resolve("r");
        try (DirectoryLock other = DirectoryLock.acquire(dir)) {
            CliRun r = CliRun.of("run", "variance-propagation", "--out", dir.toString());
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().contains("process " + other.holder().pid()), r.err());
            assertTrue(r.err().contains(other.file().toString()), r.err());
            assertFalse(Files.exists(dir.resolve("run.json")), "nothing was written");
        }
    }

    @Test
    void aResumeOfADirectoryAnotherSweepIsWritingIsRefusedWithExitTwo(@TempDir Path tmp) {
        Path dir = tmp.resolve("r");
        new ResultsStore(dir).writeManifest(new RunManifest(ResultsStore.SCHEMA_VERSION, "r", "quick", 0,
                List.of("variance-propagation"), "2026-01-01T00:00:00Z", Map.of()));
        try (DirectoryLock other = DirectoryLock.acquire(dir)) {
            CliRun r = CliRun.of("run", "--resume", "--out", dir.toString());
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().contains("is being written by process " + other.holder().pid()), r.err());
        }
    }

    @Test
    void aRunWhoseManifestCannotBeStoredFailsNamingTheFileAndReleasesTheDirectory(@TempDir Path tmp) {
        Path dir = tmp.resolve("r");
        CliContext diskFull = CliContext.standard().withStores(d -> new ResultsStore(d, (target, bytes) -> {
            throw new IOException("No space left on device");
        }));
        CliRun r = CliRun.of(diskFull, "run", "variance-propagation", "--out", dir.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(dir.resolve("run.json").toString()), r.err());
        assertTrue(r.err().contains("No space left on device"), r.err());
        try (DirectoryLock next = DirectoryLock.acquire(dir)) {
            assertFalse(next.tookOverFrom().isPresent(), "the failed run released its lock");
        }
    }
}
