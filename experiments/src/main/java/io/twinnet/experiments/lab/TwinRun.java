package io.twinnet.experiments.lab;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.NetworkSpec;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The standard run of a training experiment: each implementation draws its own initial parameters
 * from the spec's scheme and seed (statistical parity) and trains with {@link TrainingProtocol} on
 * the shared minibatch order; then, when {@code paritySteps > 0}, DL4J is loaded with the core's
 * initial parameters and both run the first {@code paritySteps} minibatches again (exact parity).
 * An exception on one side is recorded as that side's failure; the other side still runs. Only the
 * implementations in {@code sides} are run (the sweep's {@code --impl}); exact parity needs both.
 */
public final class TwinRun {
    private TwinRun() {
    }

    /**
     * Extra per-side measurements, computed from the trained network and its log after training.
     */
    @FunctionalInterface
    public interface Measurements {
        void measure(TwinNetwork trained, double[] initialParameters, TrainingLog log, Map<String, Double> scalars,
                     Map<String, Series> series);
    }

    /**
     * Looks at one side's network at every checkpoint (as a {@link TrainingProtocol.CheckpointHook}),
     * then writes what it saw into that side's record. A fresh probe is made per side, so the two
     * sides never share state.
     */
    public interface Probe extends TrainingProtocol.CheckpointHook {
        /** Called once after training (also after a divergence) with the side's scalars and series. */
        void record(Map<String, Double> scalars, Map<String, Series> series);
    }

    /** The standard run, with {@code extra} measurements taken from each side's trained network (may be null). */
    public static RunRecord train(RunConfig config, Set<Implementation> sides, NetworkSpec spec, Dataset train, MinibatchOrder order,
                                  TrainingProtocol protocol, int paritySteps, Measurements extra) {
        return trainProbed(config, sides, spec, train, order, protocol, paritySteps, null, extra);
    }

    /** The standard run, with a probe per side made by {@code probes} watching every checkpoint. */
    public static RunRecord trainProbed(RunConfig config, Set<Implementation> sides, NetworkSpec spec, Dataset train,
                                        MinibatchOrder order, TrainingProtocol protocol, int paritySteps, Supplier<Probe> probes) {
        return trainProbed(config, sides, spec, train, order, protocol, paritySteps, probes, null);
    }

    private static RunRecord trainProbed(RunConfig config, Set<Implementation> run, NetworkSpec spec, Dataset train, MinibatchOrder order,
                                         TrainingProtocol protocol, int paritySteps, Supplier<Probe> probes, Measurements extra) {
        long t0 = System.nanoTime();
        Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
        double[] coreInitial = null;
        for (Implementation impl : run) {
            long s0 = System.nanoTime();
            try {
                TwinNetwork net = impl == Implementation.CORE ? CoreTwin.initialise(spec) : Dl4jTwin.initialise(spec);
                double[] initial = net.parameters();
                if (impl == Implementation.CORE) coreInitial = initial;
                Probe probe = probes == null ? null : probes.get();
                TrainingLog log = protocol.run(net, probe);
                Map<String, Double> scalars = new LinkedHashMap<>();
                Map<String, Series> series = new LinkedHashMap<>(log.series());
                scalars.put("finalEvalAccuracy", log.finalEvalAccuracy());
                scalars.put("finalEvalLoss", log.finalEvalLoss());
                scalars.put("steps", (double) log.steps());
                if (probe != null) probe.record(scalars, series);
                if (extra != null && log.status() == RunStatus.FINISHED) extra.measure(net, initial, log, scalars, series);
                sides.put(impl, new SideRecord(log.status(), log.divergedAtStep(), null, scalars, series, seconds(s0)));
            } catch (RuntimeException | LinkageError e) {
                sides.put(impl, SideRecord.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), seconds(s0)));
            }
        }
        ParityRecord parity = null;
        if (paritySteps > 0 && coreInitial != null && run.contains(Implementation.DL4J)) {
            try {
                parity = ExactParity.check(spec, coreInitial, train, order, paritySteps);
            } catch (RuntimeException | LinkageError e) {
                parity = new ParityRecord(0, spec.precision().jsonName(), Double.NaN, Double.NaN, Double.NaN);
            }
        }
        return new RunRecord(config, sides, parity, seconds(t0));
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
