package io.twinnet.core.spec;

import java.util.Locale;

/** Learning-rate schedule kinds; see {@link LearningRateSchedule}. */
public enum ScheduleKind {
    FIXED,
    STEP,
    EXPONENTIAL;

    public static ScheduleKind parse(String name, String field) {
        if (name == null) throw new SpecException(field, "is missing");
        String n = name.trim().toUpperCase(Locale.ROOT);
        for (ScheduleKind k : values()) {
            if (k.name().equals(n)) return k;
        }
        throw new SpecException(field, "unknown schedule '" + name + "' (expected fixed, step or exponential)");
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
