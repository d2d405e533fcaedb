package io.twinnet.experiments.lab.store;

import io.twinnet.experiments.lab.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Exclusive right to write one results directory, held for a whole sweep: a second writer is refused
 * at once with a message naming the holder, and a lock left by a killed process is taken over.
 *
 * <p>How: the lock file {@code <dir>/.twinnet.lock} carries an OS file lock
 * ({@link FileChannel#tryLock()}, {@code fcntl} on Linux), and its content is the holder's
 * {@link LockHolder} in JSON, for the message. The OS lock is the authority: the kernel releases it
 * when its process dies, however it dies, so a {@code kill -9} leaves nothing to clean up. The
 * description adds a second check for file systems that do not honour locks: when the OS lock is
 * free but the file names a process on this host that is still running (same id and same start time,
 * so a reused id does not count), the directory is still refused. A description of a process that
 * is gone, or whose id now belongs to another process, is stale and overwritten; {@link #tookOverFrom()}
 * returns it so the caller can say so.
 *
 * <p>The file is never deleted, only emptied on release: deleting it would let a process that opened
 * the old file lock it while another creates and locks a new one. An empty lock file means "free".
 * The lock is released by {@link #close()} and, failing that, at JVM exit by a shutdown hook (and in
 * any case by the kernel when the process ends). Within one JVM a second acquire of the same directory
 * is refused as well.
 */
public final class DirectoryLock implements AutoCloseable {
    /** The lock file's name inside the results directory. */
    public static final String FILE_NAME = ".twinnet.lock";

    /**
     * How long a refused writer waits for a holder that has the OS lock but has not described itself yet: up to two
     * seconds, since a holder that has just started describes itself only after its JVM has loaded the JSON mapper
     * and looked up its host and start time (half a second was too short on a loaded machine: two {@code twinnet run}
     * started at once then refused the second without naming the first).
     */
    private static final int DESCRIPTION_ATTEMPTS = 80;
    private static final long DESCRIPTION_WAIT_MILLIS = 25;

    private final Path file;
    private final FileChannel channel;
    private final FileLock osLock;
    private final LockHolder holder;
    private final LockHolder staleHolder;
    private final Thread releaseAtExit;
    private boolean released;

    private DirectoryLock(Path file, FileChannel channel, FileLock osLock, LockHolder holder, LockHolder staleHolder) {
        this.file = file;
        this.channel = channel;
        this.osLock = osLock;
        this.holder = holder;
        this.staleHolder = staleHolder;
        this.releaseAtExit = new Thread(this::close, "twinnet-lock-release");
    }

    /**
     * Locks {@code dir} (created if missing) for this process, or throws {@link DirectoryLockedException}
     * at once when another writer holds it. Throws {@link UncheckedIOException} naming the lock file
     * when it cannot be created or written.
     */
    public static DirectoryLock acquire(Path dir) {
        Path file = dir.toAbsolutePath().normalize().resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock osLock = tryLock(channel);
            if (osLock == null) {
                Optional<LockHolder> other = awaitDescription(channel);
                channel.close();
                throw new DirectoryLockedException(file, other, "wait for that sweep to finish, or stop it");
            }
            Optional<LockHolder> previous = readHolder(channel);
            if (previous.isPresent() && !previous.get().isThisProcess() && previous.get().isRunningOn(LockHolder.thisHost())) {
                osLock.release();
                channel.close();
                throw new DirectoryLockedException(file, previous, "that process is still running, though it holds no OS lock on the file"
                        + " (does this file system support locks?); wait for it to finish, or stop it");
            }
            LockHolder me = LockHolder.thisProcess(Instant.now());
            byte[] description = Json.mapper().writeValueAsBytes(me);
            channel.truncate(0);
            ByteBuffer buf = ByteBuffer.wrap(description);
            long at = 0;
            while (buf.hasRemaining()) at += channel.write(buf, at);
            channel.force(true);
            DirectoryLock lock = new DirectoryLock(file, channel, osLock, me, previous.orElse(null));
            Runtime.getRuntime().addShutdownHook(lock.releaseAtExit);
            return lock;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** The lock file. */
    public Path file() {
        return file;
    }

    /** This process, as written into the lock file. */
    public LockHolder holder() {
        return holder;
    }

    /** The holder of a stale lock this one replaced: a process that had died (or whose id was reused). */
    public Optional<LockHolder> tookOverFrom() {
        return Optional.ofNullable(staleHolder);
    }

    /** Empties the lock file and releases the OS lock; does nothing the second time. */
    @Override
    public synchronized void close() {
        if (released) return;
        released = true;
        try {
            Runtime.getRuntime().removeShutdownHook(releaseAtExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down and this is the hook itself
        }
        try {
            channel.truncate(0);
            channel.force(true);
            osLock.release();
        } catch (IOException e) {
            // the kernel releases the lock when the channel closes below
        } finally {
            closeQuietly(channel);
        }
    }

    /** The OS lock, or null when another process (or another channel of this JVM) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The holder's description, giving a holder that has just taken the lock a moment to write it. */
    private static Optional<LockHolder> awaitDescription(FileChannel channel) throws IOException {
        for (int attempt = 0; attempt < DESCRIPTION_ATTEMPTS; attempt++) {
            Optional<LockHolder> holder = readHolder(channel);
            if (holder.isPresent()) return holder;
            try {
                Thread.sleep(DESCRIPTION_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    /** The description in the lock file; empty when the file is empty or not (yet) a whole description. */
    private static Optional<LockHolder> readHolder(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0 || size > 64 * 1024) return Optional.empty();
        ByteBuffer buf = ByteBuffer.allocate((int) size);
        long at = 0;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, at);
            if (n < 0) break;
            at += n;
        }
        try {
            return Optional.of(Json.mapper().readValue(buf.array(), 0, buf.position(), LockHolder.class));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
