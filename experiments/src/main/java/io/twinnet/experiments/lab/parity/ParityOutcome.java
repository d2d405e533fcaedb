package io.twinnet.experiments.lab.parity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the comparison of one configuration's outcome concludes (see {@link StatisticalParity}). */
public enum ParityOutcome {
    /** Both one-sided tests reject a difference beyond the margin, after Holm over the sweep. */
    EQUIVALENT,
    /** The difference lies beyond the margin: its test rejects after Holm and its interval excludes the margin. */
    DIFFERENT,
    /** Neither: too few seeds at the observed spread, or an outcome one side did not measure. */
    UNDECIDED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
