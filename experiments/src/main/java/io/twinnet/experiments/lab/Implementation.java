package io.twinnet.experiments.lab;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The two implementations every experiment runs on. */
public enum Implementation {
    /** The from-scratch network of the core module. */
    CORE,
    /** The same network built in Deeplearning4j by the bridge. */
    DL4J;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name prose uses: "the core" or "DL4J". */
    public String display() {
        return this == CORE ? "the core" : "DL4J";
    }

    /** The implementation labelled {@code label} ({@code core} or {@code dl4j}). */
    public static Implementation parse(String label) {
        for (Implementation i : values()) {
            if (i.label().equals(label)) return i;
        }
        throw new IllegalArgumentException("unknown implementation '" + label + "' (known: core, dl4j)");
    }
}
