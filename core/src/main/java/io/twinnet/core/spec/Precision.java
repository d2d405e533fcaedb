package io.twinnet.core.spec;

import java.util.Locale;

/** Floating-point precision of a network (DL4J {@code DataType.DOUBLE} or {@code DataType.FLOAT}). */
public enum Precision {
    DOUBLE,
    FLOAT;

    public static Precision parse(String name, String field) {
        if (name == null) throw new SpecException(field, "is missing");
        String n = name.trim().toUpperCase(Locale.ROOT);
        if (n.equals("FLOAT32") || n.equals("FP32")) return FLOAT;
        if (n.equals("FLOAT64") || n.equals("FP64")) return DOUBLE;
        for (Precision p : values()) {
            if (p.name().equals(n)) return p;
        }
        throw new SpecException(field, "unknown precision '" + name + "' (expected double or float)");
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
