package io.twinnet.reports.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A statement the report checks, with the verdict each implementation reached on it.
 *
 * <p>A verdict is a short word; the three the renderers colour are {@link #REPRODUCED},
 * {@link #NOT_REPRODUCED} and {@link #INCONCLUSIVE} (any other word is shown in grey, see
 * {@link VerdictTone}). The implementations are kept in the order they were given, which is the
 * order of the columns in the claims table.
 *
 * @param id       unique among the report's claims (see {@link Ids})
 * @param text     the claim in plain words
 * @param verdicts implementation name → verdict, in column order; may be empty (not evaluated yet)
 * @param note     evidence or a remark, empty when there is none
 */
public record Claim(String id, String text, Map<String, String> verdicts, String note) {

    public static final String REPRODUCED = "reproduced";
    public static final String NOT_REPRODUCED = "not-reproduced";
    public static final String INCONCLUSIVE = "inconclusive";

    public Claim {
        id = Checks.id(id, "claim.id");
        String field = "claim[" + id + "]";
        text = Checks.requiredText(text, field + ".text");
        verdicts = Checks.textMap(verdicts, field + ".verdicts", false);
        note = Checks.text(note, field + ".note");
    }

    public static Builder builder(String id, String text) {
        return new Builder(id, text);
    }

    /**
     * True when at least two implementations gave different verdicts. Implementations with no
     * verdict on this claim are not counted.
     */
    public boolean verdictsDiffer() {
        return new HashSet<>(verdicts.values()).size() > 1;
    }

    /** The verdict of {@code implementation}, or null when it gave none. */
    public String verdictOf(String implementation) {
        return verdicts.get(implementation);
    }

    public boolean hasNote() {
        return !note.isBlank();
    }

    /** Collects a claim's verdicts in column order. */
    public static final class Builder {
        private final String id;
        private final String text;
        private final Map<String, String> verdicts = new LinkedHashMap<>();
        private String note = "";

        private Builder(String id, String text) {
            this.id = id;
            this.text = text;
        }

        /** Adds (or replaces) the verdict of one implementation. */
        public Builder verdict(String implementation, String verdict) {
            verdicts.put(implementation, verdict);
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public Claim build() {
            return new Claim(id, text, verdicts, note);
        }
    }
}
