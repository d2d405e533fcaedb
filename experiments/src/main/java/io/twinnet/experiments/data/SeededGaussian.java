package io.twinnet.experiments.data;

import java.util.SplittableRandom;

/**
 * Standard normal draws from a {@link SplittableRandom} by the Box–Muller transform
 * (Box and Muller 1958): with {@code u1, u2} uniform in [0, 1),
 * {@code z1 = sqrt(-2 ln(1 - u1)) cos(2π u2)} and {@code z2 = sqrt(-2 ln(1 - u1)) sin(2π u2)}
 * are independent N(0, 1). Written out rather than using {@code nextGaussian()} so the
 * sequence depends only on the seed, not on the JDK's choice of algorithm.
 */
final class SeededGaussian {
    private final SplittableRandom rng;
    private double spare;
    private boolean hasSpare;

    SeededGaussian(SplittableRandom rng) {
        this.rng = rng;
    }

    double next() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double radius = Math.sqrt(-2.0 * Math.log(1.0 - rng.nextDouble()));
        double angle = 2.0 * Math.PI * rng.nextDouble();
        spare = radius * Math.sin(angle);
        hasSpare = true;
        return radius * Math.cos(angle);
    }
}
