package io.twinnet.experiments.lab;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one implementation measured in one run, filled by a trial through typed keys
 * ({@link Scalar}, {@link Curve}) and stored by name, in sorted order so records are byte-stable.
 * Not thread-safe: each side fills its own.
 */
public final class Measurements {
    private final Map<String, Double> scalars = new TreeMap<>();
    private final Map<String, Series> curves = new TreeMap<>();

    public Measurements put(Scalar key, double value) {
        scalars.put(key.name(), value);
        return this;
    }

    public Measurements put(Curve key, Series value) {
        if (value == null) throw new IllegalArgumentException(key.name() + ": series is missing");
        curves.put(key.name(), value);
        return this;
    }

    /** A value already put, or NaN. */
    public double get(Scalar key) {
        Double v = scalars.get(key.name());
        return v == null ? Double.NaN : v;
    }

    /** A curve already put, or null. */
    public Series get(Curve key) {
        return curves.get(key.name());
    }

    Map<String, Double> scalars() {
        return scalars;
    }

    Map<String, Series> curves() {
        return curves;
    }
}
