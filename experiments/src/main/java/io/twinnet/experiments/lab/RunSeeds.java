package io.twinnet.experiments.lab;

/**
 * The named random streams of one run, all derived from the run's seed here and nowhere else.
 *
 * <p>The derivation keeps the offsets the catalog has used since its first records, so that runs
 * stored before the lab existed and their verdicts stay comparable:
 * <pre>
 *   init       = s           the weights (each implementation's own initialiser, or the shared draw)
 *   subset     = 1000 + s    which training examples a run sees (class-stratified MNIST subsets)
 *   sharedSubset = 1000      a training subset that is the same for every seed (when seeds must differ only in init and order)
 *   evaluation = 2000        which test examples every run is evaluated on (the same for all seeds)
 *   order      = 3000 + s    the minibatch order
 *   data       = 5000 + s    synthetic inputs and targets
 *   probe      = 6000 + s    the inputs a probe looks at, and any other draw an experiment needs
 * </pre>
 * The streams are separate generators seeded with these values ({@link java.util.SplittableRandom}
 * or the core's {@code Rng}); as long as an experiment uses fewer than 1000 seeds per sweep the
 * values never collide across streams.
 *
 * @param run        the run's seed (1, 2, ... or {@code --first-seed K}, K+1, ...)
 * @param init       weight initialisation
 * @param subset     training subset
 * @param sharedSubset training subset shared by all seeds
 * @param evaluation evaluation subset
 * @param order      minibatch order
 * @param data       synthetic data
 * @param probe      probe inputs and other draws
 */
public record RunSeeds(long run, long init, long subset, long sharedSubset, long evaluation, long order, long data, long probe) {

    /** The streams of the run with seed {@code run}. */
    public static RunSeeds of(long run) {
        if (run < 1) throw new IllegalArgumentException("seed: must be at least 1, got " + run);
        return new RunSeeds(run, run, 1000 + run, 1000, 2000, 3000 + run, 5000 + run, 6000 + run);
    }
}
