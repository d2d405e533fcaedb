package io.twinnet.experiments.lab;

import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.json.SpecJson;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Runs one {@link Trial} on the implementations of a sweep: each side builds the trial's network
 * with its own initialiser (statistical parity), the trial prepares and measures it, and a side
 * that throws is recorded as {@link RunStatus#FAILED} with its message while the other side still
 * runs. When the trial asks for it and both sides ran, DL4J is then loaded with the core's initial
 * parameters and both are fed the same first minibatches ({@link ExactParity}).
 *
 * <p>With shared init ({@code twinnet run --shared-init}) a {@link TrainingTrial} runs DL4J from the core's
 * initial parameters (as the core's preparation left them; DL4J's own preparation is skipped, since it would
 * change them again) with a core network in lockstep behind it ({@link LockstepTrajectory}), and the record
 * carries the whole-run {@link TrajectoryRecord}. Trials that do not train are run as without it.
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
        return run(config, seeds, trial, implementations, precision, false);
    }

    /**
     * The record of {@code trial} in {@code precision}; with {@code sharedInit} and a training trial on both
     * implementations, DL4J starts from the core's initial parameters and the record holds the whole-run trajectory.
     */
    public static RunRecord run(RunConfig config, RunSeeds seeds, Trial trial, Set<Implementation> implementations,
                                Precision precision, boolean sharedInit) {
        long t0 = System.nanoTime();
        NetworkSpec spec = trial.spec().withPrecision(precision);
        Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
        double[] coreInitial = null;
        LockstepTrajectory lockstep = null;
        boolean shared = sharedInit && trial instanceof TrainingTrial && implementations.containsAll(EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) { // the core first: a shared-init DL4J starts from its parameters
            if (!implementations.contains(impl)) continue;
            long s0 = System.nanoTime();
            try {
                TwinNetwork net;
                if (shared && impl == Implementation.DL4J) {
                    if (coreInitial == null) throw new IllegalStateException("shared init: the core side failed, so there are no initial parameters to start from");
                    lockstep = LockstepTrajectory.of(spec, coreInitial, ((TrainingTrial) trial).checkpointEvery());
                    net = TwinNetwork.of(impl, lockstep);
                } else {
                    net = TwinNetworks.initialise(impl, spec);
                    trial.prepare(net);
                }
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
        TrajectoryRecord trajectory = shared ? trajectory(lockstep, spec, sides.get(Implementation.DL4J)) : null;
        return new RunRecord(config, SpecJson.toJson(spec), seeds, trial.data(), sides, parity, trajectory, secondsSince(t0));
    }

    /** What the lockstep compared; a DL4J side that failed is named in the note. */
    private static TrajectoryRecord trajectory(LockstepTrajectory lockstep, NetworkSpec spec, SideRecord dl4j) {
        String precision = spec.precision().jsonName();
        String failed = dl4j.status() == RunStatus.FAILED ? "DL4J failed: " + dl4j.failure() : "";
        if (lockstep == null) return TrajectoryRecord.none(precision, failed);
        TrajectoryRecord r = lockstep.record(precision);
        return failed.isEmpty() ? r : r.noting(failed);
    }

    private static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
