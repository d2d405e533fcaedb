package io.twinnet.core.init;

import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.WeightInit;

import java.util.Arrays;

/**
 * Every weight equal to one value: ZERO (0), ONES (1) or CONSTANT (the given value);
 * DL4J {@code WeightInitConstant(value)}. Draws no random numbers.
 */
public final class ConstantInitialiser implements WeightInitialiser {
    private final double value;

    private ConstantInitialiser(double value) {
        this.value = value;
    }

    public static ConstantInitialiser of(WeightInit init) {
        if (!covers(init.scheme())) throw new IllegalArgumentException("weightInit: " + init + " is not a constant scheme");
        return new ConstantInitialiser(init.scheme() == InitScheme.ZERO ? 0.0 : init.value());
    }

    public static boolean covers(InitScheme scheme) {
        return scheme == InitScheme.ZERO || scheme == InitScheme.ONES || scheme == InitScheme.CONSTANT;
    }

    public double value() {
        return value;
    }

    @Override
    public void fill(double[] target, int offset, int[] shape, Fan fan, Rng rng) {
        Arrays.fill(target, offset, offset + WeightInitialiser.count(shape), value);
    }

    @Override
    public WeightDistribution distribution(Fan fan) {
        return WeightDistribution.constant(value);
    }
}
