package io.twinnet.experiments.app.cli;

import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.UnreadableRecord;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tells the user about every record file of a run directory that cannot be read, one line each
 * (path and reason), instead of letting the store pass over it in silence.
 */
final class DamagedRecords {
    private DamagedRecords() {
    }

    /** Prints one line per unreadable record of {@code store} to {@code log}; returns them. */
    static List<UnreadableRecord> print(ResultsStore store, PrintStream log, String command, String consequence) {
        return print(store, log::println, command, consequence);
    }

    /** Prints one line per unreadable record of {@code store} to {@code log}; returns them. */
    static List<UnreadableRecord> print(ResultsStore store, PrintWriter log, String command, String consequence) {
        List<UnreadableRecord> damaged = print(store, (Consumer<String>) log::println, command, consequence);
        log.flush();
        return damaged;
    }

    private static List<UnreadableRecord> print(ResultsStore store, Consumer<String> log, String command, String consequence) {
        List<UnreadableRecord> damaged = store.unreadableRecords();
        for (UnreadableRecord r : damaged) {
            log.accept(command + ": cannot read the record " + r.describe() + "; that run is " + consequence);
        }
        return damaged;
    }
}
