package io.twinnet.experiments.lab;

import java.util.Locale;

/**
 * How much of a seed's setup an experiment runs. {@link #QUICK} (the default) uses MNIST subsets,
 * fewer seeds and epochs so the whole catalog runs in minutes on two cores; {@link #FULL} follows
 * the documents' setups.
 */
public enum Profile {
    QUICK,
    FULL;

    public static Profile parse(String text) {
        for (Profile p : values()) {
            if (p.name().equalsIgnoreCase(text.trim())) return p;
        }
        throw new IllegalArgumentException("--profile: unknown profile '" + text + "' (expected quick or full)");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
