package io.twinnet.experiments.runner;

import io.twinnet.experiments.results.ExperimentResult;
import io.twinnet.experiments.results.ResultsDocument;
import io.twinnet.experiments.results.ResultsStore;
import io.twinnet.experiments.results.RunManifest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs experiments' grids on a fixed pool of threads, writes each finished run to the store at
 * once, skips runs the store already holds (resume), then evaluates each experiment's claims and
 * writes {@code results.json}.
 *
 * <p>Results do not depend on the thread count: every run depends only on its configuration and
 * the shared read-only data, records are collected in grid order, and claims are evaluated on the
 * complete, ordered list. A run that throws is recorded as {@link RunStatus#FAILED} for both sides
 * and the sweep goes on.
 */
public final class SweepRunner {
    private final ResultsStore store;
    private final RunEnvironment environment;
    private final int threads;
    private final ProgressListener progress;

    public SweepRunner(ResultsStore store, RunEnvironment environment, int threads, ProgressListener progress) {
        if (threads < 1) throw new IllegalArgumentException("threads: must be at least 1, got " + threads);
        this.store = store;
        this.environment = environment;
        this.threads = threads;
        this.progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** Runs (or resumes) the sweep described by {@code manifest} over {@code experiments}, returning the final document. */
    public ResultsDocument run(RunManifest manifest, List<Experiment> experiments) throws InterruptedException {
        Profile profile = Profile.parse(manifest.profile());
        Map<Experiment, List<RunConfig>> grids = new LinkedHashMap<>();
        int total = 0;
        int done = 0;
        for (Experiment e : experiments) {
            List<RunConfig> grid = e.configurations(profile, manifest.seeds());
            grids.put(e, grid);
            total += grid.size();
            for (RunConfig c : grid) {
                if (store.readRecord(c).isPresent()) done++;
            }
        }
        progress.sweepStarted(total, done);

        List<ExperimentResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "twinnet-run");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Map.Entry<Experiment, List<RunConfig>> entry : grids.entrySet()) {
                Experiment experiment = entry.getKey();
                List<RunConfig> grid = entry.getValue();
                List<RunRecord> records = runGrid(experiment, grid, pool);
                List<ClaimResult> claims = experiment.evaluate(records, profile);
                results.add(new ExperimentResult(experiment.id(), experiment.title(), experiment.source(),
                        experiment.setup(profile), claims, grid, records, worstParity(records)));
                progress.experimentFinished(experiment.id(), claims);
                store.writeResults(document(manifest, results, false));
            }
        } finally {
            pool.shutdownNow();
        }
        ResultsDocument doc = document(manifest, results, true);
        store.writeResults(doc);
        return doc;
    }

    private List<RunRecord> runGrid(Experiment experiment, List<RunConfig> grid, ExecutorService pool)
            throws InterruptedException {
        RunRecord[] records = new RunRecord[grid.size()];
        List<Future<RunRecord>> futures = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        int loaded = 0;
        for (int i = 0; i < grid.size(); i++) {
            Optional<RunRecord> stored = store.readRecord(grid.get(i));
            if (stored.isPresent()) {
                records[i] = stored.get();
                loaded++;
            }
        }
        progress.experimentStarted(experiment.id(), grid.size(), loaded);
        for (int i = 0; i < grid.size(); i++) {
            if (records[i] != null) continue;
            RunConfig config = grid.get(i);
            futures.add(pool.submit(() -> {
                RunRecord r = runSafely(experiment, config);
                store.writeRecord(r);
                progress.runFinished(r);
                return r;
            }));
            slots.add(i);
        }
        for (int k = 0; k < futures.size(); k++) {
            try {
                records[slots.get(k)] = futures.get(k).get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("could not store a run of " + experiment.id() + ": " + e.getCause().getMessage(), e.getCause());
            }
        }
        return List.of(records);
    }

    private RunRecord runSafely(Experiment experiment, RunConfig config) {
        long t0 = System.nanoTime();
        try {
            return experiment.run(config, environment);
        } catch (Exception | LinkageError | AssertionError | OutOfMemoryError | StackOverflowError e) {
            double s = (System.nanoTime() - t0) / 1e9;
            String msg = e.getClass().getSimpleName() + ": " + e.getMessage();
            Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
            for (Implementation impl : Implementation.values()) sides.put(impl, SideRecord.failed(msg, s));
            return new RunRecord(config, sides, null, s);
        }
    }

    private static double worstParity(List<RunRecord> records) {
        double worst = Double.NaN;
        for (RunRecord r : records) {
            if (r.parity() != null) {
                double d = r.parity().maxRelDiff();
                if (Double.isNaN(worst) || !(d <= worst)) worst = d;
            }
        }
        return worst;
    }

    private static ResultsDocument document(RunManifest manifest, List<ExperimentResult> results, boolean complete) {
        return new ResultsDocument("twinnet-results", ResultsStore.SCHEMA_VERSION, manifest, Instant.now().toString(),
                complete, List.copyOf(results));
    }
}
