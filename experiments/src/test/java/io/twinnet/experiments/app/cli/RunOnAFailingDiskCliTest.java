package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.store.AtomicFiles;
import io.twinnet.experiments.lab.store.ResultsStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code twinnet run} whose store stops accepting writes mid-sweep (here a writer that reports a full disk
 * after three records; {@link RunOnARealFullDiskCliTest} does it on a real file system): the run that could
 * not be stored is named, the exit code is 1, nothing stored is damaged, and {@code --resume} completes the sweep.
 */
class RunOnAFailingDiskCliTest {
    static final String[] SWEEP = {"run", "variance-propagation", "--impl", "core", "--seeds", "1", "--threads", "1", "--no-report", "--out"};

    @Test
    void aRunThatCannotBeStoredIsNamedExitsOneLeavesTheStoredRunsAndAResumeCompletesTheSweep(@TempDir Path dir) throws Exception {
        AtomicInteger records = new AtomicInteger();
        CliContext fillsAfterThree = CliContext.standard().withStores(d -> new ResultsStore(d, (target, bytes) -> {
            if (target.startsWith(d.resolve("records")) && records.incrementAndGet() > 3) throw new IOException("No space left on device");
            AtomicFiles.write(target, bytes);
        }));
        CliRun full = CliRun.of(fillsAfterThree, sweep(dir));
        assertStoppedNamingTheRun(full, dir, "No space left on device");
        StoredFiles stored = StoredFiles.of(dir);
        assertEquals(3, stored.records().size(), "the runs stored before the disk filled");

        CliRun resumed = CliRun.of(resume(dir));
        assertCompletes(resumed, dir, stored);
    }

    static String[] sweep(Path dir) {
        String[] a = java.util.Arrays.copyOf(SWEEP, SWEEP.length + 1);
        a[SWEEP.length] = dir.toString();
        return a;
    }

    static String[] resume(Path dir) {
        String[] a = java.util.Arrays.copyOf(sweep(dir), SWEEP.length + 2);
        a[SWEEP.length + 1] = "--resume";
        return a;
    }

    /** Exit 1, one message naming the run and the cause and saying how to go on. */
    static void assertStoppedNamingTheRun(CliRun r, Path dir, String cause) {
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("could not store the run variance-propagation/"), r.err());
        assertTrue(r.err().contains(cause), r.err());
        assertTrue(r.err().contains("twinnet run --resume --out " + dir.toAbsolutePath().normalize()), r.err());
    }

    /** The resume ends the sweep: exit 0, all eight runs stored, every earlier file untouched, nothing unreadable. */
    static void assertCompletes(CliRun r, Path dir, StoredFiles before) throws Exception {
        assertEquals(0, r.exit(), r.err());
        StoredFiles after = StoredFiles.of(dir);
        after.assertKeeps(before, "after the resume");
        assertEquals(8, after.records().size());
        ResultsStore store = new ResultsStore(dir);
        assertTrue(store.readResults().complete());
        assertEquals(java.util.List.of(), store.unreadableRecords());
    }
}
