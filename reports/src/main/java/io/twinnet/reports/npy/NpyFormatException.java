package io.twinnet.reports.npy;

import java.io.IOException;

/** A file is not a {@code .npy} file this reader accepts: the message names the file and the defect. */
public final class NpyFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public NpyFormatException(String source, String problem) {
        super(source + ": " + problem);
    }
}
