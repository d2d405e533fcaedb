package io.twinnet.experiments.lab;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The outcome of checking one claim on one implementation. */
public enum Verdict {
    /** The measurements satisfy the claim's stated rule. */
    REPRODUCED("reproduced"),
    /** The measurements contradict the claim's stated rule. */
    NOT_REPRODUCED("not-reproduced"),
    /** The measurements neither confirm nor contradict it (e.g. runs diverged, or results straddle the rule). */
    INCONCLUSIVE("inconclusive"),
    /** This implementation was not run in the sweep ({@code twinnet run --impl}); nothing was measured. */
    NOT_RUN("not-run");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static Verdict fromLabel(String label) {
        for (Verdict v : values()) {
            if (v.label.equals(label)) return v;
        }
        throw new IllegalArgumentException("unknown verdict '" + label + "'");
    }

    /** REPRODUCED when {@code holds}, NOT_REPRODUCED otherwise. */
    public static Verdict of(boolean holds) {
        return holds ? REPRODUCED : NOT_REPRODUCED;
    }
}
