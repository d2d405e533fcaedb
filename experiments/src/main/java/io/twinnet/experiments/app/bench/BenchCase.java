package io.twinnet.experiments.app.bench;

import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Precision;
import java.util.List;
import java.util.Optional;

/**
 * One benchmark case: a network (given in double; every side, core or DL4J, builds the same spec in
 * its own precision), a minibatch size, an input kind, the contenders and the amount of work per
 * repetition.
 *
 * @param id             short name, e.g. {@code mlp-mnist-mb32}
 * @param spec           the network; its precision must be DOUBLE (each side sets its own)
 * @param minibatch      examples per SGD step
 * @param input          where the examples come from
 * @param sides          the contenders, the core first (ratios are against the core of the same precision)
 * @param stepsPerRep    SGD steps timed in one repetition
 * @param warmupSteps    untimed SGD steps per side before the first repetition
 */
public record BenchCase(String id, NetworkSpec spec, int minibatch, BenchInput input, List<BenchSide> sides,
                        int stepsPerRep, int warmupSteps) {

    public BenchCase {
        if (id == null || !id.matches("[A-Za-z0-9._=-]+")) throw new IllegalArgumentException("id: must match [A-Za-z0-9._=-]+, got " + id);
        if (spec == null) throw new IllegalArgumentException("spec: missing for case " + id);
        if (spec.precision() != Precision.DOUBLE) throw new IllegalArgumentException("spec: case " + id + " must be given in DOUBLE precision");
        if (minibatch < 1) throw new IllegalArgumentException("minibatch: must be at least 1, got " + minibatch + " for case " + id);
        if (input == null) throw new IllegalArgumentException("input: missing for case " + id);
        if (sides == null || sides.isEmpty()) throw new IllegalArgumentException("sides: case " + id + " needs at least one side");
        if (stepsPerRep < 1) throw new IllegalArgumentException("stepsPerRep: must be at least 1, got " + stepsPerRep + " for case " + id);
        if (warmupSteps < 0) throw new IllegalArgumentException("warmupSteps: must not be negative, got " + warmupSteps + " for case " + id);
        sides = List.copyOf(sides);
    }

    /** This case with only the sides computing in {@code precision}; empty when it has none. */
    public Optional<BenchCase> inPrecision(Precision precision) {
        List<BenchSide> kept = sides.stream().filter(s -> s.precision().equals(precision.jsonName())).toList();
        return kept.isEmpty() ? Optional.empty()
                : Optional.of(new BenchCase(id, spec, minibatch, input, kept, stepsPerRep, warmupSteps));
    }

    /** Examples timed in one repetition. */
    public long examplesPerRep() {
        return (long) stepsPerRep * minibatch;
    }
}
