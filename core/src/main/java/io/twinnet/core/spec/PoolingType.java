package io.twinnet.core.spec;

import java.util.Locale;

/** Pooling kinds of {@link SubsamplingLayerSpec}, as DL4J's {@code SubsamplingLayer.PoolingType}. */
public enum PoolingType {
    /** The maximum over the window; the gradient goes to the arg-max. */
    MAX,
    /**
     * The mean over the part of the window inside the image: padding is not counted in the divisor
     * (DL4J 1.0.0-M2.1's default, {@code avgPoolIncludePadInDivisor = false}, measured).
     */
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
