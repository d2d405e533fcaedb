package io.twinnet.dl4j.inits;

import io.twinnet.core.init.Rng;

/**
 * The one place where the seeds of the init checks are made. Every check of a run, and within a check every
 * sampler and every whole layer, draws from its own stream, all derived from the run's seed, so that no two
 * checks share underlying numbers (before this, every uniform scheme on every large geometry was the same
 * 10,000 uniforms rescaled, and its 14 KS statistics were identical).
 *
 * <p>The mix is the SplitMix64 finaliser (Steele, Lea &amp; Flood 2014, "Fast splittable pseudorandom number
 * generators"), written out once in the core as {@link Rng#layerSeed}: {@code mix(s, i)} is the finaliser of
 * {@code s + (i + 1)·0x9E3779B97F4A7C15}. From the run seed {@code r}:
 * <pre>
 * check seed     c = mix(r, ordinal)          ordinal = initIndex · geometryCount + geometryIndex (see below)
 * control seed   c = mix(r, −(k + 1))         for the k-th control (negative ordinals are never checks)
 * sampler seed   s = mix(c, 0) core, mix(c, 1) DL4J, mix(c, 2) the KS test's own generator
 * layer seed         mix(s, j)                for the j-th whole layer of a sample
 * </pre>
 * The ordinal is a check's cell in the grid of the inits and geometries it is run over, in their list order
 * ({@link InitDistributionChecker#defaultInits()}, {@link InitDistributionChecker#defaultGeometries()} by
 * default); pairs that are skipped (identity on a non-square layer) keep their cell, so skipping never shifts
 * another check's stream. Names play no part: renaming a scheme or a geometry changes no draw; inserting one
 * into a list renumbers the cells after it.
 */
public final class CheckSeeds {
    /** Stream index of the core's sampler within a check. */
    public static final int CORE = 0;
    /** Stream index of DL4J's sampler (or whichever second sampler the checker holds) within a check. */
    public static final int DL4J = 1;
    /** Stream index of the generator the KS test uses to break ties. */
    public static final int KS = 2;

    private CheckSeeds() {
    }

    /** The seed of the check in cell {@code ordinal} (≥ 0) of a run seeded with {@code runSeed}. */
    public static long check(long runSeed, int ordinal) {
        if (ordinal < 0) throw new IllegalArgumentException("ordinal: must be >= 0, got " + ordinal);
        return mix(runSeed, ordinal);
    }

    /** The seed of the {@code k}-th (≥ 0) control of a run seeded with {@code runSeed}. */
    public static long control(long runSeed, int k) {
        if (k < 0) throw new IllegalArgumentException("k: must be >= 0, got " + k);
        return mix(runSeed, -(k + 1));
    }

    /** The seed of stream {@code stream} ({@link #CORE}, {@link #DL4J}, {@link #KS}) of a check seeded {@code checkSeed}. */
    public static long stream(long checkSeed, int stream) {
        if (stream < CORE || stream > KS) throw new IllegalArgumentException("stream: must be 0, 1 or 2, got " + stream);
        return mix(checkSeed, stream);
    }

    /** The seed of the {@code j}-th whole layer drawn from a sampler stream seeded {@code streamSeed}. */
    public static long layer(long streamSeed, int j) {
        if (j < 0) throw new IllegalArgumentException("j: must be >= 0, got " + j);
        return mix(streamSeed, j);
    }

    private static long mix(long seed, int index) {
        return Rng.layerSeed(seed, index);
    }
}
