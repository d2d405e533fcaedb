package io.twinnet.core.init;

import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.WeightInit;

/**
 * The uniform schemes: every weight is lower + (upper − lower)·u with u ~ U[0, 1), independently.
 * <table>
 *   <caption>bounds per scheme (DL4J 1.0.0-M2.1 class)</caption>
 *   <tr><td>XAVIER_UNIFORM</td><td>±√(6/(fanIn + fanOut))</td><td>{@code WeightInitXavierUniform} (Glorot &amp; Bengio 2010, eq. 16)</td></tr>
 *   <tr><td>RELU_UNIFORM</td><td>±√(6/fanIn)</td><td>{@code WeightInitReluUniform} (He et al. 2015)</td></tr>
 *   <tr><td>UNIFORM</td><td>±1/√fanIn</td><td>{@code WeightInitUniform}: the seeds' "1/√n range"</td></tr>
 *   <tr><td>LECUN_UNIFORM</td><td>±3/√fanIn</td><td>{@code WeightInitLecunUniform}; √3 wider than LeCun's √(3/fanIn)</td></tr>
 *   <tr><td>SIGMOID_UNIFORM</td><td>±4·√(6/(fanIn + fanOut))</td><td>{@code WeightInitSigmoidUniform}</td></tr>
 *   <tr><td>UNIFORM_DISTRIBUTION</td><td>[lower, upper]</td><td>{@code WeightInitDistribution(UniformDistribution(lower, upper))}</td></tr>
 * </table>
 */
public final class UniformInitialiser implements WeightInitialiser {
    private final WeightInit init;

    private UniformInitialiser(WeightInit init) {
        this.init = init;
    }

    /** The initialiser of a uniform scheme; throws for any other scheme. */
    public static UniformInitialiser of(WeightInit init) {
        if (!covers(init.scheme())) throw new IllegalArgumentException("weightInit: " + init + " is not a uniform scheme");
        return new UniformInitialiser(init);
    }

    /** True for the schemes this family covers. */
    public static boolean covers(InitScheme scheme) {
        return switch (scheme) {
            case XAVIER_UNIFORM, RELU_UNIFORM, UNIFORM, LECUN_UNIFORM, SIGMOID_UNIFORM, UNIFORM_DISTRIBUTION -> true;
            default -> false;
        };
    }

    /** The half-width L of the symmetric schemes, U(−L, L) (see the class table). */
    private double halfWidth(Fan fan) {
        return switch (init.scheme()) {
            case XAVIER_UNIFORM -> Math.sqrt(6.0 / (fan.fanIn() + fan.fanOut()));
            case RELU_UNIFORM -> Math.sqrt(6.0 / fan.fanIn());
            case UNIFORM -> 1.0 / Math.sqrt(fan.fanIn());
            case LECUN_UNIFORM -> 3.0 / Math.sqrt(fan.fanIn());
            case SIGMOID_UNIFORM -> 4.0 * Math.sqrt(6.0 / (fan.fanIn() + fan.fanOut()));
            default -> throw new AssertionError(init.scheme());
        };
    }

    public double lower(Fan fan) {
        return init.scheme() == InitScheme.UNIFORM_DISTRIBUTION ? init.lower() : -halfWidth(fan);
    }

    public double upper(Fan fan) {
        return init.scheme() == InitScheme.UNIFORM_DISTRIBUTION ? init.upper() : halfWidth(fan);
    }

    @Override
    public void fill(double[] target, int offset, int[] shape, Fan fan, Rng rng) {
        int n = WeightInitialiser.count(shape);
        double lo = lower(fan);
        double hi = upper(fan);
        for (int k = 0; k < n; k++) {
            target[offset + k] = rng.nextUniform(lo, hi);
        }
    }

    @Override
    public WeightDistribution distribution(Fan fan) {
        return WeightDistribution.uniform(lower(fan), upper(fan));
    }
}
