package io.twinnet.experiments.app.cli;

import io.twinnet.experiments.lab.store.AtomicFiles;
import io.twinnet.experiments.lab.store.DirectoryLock;
import io.twinnet.experiments.lab.store.DirectoryLockedException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The CLI's side of {@link DirectoryLock}: a run directory another sweep is writing is bad input
 * (exit 2, the lock's message naming the holder and the lock file), and taking over a stale lock is
 * said aloud, since it means an earlier sweep died there. With the lock held, the temporary files of writers
 * killed mid-write are deleted ({@link AtomicFiles#removeLeftovers}), and counted aloud: they were never records.
 */
final class SweepLock {
    private SweepLock() {
    }

    /** Locks {@code dir} for this sweep, telling {@code log} when a dead sweep's lock was taken over. */
    static DirectoryLock acquire(Path dir, PrintStream log) {
        DirectoryLock lock;
        try {
            lock = DirectoryLock.acquire(dir);
        } catch (DirectoryLockedException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        lock.tookOverFrom().ifPresent(stale -> log.println("twinnet run: took over the lock of "
                + stale.describe() + ", which is no longer running (" + lock.file() + ")"));
        try {
            List<Path> removed = AtomicFiles.removeLeftovers(dir);
            if (!removed.isEmpty()) log.println("twinnet run: removed " + removed.size() + " unfinished temporary file(s) of a killed writer, e.g. " + removed.get(0));
        } catch (IOException e) {
            lock.close();
            throw new UncheckedIOException("cannot clean the temporary files under " + dir + ": " + e.getMessage(), e);
        }
        return lock;
    }
}
