package io.twinnet.core.init;

import java.util.SplittableRandom;

/**
 * The core's seeded random-number generator. Uniform draws come from
 * {@link SplittableRandom#nextDouble()} (53 random bits, in [0, 1)); normal draws use a
 * hand-written Box–Muller transform evaluated with {@link StrictMath}, so the numbers depend
 * only on the seed and never on the JDK's own Gaussian sampler or on platform math intrinsics.
 *
 * <p>Box–Muller (Box &amp; Muller 1958): for independent u₁, u₂ ~ U[0, 1),
 * r = √(−2 ln(1 − u₁)), θ = 2π u₂, the pair (r cos θ, r sin θ) is two independent N(0, 1)
 * draws. Both are used: odd calls return the cosine branch, even calls the sine branch.
 *
 * <p>Not thread-safe; one generator per consumer.
 */
public final class Rng {
    private final SplittableRandom random;
    private double spare;
    private boolean hasSpare;

    public Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A uniform draw from [0, 1). */
    public double nextDouble() {
        return random.nextDouble();
    }

    /** A uniform draw from [lower, upper): lower + (upper − lower)·u. */
    public double nextUniform(double lower, double upper) {
        return lower + (upper - lower) * random.nextDouble();
    }

    /** A standard normal draw (Box–Muller, see the class comment). */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        double r = StrictMath.sqrt(-2.0 * StrictMath.log(1.0 - u1));
        double theta = 2.0 * StrictMath.PI * u2;
        spare = r * StrictMath.sin(theta);
        hasSpare = true;
        return r * StrictMath.cos(theta);
    }

    /** A normal draw with the given mean and standard deviation: mean + std·N(0, 1). */
    public double nextGaussian(double mean, double std) {
        return mean + std * nextGaussian();
    }

    /**
     * The seed of one layer's generator, derived from a network seed so that each layer draws from
     * its own stream (changing layer 3 does not change layer 1's weights). The mixing function is
     * the SplitMix64 finaliser (Steele, Lea &amp; Flood 2014) applied to
     * {@code seed + (layerIndex + 1)·0x9E3779B97F4A7C15}, written out here so it never changes.
     */
    public static long layerSeed(long seed, int layerIndex) {
        long z = seed + (layerIndex + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
