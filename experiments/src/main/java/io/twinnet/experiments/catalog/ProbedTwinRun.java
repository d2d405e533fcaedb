package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.experiments.runner.Implementation;
import io.twinnet.experiments.runner.ParityRecord;
import io.twinnet.experiments.runner.RunConfig;
import io.twinnet.experiments.runner.RunRecord;
import io.twinnet.experiments.runner.Series;
import io.twinnet.experiments.runner.SideRecord;
import io.twinnet.experiments.twin.CoreTwin;
import io.twinnet.experiments.twin.Dl4jTwin;
import io.twinnet.experiments.twin.ExactParity;
import io.twinnet.experiments.twin.TrainingLog;
import io.twinnet.experiments.twin.TrainingProtocol;
import io.twinnet.experiments.twin.TwinNetwork;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The standard twin training run ({@code TwinRun.train}: each side draws its own initial parameters
 * and trains on the shared minibatch order, then exact parity on the first minibatches), with a
 * probe that looks at each side's network at every checkpoint and adds what it saw to that side's
 * record. A fresh probe is made per side, so the two sides never share state.
 */
final class ProbedTwinRun {
    private ProbedTwinRun() {
    }

    /** Looks at the network at every checkpoint, then writes its findings into the side's record. */
    interface Probe extends TrainingProtocol.CheckpointHook {
        /** Called once after training (also after a divergence) with the side's scalars and series. */
        void record(Map<String, Double> scalars, Map<String, Series> series);
    }

    static RunRecord train(RunConfig config, NetworkSpec spec, Dataset train, MinibatchOrder order, TrainingProtocol protocol,
                           int paritySteps, Supplier<Probe> probes) {
        long t0 = System.nanoTime();
        Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
        double[] coreInitial = null;
        for (Implementation impl : Implementation.values()) {
            long s0 = System.nanoTime();
            try {
                TwinNetwork net = impl == Implementation.CORE ? CoreTwin.initialise(spec) : Dl4jTwin.initialise(spec);
                if (impl == Implementation.CORE) coreInitial = net.parameters();
                Probe probe = probes.get();
                TrainingLog log = protocol.run(net, probe);
                Map<String, Double> scalars = new LinkedHashMap<>();
                Map<String, Series> series = new LinkedHashMap<>(log.series());
                scalars.put("finalEvalAccuracy", log.finalEvalAccuracy());
                scalars.put("finalEvalLoss", log.finalEvalLoss());
                scalars.put("steps", (double) log.steps());
                probe.record(scalars, series);
                sides.put(impl, new SideRecord(log.status(), log.divergedAtStep(), null, scalars, series, seconds(s0)));
            } catch (RuntimeException | LinkageError e) {
                sides.put(impl, SideRecord.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), seconds(s0)));
            }
        }
        ParityRecord parity = null;
        if (paritySteps > 0 && coreInitial != null) {
            try {
                parity = ExactParity.check(spec, coreInitial, train, order, paritySteps);
            } catch (RuntimeException | LinkageError e) {
                parity = new ParityRecord(0, spec.precision().jsonName(), Double.NaN, Double.NaN, Double.NaN);
            }
        }
        return new RunRecord(config, sides, parity, seconds(t0));
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
