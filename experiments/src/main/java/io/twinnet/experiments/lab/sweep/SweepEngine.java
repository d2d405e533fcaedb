package io.twinnet.experiments.lab.sweep;

import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunRecord;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a sweep's runs are computed: the one part of {@link SweepRunner} that is pluggable. The
 * runner plans (grids, resume, progress, claims, {@code results.json}); an engine executes the
 * runs it is given and hands each record back the moment it finishes. {@link LocalEngine} is a
 * thread pool in this JVM; others (Apache Spark, {@code --engine spark}) are found by name through
 * {@link SweepEngines}.
 *
 * <p>An engine computes each run with {@link RunAttempt#run}, so a run that throws comes back as a
 * failed record and the others go on. Records may come back in any order and from any thread,
 * but each planned run exactly once.
 */
public interface SweepEngine extends AutoCloseable {

    /** A short description for the console, e.g. {@code 2 thread(s)} or {@code spark local[2]}. */
    String description();

    /**
     * Computes every run of {@code runs} in {@code env} (its profile, data and implementations)
     * and calls {@code finished} once per run with its record, as each finishes; returns when all
     * have been handed back.
     *
     * @throws RuntimeException the first exception {@code finished} threw (the engine then stops
     *                          handing back records and cancels what is still running)
     */
    void execute(List<PlannedRun> runs, RunEnvironment env, Consumer<RunRecord> finished) throws InterruptedException;

    /** Releases the engine's threads or cluster connection. */
    @Override
    default void close() {
    }
}
