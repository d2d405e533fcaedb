package io.twinnet.dl4j.inits;

import io.twinnet.core.spec.WeightInit;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

import java.util.Locale;

/**
 * The exact distribution a weight-initialisation scheme is documented to draw, for a layer with the given
 * fan-in and fan-out. Written from DESIGN.md's table "DL4J 1.0.0-M2.1 facts, measured" (itself from
 * DL4J's {@code WeightInit*} classes and from samples), independently of both implementations:
 * <pre>
 * XAVIER           N(0, 2/(fanIn+fanOut))          XAVIER_UNIFORM   U(±√(6/(fanIn+fanOut)))
 * XAVIER_FAN_IN    N(0, 1/fanIn)                   LECUN_NORMAL     N(0, 1/fanIn)
 * RELU             N(0, 2/fanIn)                   RELU_UNIFORM     U(±√(6/fanIn))
 * UNIFORM          U(±1/√fanIn)                    LECUN_UNIFORM    U(±3/√fanIn)
 * SIGMOID_UNIFORM  U(±4·√(6/(fanIn+fanOut)))
 * NORMAL_DISTRIBUTION(m, s)  N(m, s²)              UNIFORM_DISTRIBUTION(a, b)  U[a, b]
 * ZERO, ONES, CONSTANT(v)    every weight 0, 1, v  IDENTITY  the identity (exact, not random)
 * </pre>
 * N(μ, σ²) is written with its variance; {@link #scale} is σ for a normal and the half-width for a uniform.
 *
 * @param kind     normal, uniform, constant or identity
 * @param location the mean (normal), the centre (uniform) or the value (constant); 0 for identity
 * @param scale    σ (normal), half-width (uniform), 0 otherwise
 * @param formula  the formula in words, e.g. {@code N(0, 2/(fanIn+fanOut))}
 */
public record DocumentedDistribution(Kind kind, double location, double scale, String formula) {

    /** The family of the documented distribution. */
    public enum Kind { NORMAL, UNIFORM, CONSTANT, IDENTITY }

    public DocumentedDistribution {
        if (kind == null) throw new IllegalArgumentException("kind: is missing");
        if (!Double.isFinite(location)) throw new IllegalArgumentException("location: must be finite, got " + location);
        if (!Double.isFinite(scale) || scale < 0) throw new IllegalArgumentException("scale: must be finite and >= 0, got " + scale);
    }

    /** The documented distribution of {@code init} for a layer of fan-in {@code fanIn} and fan-out {@code fanOut}. */
    public static DocumentedDistribution of(WeightInit init, double fanIn, double fanOut) {
        return switch (init.scheme()) {
            case XAVIER -> normal(Math.sqrt(2 / (fanIn + fanOut)), "N(0, 2/(fanIn+fanOut))");
            case XAVIER_UNIFORM -> uniform(Math.sqrt(6 / (fanIn + fanOut)), "U(±√(6/(fanIn+fanOut)))");
            case XAVIER_FAN_IN -> normal(Math.sqrt(1 / fanIn), "N(0, 1/fanIn)");
            case RELU -> normal(Math.sqrt(2 / fanIn), "N(0, 2/fanIn)");
            case RELU_UNIFORM -> uniform(Math.sqrt(6 / fanIn), "U(±√(6/fanIn))");
            case UNIFORM -> uniform(1 / Math.sqrt(fanIn), "U(±1/√fanIn)");
            case LECUN_NORMAL -> normal(Math.sqrt(1 / fanIn), "N(0, 1/fanIn)");
            case LECUN_UNIFORM -> uniform(3 / Math.sqrt(fanIn), "U(±3/√fanIn)");
            case SIGMOID_UNIFORM -> uniform(4 * Math.sqrt(6 / (fanIn + fanOut)), "U(±4·√(6/(fanIn+fanOut)))");
            case NORMAL_DISTRIBUTION -> new DocumentedDistribution(Kind.NORMAL, init.mean(), init.std(),
                    "N(" + init.mean() + ", " + init.std() + "²)");
            case UNIFORM_DISTRIBUTION -> new DocumentedDistribution(Kind.UNIFORM, (init.lower() + init.upper()) / 2,
                    (init.upper() - init.lower()) / 2, "U[" + init.lower() + ", " + init.upper() + "]");
            case ZERO, ONES, CONSTANT -> new DocumentedDistribution(Kind.CONSTANT, init.value(), 0, "every weight " + init.value());
            case IDENTITY -> new DocumentedDistribution(Kind.IDENTITY, 0, 0, "identity");
            case ORTHOGONAL, UNIT_MATRIX, RAI -> throw new IllegalArgumentException("weightInit: " + init + " has no documented per-weight "
                    + "distribution to test (its entries are not independent) and DL4J does not draw it");
        };
    }

    private static DocumentedDistribution normal(double sigma, String formula) {
        return new DocumentedDistribution(Kind.NORMAL, 0, sigma, formula);
    }

    private static DocumentedDistribution uniform(double halfWidth, String formula) {
        return new DocumentedDistribution(Kind.UNIFORM, 0, halfWidth, formula);
    }

    /** True for normal and uniform distributions, which the KS test applies to. */
    public boolean random() {
        return (kind == Kind.NORMAL || kind == Kind.UNIFORM) && scale > 0;
    }

    /** The standard deviation: σ for a normal, half-width/√3 for a uniform, 0 for exact schemes. */
    public double standardDeviation() {
        return switch (kind) {
            case NORMAL -> scale;
            case UNIFORM -> scale / Math.sqrt(3);
            default -> 0;
        };
    }

    /** The distribution as a commons-math object (normal and uniform only). */
    public RealDistribution realDistribution() {
        return switch (kind) {
            case NORMAL -> new NormalDistribution(null, location, scale, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
            case UNIFORM -> new UniformRealDistribution(null, location - scale, location + scale);
            default -> throw new IllegalStateException(kind + " is not a continuous distribution");
        };
    }

    /** The formula with its value, e.g. {@code N(0, 2/(fanIn+fanOut)) = N(0, 0.06325²)}. */
    public String describe() {
        return switch (kind) {
            case NORMAL -> formula + String.format(Locale.ROOT, " = N(%.6g, %.6g²)", location, scale);
            case UNIFORM -> formula + String.format(Locale.ROOT, " = U[%.6g, %.6g]", location - scale, location + scale);
            default -> formula;
        };
    }
}
