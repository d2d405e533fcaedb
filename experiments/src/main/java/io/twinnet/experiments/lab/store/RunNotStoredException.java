package io.twinnet.experiments.lab.store;

import io.twinnet.experiments.lab.RunConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A finished run whose files could not be written (a full disk, a directory made read-only): the run is
 * not stored, everything stored before is as it was, and a resumed sweep computes this run again.
 */
public final class RunNotStoredException extends UncheckedIOException {
    private final transient RunConfig run;
    private final transient Path file;

    public RunNotStoredException(RunConfig run, Path file, IOException cause) {
        super("could not store the run " + run.experiment() + "/" + run.key() + ": cannot write " + file + ": " + cause.getMessage(), cause);
        this.run = run;
        this.file = file;
    }

    /** The run that is not stored. */
    public RunConfig run() {
        return run;
    }

    /** The file that could not be written. */
    public Path file() {
        return file;
    }
}
