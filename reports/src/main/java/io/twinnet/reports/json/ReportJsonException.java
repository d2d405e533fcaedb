package io.twinnet.reports.json;

import java.io.IOException;

/** A report's JSON could not be read: the message names the source, the place and the problem. */
public final class ReportJsonException extends IOException {

    private static final long serialVersionUID = 1L;

    public ReportJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
