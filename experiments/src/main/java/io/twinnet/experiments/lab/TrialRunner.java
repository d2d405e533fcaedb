package io.twinnet.experiments.lab;

import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.json.SpecJson;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Runs one {@link Trial} on the implementations of a sweep: each side builds the trial's network
 * with its own initialiser (statistical parity), the trial prepares and measures it, and a side
 * that throws is recorded as {@link RunStatus#FAILED} with its message while the other side still
 * runs. When the trial asks for it and both sides ran, DL4J is then loaded with the core's initial
 * parameters and both are fed the same first minibatches ({@link ExactParity}).
 */
public final class TrialRunner {
    private TrialRunner() {
    }

    /** The record of {@code trial} run as {@code config} with {@code seeds} on {@code implementations}. */
    public static RunRecord run(RunConfig config, RunSeeds seeds, Trial trial, Set<Implementation> implementations) {
        return run(config, seeds, trial, implementations, trial.spec().precision());
    }

    /**
     * The record of {@code trial} with both networks, the exact-parity check and the recorded spec in
     * {@code precision} (the sweep's {@code --precision}; the trial's own spec is left as its experiment
     * declared it).
     */
    public static RunRecord run(RunConfig config, RunSeeds seeds, Trial trial, Set<Implementation> implementations,
                                Precision precision) {
        long t0 = System.nanoTime();
        NetworkSpec spec = trial.spec().withPrecision(precision);
        Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
        double[] coreInitial = null;
        for (Implementation impl : implementations) {
            long s0 = System.nanoTime();
            try {
                TwinNetwork net = TwinNetworks.initialise(impl, spec);
                trial.prepare(net);
                if (impl == Implementation.CORE) coreInitial = net.parameters();
                Trial.Outcome outcome = trial.run(net);
                sides.put(impl, SideRecord.of(outcome.status(), outcome.divergedAtStep(), outcome.measurements(), secondsSince(s0)));
            } catch (RuntimeException | LinkageError e) {
                sides.put(impl, SideRecord.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), secondsSince(s0)));
            }
        }
        ParityRecord parity = null;
        if (trial.parity().isPresent() && coreInitial != null && implementations.contains(Implementation.DL4J)) {
            Trial.ParityPlan plan = trial.parity().get();
            try {
                parity = ExactParity.check(spec, coreInitial, plan.train(), plan.order(), plan.steps());
            } catch (RuntimeException | LinkageError e) {
                parity = new ParityRecord(0, spec.precision().jsonName(), Double.NaN, Double.NaN, Double.NaN);
            }
        }
        return new RunRecord(config, SpecJson.toJson(spec), seeds, trial.data(), sides, parity, secondsSince(t0));
    }

    private static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
