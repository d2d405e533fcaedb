package io.twinnet.experiments.lab;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long one run took: the whole run and each implementation's side. A timing is not part of a run's
 * result: the store keeps it beside the record ({@code timings/}), never inside it, so the same run written
 * twice gives the same record bytes, and {@code reproduce}, {@code compare} and the byte-stability checks
 * never see it. Unknown times (a record whose timing file is missing) are NaN.
 *
 * @param seconds wall time of the whole run
 * @param sides   wall time of each implementation that has a side in the record
 */
public record RunTiming(double seconds, Map<Implementation, Double> sides) {

    /** The timing of a record stored without one. */
    public static final RunTiming UNKNOWN = new RunTiming(Double.NaN, Map.of());

    public RunTiming {
        EnumMap<Implementation, Double> copy = new EnumMap<>(Implementation.class);
        if (sides != null) copy.putAll(sides);
        sides = Collections.unmodifiableMap(copy);
    }

    /** The timing {@code record} carries (from the run that made it, or re-attached by the store). */
    public static RunTiming of(RunRecord record) {
        Map<Implementation, Double> sides = new EnumMap<>(Implementation.class);
        record.sides().forEach((impl, side) -> sides.put(impl, side.seconds()));
        return new RunTiming(record.seconds(), sides);
    }

    /** The wall time of {@code impl}'s side, NaN when unknown. */
    public double side(Implementation impl) {
        Double s = sides.get(impl);
        return s == null ? Double.NaN : s;
    }
}
