package io.twinnet.experiments.lab.store;

import io.twinnet.experiments.lab.RunRecord;

/**
 * What the store holds for one run: its record, nothing, or a file it cannot use. Unlike
 * {@link ResultsStore#readRecord}, which folds the last two together, this keeps a damaged file
 * visible so the caller can name it.
 */
public sealed interface RecordLookup {

    /** The stored record of the run. */
    record Found(RunRecord record) implements RecordLookup {
        public Found {
            if (record == null) throw new IllegalArgumentException("record: is missing");
        }
    }

    /** No record file: the run has not finished (or never started). */
    record Absent() implements RecordLookup {
    }

    /** A record file that cannot be used; the run must be computed again. */
    record Unreadable(UnreadableRecord file) implements RecordLookup {
        public Unreadable {
            if (file == null) throw new IllegalArgumentException("file: is missing");
        }
    }
}
