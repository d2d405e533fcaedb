package io.twinnet.core.spec;

/**
 * A weight-initialisation scheme with its parameters.
 * <ul>
 *   <li>{@link InitScheme#NORMAL_DISTRIBUTION}: {@code a} = mean, {@code b} = standard deviation (&gt; 0 or 0);</li>
 *   <li>{@link InitScheme#UNIFORM_DISTRIBUTION}: {@code a} = lower, {@code b} = upper bound (lower &lt; upper);</li>
 *   <li>{@link InitScheme#CONSTANT}: {@code a} = the value;</li>
 *   <li>{@link InitScheme#ORTHOGONAL}: {@code a} = the gain g &gt; 0 (1 when the scheme is named alone);</li>
 *   <li>every other scheme: no parameters (both 0).</li>
 * </ul>
 * Use the factories; the canonical constructor validates.
 */
public record WeightInit(InitScheme scheme, double a, double b) {

    public WeightInit {
        if (scheme == null) throw new SpecException("scheme", "is missing");
        switch (scheme) {
            case NORMAL_DISTRIBUTION -> {
                SpecException.requireFinite(a, "mean");
                SpecException.require(Double.isFinite(b) && b >= 0, "std", "must be a finite standard deviation >= 0, got " + b);
            }
            case UNIFORM_DISTRIBUTION -> {
                SpecException.requireFinite(a, "lower");
                SpecException.requireFinite(b, "upper");
                SpecException.require(a < b, "upper", "must be greater than lower (" + a + "), got " + b);
            }
            case CONSTANT -> {
                SpecException.requireFinite(a, "value");
                b = 0;
            }
            case ORTHOGONAL -> {
                SpecException.require(Double.isFinite(a) && a > 0, "gain", "must be a finite gain > 0, got " + a);
                b = 0;
            }
            default -> {
                a = 0;
                b = 0;
            }
        }
    }

    /** A scheme without parameters; {@link InitScheme#ORTHOGONAL} alone has gain 1. */
    public static WeightInit of(InitScheme scheme) {
        if (scheme == InitScheme.ORTHOGONAL) return orthogonal(1);
        SpecException.require(scheme != InitScheme.NORMAL_DISTRIBUTION && scheme != InitScheme.UNIFORM_DISTRIBUTION
                && scheme != InitScheme.CONSTANT, "scheme", scheme.jsonName() + " needs parameters: use its own factory");
        return new WeightInit(scheme, 0, 0);
    }

    public static WeightInit xavier() { return of(InitScheme.XAVIER); }
    public static WeightInit relu() { return of(InitScheme.RELU); }
    public static WeightInit zero() { return of(InitScheme.ZERO); }
    /** Randomized asymmetric initialisation (Lu et al. 2019); draws the biases as well as the weights. */
    public static WeightInit rai() { return of(InitScheme.RAI); }

    /** N(mean, std²): {@code std} is the standard deviation, as in DL4J's {@code NormalDistribution}. */
    public static WeightInit normal(double mean, double std) {
        return new WeightInit(InitScheme.NORMAL_DISTRIBUTION, mean, std);
    }

    /** U[lower, upper], as DL4J's {@code UniformDistribution}. */
    public static WeightInit uniform(double lower, double upper) {
        return new WeightInit(InitScheme.UNIFORM_DISTRIBUTION, lower, upper);
    }

    /** Every weight equal to {@code value}. */
    public static WeightInit constant(double value) {
        return new WeightInit(InitScheme.CONSTANT, value, 0);
    }

    /** g·Q with Q Haar-orthogonal (rows or columns orthonormal, whichever are fewer): WᵀW or WWᵀ = g²I. */
    public static WeightInit orthogonal(double gain) {
        return new WeightInit(InitScheme.ORTHOGONAL, gain, 0);
    }

    public double mean() { return a; }
    public double std() { return b; }
    public double lower() { return a; }
    public double upper() { return b; }
    public double value() { return scheme == InitScheme.ONES ? 1 : a; }
    public double gain() { return a; }

    @Override
    public String toString() {
        return switch (scheme) {
            case NORMAL_DISTRIBUTION -> "N(" + a + ", std=" + b + ")";
            case UNIFORM_DISTRIBUTION -> "U[" + a + ", " + b + "]";
            case CONSTANT -> "constant(" + a + ")";
            case ORTHOGONAL -> "orthogonal(gain=" + a + ")";
            default -> scheme.jsonName();
        };
    }
}
