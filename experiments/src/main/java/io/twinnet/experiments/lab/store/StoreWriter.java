package io.twinnet.experiments.lab.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * How a {@link ResultsStore} puts bytes on disk. The store's own writer is {@link AtomicFiles#write},
 * which leaves either the old or the new content at {@code target}, never a mix; tests inject a writer
 * that fails (a full disk, a directory made read-only mid-sweep) to check what the store and its
 * callers do then.
 */
@FunctionalInterface
public interface StoreWriter {

    /** The writer of every real store: temporary file beside the target, forced to disk, renamed over it. */
    StoreWriter ATOMIC = AtomicFiles::write;

    /** Replaces the content of {@code target} with {@code bytes}, or throws and leaves {@code target} as it was. */
    void write(Path target, byte[] bytes) throws IOException;
}
