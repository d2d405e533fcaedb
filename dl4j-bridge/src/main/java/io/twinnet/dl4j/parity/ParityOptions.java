package io.twinnet.dl4j.parity;

import io.twinnet.core.spec.Precision;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How a parity run is made.
 *
 * @param precision   DL4J's data type (the core always computes in double)
 * @param steps       SGD steps per case, ≥ 1
 * @param checkpoints the steps (1-based, ≤ steps) at which the difference is recorded for the growth table;
 *                    {@link #of} picks 1, 10, 100, 1000, … and {@code steps}
 */
public record ParityOptions(Precision precision, int steps, List<Integer> checkpoints) {
    /** The default number of steps: enough to see a trajectory part, small enough to run every case in seconds. */
    public static final int DEFAULT_STEPS = 200;

    public ParityOptions {
        if (precision == null) throw new IllegalArgumentException("precision: is missing");
        if (steps < 1) throw new IllegalArgumentException("steps: must be at least 1, got " + steps);
        if (checkpoints == null) throw new IllegalArgumentException("checkpoints: is missing");
        TreeSet<Integer> sorted = new TreeSet<>();
        for (int c : checkpoints) {
            if (c < 1 || c > steps) throw new IllegalArgumentException("checkpoints: " + c + " is outside [1, " + steps + "]");
            sorted.add(c);
        }
        checkpoints = List.copyOf(sorted);
    }

    /** {@code steps} steps in {@code precision}, with checkpoints at 1, 10, 100, … (powers of ten below steps) and at steps. */
    public static ParityOptions of(Precision precision, int steps) {
        if (steps < 1) throw new IllegalArgumentException("steps: must be at least 1, got " + steps);
        List<Integer> cps = new ArrayList<>();
        for (long c = 1; c < steps; c *= 10) cps.add((int) c);
        cps.add(steps);
        return new ParityOptions(precision, steps, cps);
    }

    /** Double precision, {@link #DEFAULT_STEPS} steps. */
    public static ParityOptions defaults() {
        return of(Precision.DOUBLE, DEFAULT_STEPS);
    }
}
