package io.twinnet.experiments.lab.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The 95 % interval for a difference of two independent proportions, p₁ − p₂ = k₁/n₁ − k₂/n₂, by Newcombe's hybrid
 * score method (Newcombe 1998, "Interval estimation for the difference between independent proportions", Statistics
 * in Medicine 17, method 10): with (l_i, u_i) the Wilson score interval of p_i,
 * <pre>
 *   lower = (p₁ − p₂) − √((p₁ − l₁)² + (u₂ − p₂)²)
 *   upper = (p₁ − p₂) + √((u₁ − p₁)² + (p₂ − l₂)²)
 * </pre>
 * and Wilson's interval (Wilson 1927) centre (k + z²/2)/(n + z²), half-width z√n/(n + z²)·√(p̂(1 − p̂) + z²/(4n)),
 * z the 97.5 % normal quantile. Unlike the Wald interval it stays inside [−1, 1] and keeps its coverage near 95 % at
 * fractions of 0 or 1 and at small n.
 */
public final class NewcombeDifference {
    /** The method label the estimates carry. */
    public static final String METHOD = "Newcombe hybrid score interval of a difference of proportions, 95 %";
    private static final double Z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - Bootstrap.LEVEL) / 2);

    private NewcombeDifference() {
    }

    /** k₁/n₁ − k₂/n₂ with its interval, resting on n₁ + n₂ trials; none when either side has no trials. */
    public static Estimate of(int k1, int n1, int k2, int n2) {
        check(k1, n1);
        check(k2, n2);
        if (n1 == 0 || n2 == 0) return Estimate.none();
        double p1 = (double) k1 / n1;
        double p2 = (double) k2 / n2;
        double[] w1 = wilson(k1, n1);
        double[] w2 = wilson(k2, n2);
        double d = p1 - p2;
        double lower = d - Math.hypot(p1 - w1[0], w2[1] - p2);
        double upper = d + Math.hypot(w1[1] - p1, p2 - w2[0]);
        return new Estimate(d, Math.min(lower, d), Math.max(upper, d), n1 + n2, METHOD);
    }

    /** Wilson's score interval {lower, upper} for k/n (n &gt; 0). */
    static double[] wilson(int k, int n) {
        double p = (double) k / n;
        double z2 = Z * Z;
        double centre = (k + z2 / 2) / (n + z2);
        double half = Z * Math.sqrt(n) / (n + z2) * Math.sqrt(p * (1 - p) + z2 / (4.0 * n));
        return new double[]{Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    private static void check(int k, int n) {
        if (n < 0 || k < 0 || k > n) throw new IllegalArgumentException("fraction: need 0 ≤ successes ≤ trials, got " + k + " of " + n);
    }
}
