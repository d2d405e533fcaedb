package io.twinnet.reports.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One group of provenance facts ("Software", "Machine", "Run"), as ordered key → value pairs.
 * Values may span several lines (a whole spec in JSON, for example).
 *
 * @param title   the group's heading
 * @param entries key → value in display order; values may be empty, keys may not
 */
public record ProvenanceGroup(String title, Map<String, String> entries) {

    public ProvenanceGroup {
        title = Checks.requiredText(title, "provenance.title");
        entries = Checks.textMap(entries, "provenance[" + title + "].entries", true);
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Collects entries in display order. */
    public static final class Builder {
        private final String title;
        private final Map<String, String> entries = new LinkedHashMap<>();

        private Builder(String title) {
            this.title = title;
        }

        /** Adds an entry; a key given twice keeps its first position and its last value. */
        public Builder entry(String key, String value) {
            entries.put(key, value);
            return this;
        }

        /** Adds an entry whose value is shown with {@link String#valueOf(Object)}. */
        public Builder entry(String key, Object value) {
            return entry(key, String.valueOf(value));
        }

        public ProvenanceGroup build() {
            return new ProvenanceGroup(title, entries);
        }
    }
}
