package io.twinnet.core.init;

/**
 * The distribution one weight is drawn from, for a given scheme and fans: what a statistical test
 * (Kolmogorov–Smirnov, moments) compares a sample with.
 *
 * @param kind  the family
 * @param a     NORMAL, RANDOMIZED_ASYMMETRIC: the mean; UNIFORM: the lower bound; CONSTANT: the value; IDENTITY: unused (0)
 * @param b     NORMAL, RANDOMIZED_ASYMMETRIC: the standard deviation; UNIFORM: the upper bound; ORTHOGONAL: the entries' standard deviation;
 *              otherwise 0
 */
public record WeightDistribution(Kind kind, double a, double b) {

    /** The families of weight distributions. */
    public enum Kind {
        /** N(mean = a, std = b), not truncated. */
        NORMAL,
        /** U[a, b). */
        UNIFORM,
        /** Every weight equals a. */
        CONSTANT,
        /** The identity matrix, the centred identity kernel or unit-matrix kernels: not random. */
        IDENTITY,
        /**
         * An entry of g·Q with Q Haar-orthogonal: mean 0 and variance b² = g²/max(fanIn, fanOut) (the g²·min
         * squared norm of the orthonormal vectors spread over fanIn·fanOut entries), but neither Gaussian nor
         * independent of the other entries.
         */
        ORTHOGONAL,
        /**
         * An entry of a unit's (weights, bias) vector under RAI: mean a and standard deviation b (a mixture of N(0, σ²)
         * and, with probability 1/(fanIn + 1), Beta(2, 1)); the entries of a unit are not independent (exactly one is
         * the Beta draw).
         */
        RANDOMIZED_ASYMMETRIC
    }

    public static WeightDistribution normal(double mean, double std) {
        return new WeightDistribution(Kind.NORMAL, mean, std);
    }

    public static WeightDistribution uniform(double lower, double upper) {
        return new WeightDistribution(Kind.UNIFORM, lower, upper);
    }

    public static WeightDistribution constant(double value) {
        return new WeightDistribution(Kind.CONSTANT, value, 0);
    }

    /** The mean of one weight (IDENTITY: NaN, as it depends on the position). */
    public double mean() {
        return switch (kind) {
            case NORMAL, CONSTANT, RANDOMIZED_ASYMMETRIC -> a;
            case UNIFORM -> (a + b) / 2;
            case IDENTITY -> Double.NaN;
            case ORTHOGONAL -> 0;
        };
    }

    /** The variance of one weight: std², (upper − lower)²/12, 0 (IDENTITY: NaN; ORTHOGONAL: g²/max(fanIn, fanOut)). */
    public double variance() {
        return switch (kind) {
            case NORMAL, ORTHOGONAL, RANDOMIZED_ASYMMETRIC -> b * b;
            case UNIFORM -> (b - a) * (b - a) / 12;
            case CONSTANT -> 0;
            case IDENTITY -> Double.NaN;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NORMAL -> "N(" + a + ", std=" + b + ")";
            case UNIFORM -> "U[" + a + ", " + b + ")";
            case CONSTANT -> "constant(" + a + ")";
            case IDENTITY -> "identity";
            case ORTHOGONAL -> "orthogonal entry (mean 0, std=" + b + ")";
            case RANDOMIZED_ASYMMETRIC -> "rai entry (mean " + a + ", std=" + b + ")";
        };
    }
}
