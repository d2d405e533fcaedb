package io.twinnet.experiments.lab.sweep;

import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.RunRecord;

/** Told by the {@link SweepRunner} as runs start and finish (from worker threads). */
public interface ProgressListener {

    /** A sweep of {@code total} runs begins, of which {@code alreadyDone} were loaded from a previous attempt. */
    default void sweepStarted(int total, int alreadyDone) {
    }

    /** Experiment {@code id} has {@code total} runs, {@code alreadyDone} of them loaded. */
    default void experimentStarted(String id, int total, int alreadyDone) {
    }

    /** One run finished (computed, not loaded). */
    default void runFinished(RunRecord record) {
    }

    /** An experiment's runs are all done and its claims evaluated. */
    default void experimentFinished(String id, java.util.List<ClaimResult> claims) {
    }

    ProgressListener NONE = new ProgressListener() {
    };
}
