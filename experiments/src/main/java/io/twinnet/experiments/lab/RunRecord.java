package io.twinnet.experiments.lab;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Everything one run (one grid point × seed, every implementation) produced. Written to the
 * results store as soon as it finishes; a resumed sweep reads it back instead of recomputing.
 *
 * @param config  what was run (experiment, point id, seed, the point's parameters)
 * @param spec    the network both sides built, as the core's spec JSON (null for records of trials without one)
 * @param seeds   the named random streams of the run
 * @param data    the identity of the data the run read
 * @param sides   per implementation, what it measured
 * @param parity  exact-parity figures when the trial shares parameters, else null
 * @param trajectory the whole-run comparison of a shared-init run ({@code --shared-init}) whose trial trains, else null
 *                (and not written, so a record of an independent-init sweep reads as it did before the field existed)
 * @param seconds wall time of the whole run: a timing, not part of the result. It is not written with the
 *                record ({@link RunTiming} travels beside it), so the record's bytes depend on the result alone.
 */
public record RunRecord(RunConfig config, String spec, RunSeeds seeds, String data, Map<Implementation, SideRecord> sides,
                        ParityRecord parity, @JsonInclude(JsonInclude.Include.NON_NULL) TrajectoryRecord trajectory,
                        @JsonIgnore double seconds) {

    public RunRecord {
        if (config == null) throw new IllegalArgumentException("config: is missing");
        EnumMap<Implementation, SideRecord> copy = new EnumMap<>(Implementation.class);
        if (sides != null) copy.putAll(sides);
        sides = Collections.unmodifiableMap(copy);
    }

    /** A record of a run whose sides drew their own initial parameters (no whole-run trajectory). */
    public RunRecord(RunConfig config, String spec, RunSeeds seeds, String data, Map<Implementation, SideRecord> sides,
                     ParityRecord parity, double seconds) {
        this(config, spec, seeds, data, sides, parity, null, seconds);
    }

    /** A record without spec, seeds or data identity (hand-written experiments and tests). */
    public RunRecord(RunConfig config, Map<Implementation, SideRecord> sides, ParityRecord parity, double seconds) {
        this(config, null, null, null, sides, parity, null, seconds);
    }

    /** This record with the times of {@code timing} (NaN for a side it does not time). */
    public RunRecord withTiming(RunTiming timing) {
        EnumMap<Implementation, SideRecord> timed = new EnumMap<>(Implementation.class);
        sides.forEach((impl, side) -> timed.put(impl, side.withSeconds(timing.side(impl))));
        return new RunRecord(config, spec, seeds, data, timed, parity, trajectory, timing.seconds());
    }

    public SideRecord side(Implementation impl) {
        SideRecord s = sides.get(impl);
        if (s == null) throw new IllegalStateException(config.key() + ": no record for " + impl.label());
        return s;
    }
}
