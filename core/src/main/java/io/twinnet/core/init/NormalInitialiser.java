package io.twinnet.core.init;

import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.WeightInit;

/**
 * The Gaussian schemes: every weight is mean + std·N(0, 1), independently, never truncated.
 * <table>
 *   <caption>standard deviation per scheme (DL4J 1.0.0-M2.1 class)</caption>
 *   <tr><td>XAVIER</td><td>√(2/(fanIn + fanOut))</td><td>{@code WeightInitXavier} (Glorot &amp; Bengio 2010)</td></tr>
 *   <tr><td>XAVIER_FAN_IN</td><td>√(1/fanIn)</td><td>{@code WeightInitXavierFanIn}</td></tr>
 *   <tr><td>LECUN_NORMAL</td><td>√(1/fanIn)</td><td>{@code WeightInitLecunNormal} (also DL4J's {@code NORMAL})</td></tr>
 *   <tr><td>RELU</td><td>√(2/fanIn)</td><td>{@code WeightInitRelu} (He et al. 2015)</td></tr>
 *   <tr><td>NORMAL_DISTRIBUTION</td><td>the given std, around the given mean</td><td>{@code WeightInitDistribution(NormalDistribution(mean, std))}</td></tr>
 * </table>
 * The mean is 0 except for NORMAL_DISTRIBUTION.
 */
public final class NormalInitialiser implements WeightInitialiser {
    private final WeightInit init;

    private NormalInitialiser(WeightInit init) {
        this.init = init;
    }

    /** The initialiser of a Gaussian scheme; throws for any other scheme. */
    public static NormalInitialiser of(WeightInit init) {
        switch (init.scheme()) {
            case XAVIER, XAVIER_FAN_IN, LECUN_NORMAL, RELU, NORMAL_DISTRIBUTION -> {
                return new NormalInitialiser(init);
            }
            default -> throw new IllegalArgumentException("weightInit: " + init + " is not a Gaussian scheme");
        }
    }

    /** True for the schemes this family covers. */
    public static boolean covers(InitScheme scheme) {
        return switch (scheme) {
            case XAVIER, XAVIER_FAN_IN, LECUN_NORMAL, RELU, NORMAL_DISTRIBUTION -> true;
            default -> false;
        };
    }

    /** The mean of one weight. */
    public double mean(Fan fan) {
        return init.scheme() == InitScheme.NORMAL_DISTRIBUTION ? init.mean() : 0.0;
    }

    /** The standard deviation of one weight (see the class table). */
    public double std(Fan fan) {
        return switch (init.scheme()) {
            case XAVIER -> Math.sqrt(2.0 / (fan.fanIn() + fan.fanOut()));
            case XAVIER_FAN_IN, LECUN_NORMAL -> Math.sqrt(1.0 / fan.fanIn());
            case RELU -> Math.sqrt(2.0 / fan.fanIn());
            case NORMAL_DISTRIBUTION -> init.std();
            default -> throw new AssertionError(init.scheme());
        };
    }

    @Override
    public void fill(double[] target, int offset, int[] shape, Fan fan, Rng rng) {
        int n = WeightInitialiser.count(shape);
        double mean = mean(fan);
        double std = std(fan);
        for (int k = 0; k < n; k++) {
            target[offset + k] = mean + std * rng.nextGaussian();
        }
    }

    @Override
    public WeightDistribution distribution(Fan fan) {
        return WeightDistribution.normal(mean(fan), std(fan));
    }
}
