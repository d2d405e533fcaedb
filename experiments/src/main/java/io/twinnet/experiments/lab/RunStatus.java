package io.twinnet.experiments.lab;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How one implementation's part of a run ended. */
public enum RunStatus {
    /** Ran to the end with finite losses and parameters. */
    FINISHED("finished"),
    /** A loss or a parameter became NaN or infinite; the step is recorded and the sweep goes on. */
    DIVERGED("diverged"),
    /** The implementation threw; the message is recorded and the sweep goes on. */
    FAILED("failed"),
    /** The sweep did not run this implementation ({@code twinnet run --impl}); nothing was measured. */
    NOT_RUN("not-run");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static RunStatus fromLabel(String label) {
        for (RunStatus s : values()) {
            if (s.label.equals(label)) return s;
        }
        throw new IllegalArgumentException("status: unknown '" + label + "' (expected finished, diverged, failed or not-run)");
    }

    /** True when the run produced measurements to judge: finished or diverged. */
    public boolean measured() {
        return this == FINISHED || this == DIVERGED;
    }
}
