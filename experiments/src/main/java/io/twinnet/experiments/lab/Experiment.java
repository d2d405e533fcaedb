package io.twinnet.experiments.lab;

import java.util.List;

/**
 * An experiment, as its catalog file declares it: what to run and what would count as each claim
 * holding. The lab does everything else — crossing the grid with the seeds, running each pair on
 * every implementation with failure isolation and timing, exact parity, storing and resuming the
 * records, judging the claims and drawing the figures.
 *
 * <p>A catalog file implements this interface and carries {@code @AutoService(Experiment.class)};
 * the catalog finds it through {@link java.util.ServiceLoader}, with no other edit.
 *
 * @param <P> the experiment's grid point, a record
 */
public interface Experiment<P extends GridPoint> {

    /** The catalog id, e.g. {@code relu-init-range}. */
    String id();

    /** A one-line title. */
    String title();

    /** Where the phenomenon comes from: a seed document or a paper. */
    String source();

    /** Where the experiment stands in the catalog's listing (seeds first, in seed order; then papers). */
    int position();

    /** What is run in {@code profile}, in a short paragraph. */
    String setup(Profile profile);

    /** True when the trials read MNIST (the sweep then provisions it first). */
    default boolean usesMnist() {
        return true;
    }

    /** The grid points of {@code profile}, in the order the report lists them. */
    List<P> grid(Profile profile);

    /** How many seeds {@code profile} runs per point by default: the most any implementation runs. */
    int seeds(Profile profile);

    /**
     * How many of those seeds {@code implementation} runs by default, the first ones of the sweep (all of
     * them unless overridden; between 1 and {@link #seeds(Profile)}). An experiment spends its time budget
     * where a claim needs seeds: DL4J costs 10–60× the core per step at small minibatches, so a quick
     * profile may run the core on more seeds than DL4J, and then says so in its setup. An explicit
     * {@code --seeds} runs every seed on every implementation.
     */
    default int seeds(Profile profile, Implementation implementation) {
        return seeds(profile);
    }

    /**
     * The usual shape of such a budget: {@code experiment}'s own seed count, except {@code quickDl4jSeeds} for DL4J in the
     * quick profile (an experiment's {@link #seeds(Profile, Implementation)} returns this).
     */
    static int fewerDl4jSeedsWhenQuick(Experiment<?> experiment, Profile profile, Implementation implementation, int quickDl4jSeeds) {
        return profile == Profile.QUICK && implementation == Implementation.DL4J ? quickDl4jSeeds : experiment.seeds(profile);
    }

    /** What one run of {@code point} with {@code seeds} does, reading data from {@code env}. */
    Trial trial(P point, RunSeeds seeds, RunEnvironment env);

    /** The claims, in the order the report shows them. */
    List<Claim<P>> claims();

    /**
     * The per-seed outcomes whose distributions the core and DL4J should share, configuration by
     * configuration, with their equivalence margins (statistical parity); by default final evaluation loss
     * (±5 %) and accuracy (±0.02). An experiment adds its own, or returns none when its runs do not train.
     */
    default List<OutcomeMetric> outcomes() {
        return OutcomeMetric.TRAINING_DEFAULTS;
    }

    /** The figures the report draws for this experiment. */
    default List<Figure<P>> figures() {
        return List.of();
    }

    /** The heat maps the report draws for this experiment (a two-parameter scan), after its figures. */
    default List<HeatMapFigure<P>> heatMaps() {
        return List.of();
    }
}
