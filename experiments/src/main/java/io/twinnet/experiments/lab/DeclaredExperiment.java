package io.twinnet.experiments.lab;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lab's side of an {@link Experiment} declaration: the grid crossed with the seeds, each run
 * a {@link Trial} executed by {@link TrialRunner}, and the claims judged on the typed runs of each
 * implementation. This is what the sweep runs, stores and resumes.
 *
 * <p>Grid order: seed by seed, and within a seed the points in declared order. A stored record is
 * matched back to its typed point by the point's id, so claims never parse parameters.
 */
public final class DeclaredExperiment<P extends GridPoint> implements RunnableExperiment {
    private static final TypeReference<LinkedHashMap<String, Object>> PARAMS = new TypeReference<>() {
    };
    private final Experiment<P> declaration;

    public DeclaredExperiment(Experiment<P> declaration) {
        if (declaration == null) throw new IllegalArgumentException("declaration: is missing");
        this.declaration = declaration;
    }

    public Experiment<P> declaration() {
        return declaration;
    }

    @Override
    public String id() {
        return declaration.id();
    }

    @Override
    public String title() {
        return declaration.title();
    }

    @Override
    public String source() {
        return declaration.source();
    }

    /** The declaration's setup, plus a sentence naming the implementations that run fewer seeds than the others. */
    @Override
    public String setup(Profile profile) {
        StringBuilder out = new StringBuilder(declaration.setup(profile));
        int all = declaration.seeds(profile);
        for (Implementation impl : Implementation.values()) {
            int n = seeds(profile, impl);
            if (n < all) {
                String who = impl.display();
                out.append(" ").append(Character.toUpperCase(who.charAt(0))).append(who.substring(1)).append(" runs ").append(n == 1 ? "only the first" : "the first " + n).append(" of the ").append(all)
                        .append(" seeds (its time budget in the ").append(profile.label()).append(" profile; --seeds N runs N on both).");
            }
        }
        return out.toString();
    }

    @Override
    public int seeds(Profile profile, Implementation implementation) {
        int all = declaration.seeds(profile);
        int n = declaration.seeds(profile, implementation);
        if (n < 1 || n > all) {
            throw new IllegalStateException(id() + ": " + implementation.label() + " runs " + n + " seeds in the " + profile.label()
                    + " profile; it must run between 1 and the experiment's " + all);
        }
        return n;
    }

    @Override
    public boolean usesMnist() {
        return declaration.usesMnist();
    }

    @Override
    public List<ClaimSpec> claims() {
        return declaration.claims().stream().map(Claim::spec).toList();
    }

    @Override
    public List<RunConfig> configurations(Profile profile, int seeds, int firstSeed) {
        if (firstSeed < 1) throw new IllegalArgumentException("firstSeed: must be at least 1, got " + firstSeed);
        int n = seeds > 0 ? seeds : declaration.seeds(profile);
        List<P> grid = grid(profile);
        List<RunConfig> out = new ArrayList<>();
        for (int seed = firstSeed; seed < firstSeed + n; seed++) {
            for (P point : grid) out.add(new RunConfig(id(), point.id(), seed, Json.mapper().convertValue(point, PARAMS)));
        }
        return out;
    }

    /** The grid of {@code profile}, checked for unique ids. */
    private List<P> grid(Profile profile) {
        List<P> grid = declaration.grid(profile);
        Map<String, P> seen = new LinkedHashMap<>();
        for (P p : grid) {
            if (seen.put(p.id(), p) != null) throw new IllegalStateException(id() + ": two grid points share the id '" + p.id() + "'");
        }
        return grid;
    }

    @Override
    public List<FigureDeclaration> figures(Profile profile) {
        List<P> grid = grid(profile);
        List<FigureDeclaration> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<FigureDeclaration> declared = new ArrayList<>();
        for (Figure<P> f : declaration.figures()) declared.add(FigureDeclaration.of(f, grid));
        for (HeatMapFigure<P> h : declaration.heatMaps()) declared.add(FigureDeclaration.of(h, grid));
        for (FigureDeclaration d : declared) {
            if (!ids.add(d.id())) throw new IllegalStateException(id() + ": two figures share the id '" + d.id() + "'");
            out.add(d);
        }
        return List.copyOf(out);
    }

