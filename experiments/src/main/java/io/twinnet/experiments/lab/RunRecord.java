package io.twinnet.experiments.lab;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Everything one run (one configuration × seed, both implementations) produced. Written to the
 * results store as soon as it finishes; a resumed sweep reads it back instead of recomputing.
 *
 * @param config  what was run
 * @param sides   per implementation, what it measured
 * @param parity  exact-parity figures when the configuration shares parameters, else null
 * @param seconds wall time of the whole run
 */
public record RunRecord(RunConfig config, Map<Implementation, SideRecord> sides, ParityRecord parity, double seconds) {

    public RunRecord {
        if (config == null) throw new IllegalArgumentException("config: is missing");
        EnumMap<Implementation, SideRecord> copy = new EnumMap<>(Implementation.class);
        if (sides != null) copy.putAll(sides);
        sides = Collections.unmodifiableMap(copy);
    }

    public SideRecord side(Implementation impl) {
        SideRecord s = sides.get(impl);
        if (s == null) throw new IllegalStateException(config.key() + ": no record for " + impl.label());
        return s;
    }
}
