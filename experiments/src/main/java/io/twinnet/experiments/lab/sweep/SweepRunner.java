package io.twinnet.experiments.lab.sweep;

import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.ClaimSpec;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Judgement;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Verdict;

import io.twinnet.experiments.lab.parity.StatisticalParity;
import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.RunManifest;
import io.twinnet.experiments.lab.store.RunNotStoredException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans and finishes a sweep: crosses experiments' grids with the seeds, skips runs the store
 * already holds (resume), hands the others to a {@link SweepEngine}, writes each record to the
 * store the moment the engine hands it back, then evaluates each experiment's claims and writes
 * {@code results.json}.
 *
 * <p>Results do not depend on the engine or its parallelism: every run depends only on its
 * configuration and the shared read-only data, records are collected in grid order, and claims
 * are evaluated on the complete, ordered list. A run that throws is recorded as
 * {@link RunStatus#FAILED} for both sides (by {@link RunAttempt}) and the sweep goes on. A run that
 * cannot be stored (a full disk, a read-only directory) stops the sweep with a
 * {@link RunNotStoredException} naming it; what was stored before stays as it was.
 */
public final class SweepRunner {
    private final ResultsStore store;
    private final RunEnvironment environment;
    private final SweepEngine engine;
    private final ProgressListener progress;

    /** A runner on a {@link LocalEngine} of {@code threads} threads, closed when {@link #run} returns. */
    public SweepRunner(ResultsStore store, RunEnvironment environment, int threads, ProgressListener progress) {
        this(store, environment, new LocalEngine(threads), progress);
    }

    /** A runner on {@code engine}, which {@link #run} closes when it returns. */
    public SweepRunner(ResultsStore store, RunEnvironment environment, SweepEngine engine, ProgressListener progress) {
        if (engine == null) throw new IllegalArgumentException("engine: is missing");
        this.store = store;
        this.environment = environment;
        this.engine = engine;
        this.progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** Runs (or resumes) the sweep described by {@code manifest} over {@code experiments}, returning the final document. */
    public ResultsDocument run(RunManifest manifest, List<RunnableExperiment> experiments) throws InterruptedException {
        Profile profile = Profile.parse(manifest.profile());
        Map<RunnableExperiment, List<PlannedRun>> grids = new LinkedHashMap<>();
        int total = 0;
        int done = 0;
        for (RunnableExperiment e : experiments) {
            List<PlannedRun> grid = planned(e, selected(e.configurations(profile, manifest.seeds(), manifest.firstRunSeed()), manifest.configFilter()),
                    profile, manifest);
            grids.put(e, grid);
            total += grid.size();
            for (PlannedRun r : grid) {
                if (store.readRecord(r.config()).isPresent()) done++;
            }
        }
        progress.sweepStarted(total, done);

        List<ExperimentResult> results = new ArrayList<>();
        try (engine) {
            for (Map.Entry<RunnableExperiment, List<PlannedRun>> entry : grids.entrySet()) {
                RunnableExperiment experiment = entry.getKey();
                List<RunConfig> grid = entry.getValue().stream().map(PlannedRun::config).toList();
                List<RunRecord> records = runGrid(experiment, entry.getValue(), profile);
                List<ClaimResult> claims = restricted(evaluateSafely(experiment, records, profile));
                results.add(new ExperimentResult(experiment.id(), experiment.title(), experiment.source(),
                        experiment.setup(profile), claims, grid, records, worstParity(records), experiment.figures(profile), null,
                        StatisticalParity.compare(records, experiment.outcomes())));
                progress.experimentFinished(experiment.id(), claims);
                store.writeResults(document(manifest, results, false));
            }
        }
        ResultsDocument doc = document(manifest, results, true);
        store.writeResults(doc);
        return doc;
    }

    /** The configurations whose id contains a match of {@code filter} (all when it is null or blank). */
    static List<RunConfig> selected(List<RunConfig> grid, String filter) {
        if (filter == null || filter.isBlank()) return grid;
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(filter);
        return grid.stream().filter(c -> p.matcher(c.config()).find()).toList();
    }

    /**
     * The runs of {@code grid}, each on the sweep's implementations less those whose seed budget
     * ({@link RunnableExperiment#seeds(Profile, Implementation)}) ends before its seed; an explicit seed count
     * in the manifest runs every seed everywhere. A configuration no implementation runs is left out.
     */
    private List<PlannedRun> planned(RunnableExperiment experiment, List<RunConfig> grid, Profile profile, RunManifest manifest) {
        List<PlannedRun> out = new ArrayList<>();
        for (RunConfig c : grid) {
            EnumSet<Implementation> sides = EnumSet.copyOf(environment.implementations());
            if (manifest.seeds() <= 0) {
                long index = c.seed() - manifest.firstRunSeed();
                sides.removeIf(impl -> index >= experiment.seeds(profile, impl));
            }
            if (!sides.isEmpty()) out.add(new PlannedRun(experiment, c, sides));
        }
        return out;
    }

    private List<RunRecord> runGrid(RunnableExperiment experiment, List<PlannedRun> grid, Profile profile) throws InterruptedException {
        RunRecord[] records = new RunRecord[grid.size()];
        Map<String, Integer> slots = new HashMap<>();
        List<PlannedRun> pending = new ArrayList<>();
        int loaded = 0;
        for (int i = 0; i < grid.size(); i++) {
            Optional<RunRecord> stored = store.readRecord(grid.get(i).config());
            if (stored.isPresent()) {
                records[i] = stored.get();
                loaded++;
            } else {
                slots.put(grid.get(i).config().key(), i);
                pending.add(grid.get(i));
            }
        }
        progress.experimentStarted(experiment.id(), grid.size(), loaded);
        try {
            engine.execute(pending, environment, computed -> {
                Integer slot = slots.get(computed.config().key());
                if (slot == null) throw new IllegalStateException("the engine handed back a run that was not planned: " + computed.config().key());
                RunRecord r = withNotRunSides(computed, grid.get(slot), profile);
                synchronized (records) {
                    if (records[slot] != null) throw new IllegalStateException("the engine handed back " + r.config().key() + " twice");
                    records[slot] = r;
                }
                store.writeRecord(r);
                progress.runFinished(r);
            });
        } catch (RunNotStoredException notStored) {
            throw notStored;
        } catch (RuntimeException e) {
            throw new IllegalStateException("the sweep stopped in " + experiment.id() + ": " + e.getMessage(), e);
        }
        synchronized (records) {
            for (int i = 0; i < records.length; i++) {
                if (records[i] == null) throw new IllegalStateException("the engine did not hand back " + experiment.id() + "/" + grid.get(i).config().key());
            }
            return List.of(records);
        }
    }

    /**
     * The experiment's claims; when its rules throw (e.g. on a grid cut down by a configuration
     * filter), every claim is inconclusive with the error as evidence, so the stored runs still
     * reach results.json.
     */
    private static List<ClaimResult> evaluateSafely(RunnableExperiment experiment, List<RunRecord> records, Profile profile) {
        try {
            return experiment.evaluate(records, profile);
        } catch (RuntimeException e) {
            String why = "the claim rules could not be evaluated on these runs: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            List<ClaimResult> out = new ArrayList<>();
            for (ClaimSpec c : experiment.claims()) {
                out.add(ClaimResult.of(c, Judgement.inconclusive(why), Judgement.inconclusive(why)));
            }
            return out;
        }
    }

    /** Why an implementation has no measurements in this sweep. */
    private String notRunReason() {
        String ran = environment.implementations().stream().map(Implementation::label).collect(java.util.stream.Collectors.joining(", "));
        return "not run: this sweep ran only " + ran + " (twinnet run --impl)";
    }

    /**
     * Fills in a not-run side for every implementation that did not compute {@code record}, so every record
     * names both: outside the sweep's set (--impl), or beyond the implementation's seed budget.
     */
    private RunRecord withNotRunSides(RunRecord record, PlannedRun planned, Profile profile) {
        if (record.sides().keySet().containsAll(EnumSet.allOf(Implementation.class))) return record;
        Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
        sides.putAll(record.sides());
        for (Implementation impl : Implementation.values()) {
            if (sides.containsKey(impl)) continue;
            sides.put(impl, SideRecord.notRun(environment.implementations().contains(impl) ? beyondBudget(planned, impl, profile) : notRunReason()));
        }
        return new RunRecord(record.config(), record.spec(), record.seeds(), record.data(), sides, record.parity(), record.trajectory(),
                record.seconds());
    }

    private static String beyondBudget(PlannedRun planned, Implementation impl, Profile profile) {
        int n = planned.experiment().seeds(profile, impl);
        return "not run: " + impl.label() + " runs " + (n == 1 ? "only the first seed" : "the first " + n + " seeds") + " of the " + profile.label()
                + " profile (its time budget; --seeds N runs N everywhere)";
    }

    /** The claims with {@link Verdict#NOT_RUN} for the implementations this sweep did not run. */
    private List<ClaimResult> restricted(List<ClaimResult> claims) {
        if (environment.implementations().containsAll(EnumSet.allOf(Implementation.class))) return claims;
        List<ClaimResult> out = new ArrayList<>();
        for (ClaimResult c : claims) out.add(c.restrictedTo(environment.implementations(), notRunReason()));
        return out;
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
                complete, ExperimentResult.judgedAcrossSweep(results));
    }
}
