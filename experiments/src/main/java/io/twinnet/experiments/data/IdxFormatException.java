package io.twinnet.experiments.data;

import java.io.IOException;
import java.nio.file.Path;

/** A file that is not a well-formed IDX file (wrong magic number, bad dimensions, truncated or too long). The message names the file. */
public final class IdxFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    public IdxFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }

    /** The offending file. */
    public Path file() {
        return file;
    }
}
