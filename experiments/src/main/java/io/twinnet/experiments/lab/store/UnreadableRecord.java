package io.twinnet.experiments.lab.store;

import java.nio.file.Path;

/**
 * A record file the store found but could not use: cut short, not JSON, of another shape, or holding
 * a run other than the one its name says. A resumed sweep recomputes that run and tells the user;
 * {@code twinnet report} names the file.
 *
 * @param path   the record file
 * @param reason what is wrong with it, in a few words (the parser's message, without its source excerpt)
 */
public record UnreadableRecord(Path path, String reason) {

    public UnreadableRecord {
        if (path == null) throw new IllegalArgumentException("path: is missing");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("reason: is missing for " + path);
    }

    /** One line for the user: {@code <path>: <reason>}. */
    public String describe() {
        return path + ": " + reason;
    }
}
