package io.twinnet.experiments.lab.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A results directory another process is writing: thrown by {@link DirectoryLock#acquire} at once,
 * without waiting. The message names the holder (process id, host, start time) and the lock file.
 */
public final class DirectoryLockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path lockFile;
    private final transient LockHolder holder;

    DirectoryLockedException(Path lockFile, Optional<LockHolder> holder, String hint) {
        super(lockFile.getParent() + " is being written by "
                + holder.map(LockHolder::describe).orElse("another process, which has not yet described itself in the lock file")
                + " (lock file " + lockFile + "); " + hint);
        this.lockFile = lockFile;
        this.holder = holder.orElse(null);
    }

    /** The lock file of the directory. */
    public Path lockFile() {
        return lockFile;
    }

    /** The holder, as it described itself; empty while it has not written its description yet. */
    public Optional<LockHolder> holder() {
        return Optional.ofNullable(holder);
    }
}
