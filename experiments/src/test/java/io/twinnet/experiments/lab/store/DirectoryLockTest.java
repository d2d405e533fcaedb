package io.twinnet.experiments.lab.store;

import io.twinnet.experiments.lab.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryLockTest {

    @Test
    void aSecondWriterIsRefusedAtOnceWithTheHoldersPidHostStartTimeAndTheLockFile(@TempDir Path dir) {
        try (DirectoryLock first = DirectoryLock.acquire(dir)) {
            DirectoryLockedException refused = assertThrows(DirectoryLockedException.class, () -> DirectoryLock.acquire(dir));
            LockHolder me = LockHolder.thisProcess(Instant.now());
            String msg = refused.getMessage();
            assertTrue(msg.contains("process " + me.pid()), msg);
            assertTrue(msg.contains("host " + me.host()), msg);
            assertTrue(msg.contains(me.processStartedAt()), msg);
            assertTrue(msg.contains(dir.resolve(DirectoryLock.FILE_NAME).toString()), msg);
            assertEquals(first.holder(), refused.holder().orElseThrow());
        }
    }

    @Test
    void twoThreadsRacingForOneDirectoryLetExactlyOneProceed(@TempDir Path dir) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch decided = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger proceeded = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    try (DirectoryLock lock = DirectoryLock.acquire(dir)) {
                        proceeded.incrementAndGet();
                        decided.countDown();
                        release.await();
                    } catch (DirectoryLockedException e) {
                        refused.incrementAndGet();
                        decided.countDown();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        assertTrue(decided.await(30, TimeUnit.SECONDS), "both writers got an answer");
        release.countDown();
        for (Thread t : threads) t.join(30_000);
        assertEquals(1, proceeded.get(), "one writer proceeds");
        assertEquals(1, refused.get(), "the other is refused");
    }

    @Test
    void aWriterInAnotherProcessIsRefusedAndItsLockIsTakenOverOnceItIsKilled(@TempDir Path dir) throws Exception {
        Process child = startLockingProcess(dir);
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = lines.readLine();
            assertEquals("locked " + child.pid(), line, "the child took the lock");

            DirectoryLockedException refused = assertThrows(DirectoryLockedException.class, () -> DirectoryLock.acquire(dir));
            assertTrue(refused.getMessage().contains("process " + child.pid()), refused.getMessage());
            assertEquals(child.pid(), refused.holder().orElseThrow().pid());
            assertEquals(child.info().startInstant().orElseThrow().toString(), refused.holder().orElseThrow().processStartedAt());
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child was killed");
        }
        try (DirectoryLock after = DirectoryLock.acquire(dir)) {
            assertEquals(child.pid(), after.tookOverFrom().orElseThrow().pid(), "the killed process's description is named as stale");
            assertEquals(ProcessHandle.current().pid(), after.holder().pid());
        }
    }

    @Test
    void aLockLeftByAProcessThatHasExitedIsTakenOver(@TempDir Path dir) throws Exception {
        Process gone = new ProcessBuilder("sleep", "30").start();
        LockHolder dead = holderOf(gone, Duration.ZERO);
        gone.destroyForcibly();
        assertTrue(gone.waitFor(30, TimeUnit.SECONDS));
        writeDescription(dir, dead);

        try (DirectoryLock lock = DirectoryLock.acquire(dir)) {
            assertEquals(dead, lock.tookOverFrom().orElseThrow());
        }
    }

    @Test
    void aLockNamingALiveProcessThatStartedAtAnotherTimeIsTakenOverAsAReusedPid(@TempDir Path dir) throws Exception {
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            LockHolder earlier = holderOf(other, Duration.ofHours(1));
            writeDescription(dir, earlier);
            try (DirectoryLock lock = DirectoryLock.acquire(dir)) {
                assertEquals(earlier, lock.tookOverFrom().orElseThrow());
            }
        } finally {
            other.destroyForcibly();
            other.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aLockNamingALiveProcessIsRefusedEvenWhenTheFileSystemHoldsNoOsLockForIt(@TempDir Path dir) throws Exception {
        Process holder = new ProcessBuilder("sleep", "30").start();
        try {
            LockHolder alive = holderOf(holder, Duration.ZERO);
            writeDescription(dir, alive);
            DirectoryLockedException refused = assertThrows(DirectoryLockedException.class, () -> DirectoryLock.acquire(dir));
            assertEquals(alive, refused.holder().orElseThrow());
            assertTrue(refused.getMessage().contains("process " + holder.pid()), refused.getMessage());
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void closingEmptiesTheLockFileAndLetsTheNextWriterInWithoutATakeOver(@TempDir Path dir) {
        DirectoryLock first = DirectoryLock.acquire(dir);
        first.close();
        first.close();
        assertTrue(Files.exists(first.file()));
        try (DirectoryLock second = DirectoryLock.acquire(dir)) {
            assertFalse(second.tookOverFrom().isPresent(), "a released lock is not stale");
        }
    }

    private static Process startLockingProcess(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockingProcess.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** A description of {@code p} as it would have written it, with its start time moved back by {@code shift}. */
    private static LockHolder holderOf(Process p, Duration shift) {
        Instant started = p.info().startInstant().orElseThrow();
        return new LockHolder(p.pid(), LockHolder.thisHost(), started.minus(shift).toString(), started.toString());
    }

    private static void writeDescription(Path dir, LockHolder holder) throws Exception {
        Files.write(dir.resolve(DirectoryLock.FILE_NAME), Json.mapper().writeValueAsBytes(holder));
    }
}
