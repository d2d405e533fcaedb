package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.store.ResultsStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code twinnet run} on a real file system that fills up, or is made read-only, mid-sweep: a 2 MB tmpfs
 * the test mounts and fills once two runs are stored; a read-only bind mount over {@code records/}. Needs
 * the right to mount (root with CAP_SYS_ADMIN, as in this project's build container); where it is missing
 * the tests are reported as aborted with that reason, and {@link RunOnAFailingDiskCliTest} covers the same
 * behaviour with a store that fails on purpose.
 */
class RunOnARealFullDiskCliTest {
    @TempDir
    Path tmp;
    private final List<Path> mounted = new ArrayList<>();

    @BeforeEach
    void mountATwoMegabyteTmpfs() throws Exception {
        Path fs = tmp.resolve("fs");
        Files.createDirectories(fs);
        String why = sh("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", fs.toString());
        Assumptions.assumeTrue(why.isEmpty(), "cannot mount a tmpfs here (" + why + "); RunOnAFailingDiskCliTest covers this with a failing writer");
        mounted.add(fs);
    }

    @AfterEach
    void unmount() throws Exception {
        for (int i = mounted.size() - 1; i >= 0; i--) sh("umount", "-l", mounted.get(i).toString());
    }

    @Test
    void aDiskThatFillsMidSweepStopsItNamingTheRunAndAResumeAfterSpaceIsFreedCompletesIt() throws Exception {
        Path dir = tmp.resolve("fs").resolve("run");
        Path filler = tmp.resolve("fs").resolve("filler");
        Thread fill = watch(dir, () -> {
            try (OutputStream out = Files.newOutputStream(filler)) {
                byte[] chunk = new byte[64 * 1024];
                while (true) out.write(chunk);
            } catch (IOException full) {
                // the file system is full now
            }
        });
        CliRun r = CliRun.of(RunOnAFailingDiskCliTest.sweep(dir));
        fill.join(TimeUnit.MINUTES.toMillis(1));
        RunOnAFailingDiskCliTest.assertStoppedNamingTheRun(r, dir, "No space left on device");
        StoredFiles stored = StoredFiles.of(dir);
        assertTrue(stored.records().size() >= 2 && stored.records().size() < 8, stored.records().keySet().toString());
        assertEquals(List.of(), new ResultsStore(dir).unreadableRecords(), "every stored record is whole");

        Files.delete(filler);
        RunOnAFailingDiskCliTest.assertCompletes(CliRun.of(RunOnAFailingDiskCliTest.resume(dir)), dir, stored);
    }

    @Test
    void aRecordsDirectoryMadeReadOnlyMidSweepStopsItNamingTheRunAndAResumeAfterwardsCompletesIt() throws Exception {
        Path dir = tmp.resolve("fs").resolve("run");
        Path records = dir.resolve("records");
        Thread readOnly = watch(dir, () -> {
            try {
                String bind = sh("mount", "--bind", records.toString(), records.toString());
                if (!bind.isEmpty()) throw new IllegalStateException(bind);
                mounted.add(records);
                String ro = "";
                for (int attempt = 0; attempt < 100 && !(ro = sh("mount", "-o", "remount,bind,ro", records.toString())).isEmpty(); attempt++) {
                    Thread.sleep(5);
                }
                if (!ro.isEmpty()) throw new IllegalStateException(ro);
            } catch (Exception e) {
                throw new IllegalStateException("could not make " + records + " read-only: " + e.getMessage(), e);
            }
        });
        CliRun r = CliRun.of(RunOnAFailingDiskCliTest.sweep(dir));
        readOnly.join(TimeUnit.MINUTES.toMillis(1));
        RunOnAFailingDiskCliTest.assertStoppedNamingTheRun(r, dir, "Read-only file system");
        StoredFiles stored = StoredFiles.of(dir);
        assertTrue(stored.records().size() >= 2 && stored.records().size() < 8, stored.records().keySet().toString());

        assertEquals("", sh("umount", records.toString()));
        mounted.remove(records);
        RunOnAFailingDiskCliTest.assertCompletes(CliRun.of(RunOnAFailingDiskCliTest.resume(dir)), dir, stored);
    }

    /** A thread that runs {@code action} once two records of the sweep into {@code dir} are stored. */
    private static Thread watch(Path dir, Runnable action) {
        Thread t = new Thread(() -> {
            Path records = dir.resolve("records").resolve("variance-propagation");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            try {
                while (count(records) < 2 && System.nanoTime() < deadline) Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
            action.run();
        }, "disk-trouble");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static long count(Path dir) {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".json")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Runs a command; empty when it succeeded, else its exit code and output. */
    private static String sh(String... cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return p.waitFor() == 0 ? "" : "exit " + p.exitValue() + ": " + out;
    }
}
