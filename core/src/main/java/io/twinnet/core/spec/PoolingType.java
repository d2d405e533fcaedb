package io.twinnet.core.spec;

import java.util.Locale;

/** Pooling kinds of {@link SubsamplingLayerSpec}, as DL4J's {@code SubsamplingLayer.PoolingType}. */
public enum PoolingType {
    /** The maximum over the window; the gradient goes to the arg-max. */
    MAX,
    /** The mean over the window, padding counted as zeros over the full window size (DL4J's default divisor). */
    AVG;

    public static PoolingType parse(String name, String field) {
        if (name == null) throw new SpecException(field, "is missing");
        String n = name.trim().toUpperCase(Locale.ROOT);
        if (n.equals("AVERAGE")) return AVG;
        for (PoolingType p : values()) {
            if (p.name().equals(n)) return p;
        }
        throw new SpecException(field, "unknown pooling '" + name + "' (expected max or avg)");
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
