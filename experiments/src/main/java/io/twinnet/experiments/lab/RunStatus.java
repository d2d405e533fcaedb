package io.twinnet.experiments.lab;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How one implementation's run ended. */
public enum RunStatus {
    /** Ran to the end with finite losses and parameters. */
    OK,
    /** A loss or a parameter became NaN or infinite; the step is recorded and the sweep goes on. */
    DIVERGED,
    /** The implementation threw; the message is recorded and the sweep goes on. */
    FAILED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
