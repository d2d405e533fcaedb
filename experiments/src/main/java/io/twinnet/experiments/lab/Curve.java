package io.twinnet.experiments.lab;

import java.util.regex.Pattern;

/**
 * The key of one curve a run measures on one implementation ({@link Series}: y against x, e.g. the
 * test loss against the SGD step, or an activation's standard deviation against the layer). Like
 * {@link Scalar}, a constant shared by the writer and the readers (claims, figures). Per-layer
 * quantities are curves over the layer index, not one key per layer.
 *
 * @param name the name in the stored record ({@code camelCase})
 * @param x    the x axis, with its unit ("step", "layer")
 * @param y    the y axis, with its unit
 */
public record Curve(String name, String x, String y) {
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    public Curve {
        if (name == null || !NAME.matcher(name).matches()) throw new IllegalArgumentException("name: '" + name + "' is not camelCase");
        if (x == null || x.isBlank()) throw new IllegalArgumentException("x: axis label is missing for " + name);
        if (y == null || y.isBlank()) throw new IllegalArgumentException("y: axis label is missing for " + name);
    }

    public static Curve of(String name, String x, String y) {
        return new Curve(name, x, y);
    }
}
