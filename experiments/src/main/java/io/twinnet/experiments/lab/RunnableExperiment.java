package io.twinnet.experiments.lab;


import java.util.List;

/**
 * What the sweep, the store and the CLI see of an experiment; its one implementation is
 * {@link DeclaredExperiment}, the lab's side of an {@link Experiment} declaration. One entry of the catalog: a phenomenon from a seed document, reproduced on the core and on
 * DL4J with identical seeds and data order.
 *
 * <p>An experiment is a grid of configurations × seeds ({@link #configurations}); the runner
 * calls {@link #run} once for each, possibly in parallel and in any order, so {@code run} must
 * depend only on its {@link RunConfig} and the environment's data. After all runs,
 * {@link #evaluate} turns the records into a verdict per claim per implementation, using only
 * the records (so a resumed sweep reaches the same verdicts).
 */
public interface RunnableExperiment {

    /** The catalog id, e.g. {@code relu-init-range}. */
    String id();

    /** A one-line title. */
    String title();

    /** Where the phenomenon comes from: a seed document id or a paper. */
    String source();

    /** What is run, in a short paragraph (stated per profile where they differ). */
    String setup(Profile profile);

    /** True when the runs read MNIST (the runner then provisions it before the sweep starts). */
    default boolean usesMnist() {
        return true;
    }

    /** The claims, in the order the report shows them. */
    List<ClaimSpec> claims();

    /** The grid for a profile; {@code seeds} overrides the profile's seed count when positive. */
    default List<RunConfig> configurations(Profile profile, int seeds) {
        return configurations(profile, seeds, 1);
    }

    /** The grid for a profile with run seeds {@code firstSeed}, {@code firstSeed + 1}, …; {@code seeds} overrides the count when positive. */
    List<RunConfig> configurations(Profile profile, int seeds, int firstSeed);

    /**
     * How many of the default seeds {@code implementation} runs in {@code profile}, the first ones of the
     * sweep; see {@link Experiment#seeds(Profile, Implementation)}. All of them by default.
     */
    default int seeds(Profile profile, Implementation implementation) {
        return Integer.MAX_VALUE;
    }

    /** Runs one configuration × seed on both implementations. Must not throw for a diverging run. */
    RunRecord run(RunConfig config, RunEnvironment env) throws Exception;

    /**
     * The figures the report draws for this experiment in {@code profile}, resolved against that
     * profile's grid; none by default (the report then draws every recorded curve as it finds it).
     */
    default List<FigureDeclaration> figures(Profile profile) {
        return List.of();
    }

    /** The outcomes compared between core and DL4J over seeds; see {@link Experiment#outcomes()}. */
    default List<OutcomeMetric> outcomes() {
        return OutcomeMetric.TRAINING_DEFAULTS;
    }

    /** One result per claim, in the order of {@link #claims()}. */
    List<ClaimResult> evaluate(List<RunRecord> runs, Profile profile);
}
