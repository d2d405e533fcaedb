package io.twinnet.experiments.lab.sweep;

import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.SideRecord;
import java.util.EnumMap;
import java.util.Map;

/** One run as every engine computes it: a run that throws is a record with every side {@link RunStatus#FAILED}. */
public final class RunAttempt {
    private RunAttempt() {
    }

    /**
     * The record of {@code config} of {@code experiment} in {@code env}; never throws for a failing
     * run: the error's class and message become each side's failure (with the time it took).
     */
    public static RunRecord run(RunnableExperiment experiment, RunConfig config, RunEnvironment env) {
        long t0 = System.nanoTime();
        try {
            return experiment.run(config, env);
        } catch (Exception | LinkageError | AssertionError | OutOfMemoryError | StackOverflowError e) {
            double s = (System.nanoTime() - t0) / 1e9;
            String msg = e.getClass().getSimpleName() + ": " + e.getMessage();
            Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
            for (Implementation impl : env.implementations()) sides.put(impl, SideRecord.failed(msg, s));
            return new RunRecord(config, sides, null, s);
        }
    }
}