    /** The point of {@code profile}'s grid with id {@code config}. */
    public P point(Profile profile, String config) {
        return grid(profile).stream().filter(p -> p.id().equals(config)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id() + ": no configuration '" + config + "' in the " + profile.label() + " grid"));
    }

    /** The trial of one configuration × seed. */
    public Trial trial(RunConfig config, RunEnvironment env) {
        return declaration.trial(point(env.profile(), config.config()), RunSeeds.of(config.seed()), env);
    }

    /**
     * The network, training set and minibatch order a configuration trains in the environment's profile, when
     * its trial is a {@link TrainingTrial} (what {@code twinnet export} writes out); empty for other trials.
     */
    public Optional<TrainingSetup> trainingSetup(RunConfig config, RunEnvironment env) {
        if (!(trial(config, env) instanceof TrainingTrial t)) return Optional.empty();
        return Optional.of(new TrainingSetup(t.spec().withPrecision(env.precision()), t.train(), t.order(), t.data()));
    }

    /**
     * Runs a stored run again from its own record: the point with the record's configuration id in the
     * environment's profile, the record's named seeds, on the implementations the record ran (the others keep
     * their stored not-run side), in the environment's precision, with DL4J from the core's initial parameters when
     * the record was of a shared-init run (it holds a trajectory) or the environment asks for it. The replay carries the spec and data identity its trial has now, so a diff
     * against {@code stored} shows whether the run was rebuilt as recorded.
     */
    public RunRecord replay(RunRecord stored, RunEnvironment env) {
        RunSeeds seeds = stored.seeds() != null ? stored.seeds() : RunSeeds.of(stored.config().seed());
        Trial trial = declaration.trial(point(env.profile(), stored.config().config()), seeds, env);
        java.util.Set<Implementation> ran = java.util.EnumSet.noneOf(Implementation.class);
        stored.sides().forEach((impl, side) -> {
            if (side.status() != RunStatus.NOT_RUN && env.implementations().contains(impl)) ran.add(impl);
        });
        RunRecord replayed = TrialRunner.run(stored.config(), seeds, trial, ran, env.precision(), env.sharedInit() || stored.trajectory() != null);
        Map<Implementation, SideRecord> sides = new EnumMap<>(replayed.sides());
        stored.sides().forEach(sides::putIfAbsent);
        return new RunRecord(stored.config(), replayed.spec(), replayed.seeds(), replayed.data(), sides, replayed.parity(),
                replayed.trajectory(), replayed.seconds());
    }

    @Override
    public RunRecord run(RunConfig config, RunEnvironment env) {
        return TrialRunner.run(config, RunSeeds.of(config.seed()), trial(config, env), env.implementations(), env.precision(), env.sharedInit());
    }

    @Override
    public List<OutcomeMetric> outcomes() {
        return declaration.outcomes();
    }

    @Override
    public List<ClaimResult> evaluate(List<RunRecord> runs, Profile profile) {
        Map<String, P> points = new LinkedHashMap<>();
        for (P p : grid(profile)) points.put(p.id(), p);
        Map<Implementation, RunTable<P>> tables = new EnumMap<>(Implementation.class);
        for (Implementation impl : Implementation.values()) {
            List<Run<P>> list = new ArrayList<>();
            for (RunRecord r : runs) {
                P p = points.get(r.config().config());
                SideRecord side = r.sides().get(impl);
                // a side the sweep did not run (--impl, or a seed beyond its budget) is not a run of this implementation
                if (p != null && side != null && side.status() != RunStatus.NOT_RUN) list.add(new Run<>(p, r.config().seed(), side));
            }
            tables.put(impl, new RunTable<>(impl, list));
        }
        List<ClaimResult> out = new ArrayList<>();
        for (Claim<P> claim : declaration.claims()) {
            out.add(ClaimResult.of(claim.spec(), judge(claim, tables.get(Implementation.CORE)), judge(claim, tables.get(Implementation.DL4J))));
        }
        return out;
    }

    /** The claim's verdict; a rule that throws (e.g. on a grid cut down by --configs) is inconclusive with the error. */
    private static <P extends GridPoint> Judgement judge(Claim<P> claim, RunTable<P> runs) {
        try {
            return claim.rule().judge(runs);
        } catch (RuntimeException e) {
            return Judgement.inconclusive("the rule could not be evaluated on these runs: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
