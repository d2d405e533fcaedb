package io.twinnet.experiments.lab;

import java.util.regex.Pattern;

/**
 * The key of one number a run measures on one implementation (final accuracy, a gradient norm,
 * the step a run diverged at, ...). A key is a constant: the trial that writes the value and the
 * claim that reads it refer to the same object, so a reader can find every writer of a
 * measurement with a search for its constant, and no key is ever built by concatenation.
 *
 * @param name        the name in the stored record ({@code camelCase})
 * @param description what the number is, with its unit, for the report
 */
public record Scalar(String name, String description) {
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    public Scalar {
        if (name == null || !NAME.matcher(name).matches()) throw new IllegalArgumentException("name: '" + name + "' is not camelCase");
        if (description == null || description.isBlank()) throw new IllegalArgumentException("description: is missing for " + name);
    }

    public static Scalar of(String name, String description) {
        return new Scalar(name, description);
    }
}
