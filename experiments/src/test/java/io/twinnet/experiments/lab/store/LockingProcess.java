package io.twinnet.experiments.lab.store;

import java.nio.file.Path;

/**
 * Main class for {@link DirectoryLockTest}: locks the directory given as its argument, prints
 * {@code locked <pid>} and holds the lock until its standard input closes or it is killed.
 */
public final class LockingProcess {
    private LockingProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (DirectoryLock lock = DirectoryLock.acquire(Path.of(args[0]))) {
            System.out.println("locked " + lock.holder().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes our input
            }
        }
    }
}
