package io.twinnet.core.init;

import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.WeightInit;

/**
 * Entry point of the initialisers: picks the family of a {@link WeightInit} and draws weight
 * tensors from a seed. The formulas are in {@link NormalInitialiser}, {@link UniformInitialiser},
 * {@link ConstantInitialiser}, {@link IdentityInitialiser}, {@link UnitMatrixInitialiser}, {@link OrthogonalInitialiser}
 * and {@link RandomizedAsymmetricInitialiser} (and in {@link InitScheme}).
 */
public final class Initialisers {
    private Initialisers() {
    }

    /** The initialiser of a scheme. */
    public static WeightInitialiser of(WeightInit init) {
        InitScheme s = init.scheme();
        if (NormalInitialiser.covers(s)) return NormalInitialiser.of(init);
        if (UniformInitialiser.covers(s)) return UniformInitialiser.of(init);
        if (ConstantInitialiser.covers(s)) return ConstantInitialiser.of(init);
        if (s == InitScheme.IDENTITY) return IdentityInitialiser.INSTANCE;
        if (s == InitScheme.UNIT_MATRIX) return UnitMatrixInitialiser.INSTANCE;
        if (s == InitScheme.ORTHOGONAL) return new OrthogonalInitialiser(init.gain());
        if (s == InitScheme.RAI) return RandomizedAsymmetricInitialiser.INSTANCE;
        throw new IllegalArgumentException("weightInit: no initialiser for " + s);
    }

    /**
     * Draws a weight tensor: {@code product(shape)} values in row-major order of {@code shape}, from a
     * fresh {@link Rng}{@code (seed)}. This is exactly what {@code Network.initialise} does for layer
     * {@code i}'s weights with {@code seed = Rng.layerSeed(spec.seed(), i)}, shape {@code {nIn, nOut}}
     * and fans (nIn, nOut).
     */
    public static double[] draw(WeightInit init, double fanIn, double fanOut, int[] shape, long seed) {
        double[] w = new double[WeightInitialiser.count(shape)];
        of(init).fill(w, 0, shape, new Fan(fanIn, fanOut), new Rng(seed));
        return w;
    }

    /** The distribution of one weight of a scheme at the given fans. */
    public static WeightDistribution distribution(WeightInit init, double fanIn, double fanOut) {
        return of(init).distribution(new Fan(fanIn, fanOut));
    }
}
