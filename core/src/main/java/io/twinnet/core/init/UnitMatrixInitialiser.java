package io.twinnet.core.init;

import java.util.Arrays;

/**
 * Every trailing 2-D slice of the tensor is a unit matrix: W[…][y][x] = 1 if y = x, else 0. For a
 * convolution's kernels ({@code {nOut, nIn, kH, kW}}) each of the nOut·nIn kernels is the kH×kW identity
 * matrix (ones on its main diagonal), all of them equal — seed 003's "convolution kernels as non zero unit
 * matrices" read literally. For a dense matrix ({@code {nIn, nOut}}) it is the rectangular identity
 * (numpy's {@code eye(nIn, nOut)}). Unlike {@link IdentityInitialiser} (DL4J {@code WeightInitIdentity}: the
 * identity <em>map</em>, a centre delta on the matching channel) it needs no square or odd shape. Draws no
 * random numbers; DL4J 1.0.0-M2.1 has no such scheme, so the bridge loads these values.
 */
public final class UnitMatrixInitialiser implements WeightInitialiser {
    public static final UnitMatrixInitialiser INSTANCE = new UnitMatrixInitialiser();

    private UnitMatrixInitialiser() {
    }

    @Override
    public void fill(double[] target, int offset, int[] shape, Fan fan, Rng rng) {
        if (shape.length < 2) {
            throw new IllegalArgumentException("shape: unit-matrix init needs at least 2 dimensions, got " + shape.length);
        }
        int n = WeightInitialiser.count(shape);
        int rows = shape[shape.length - 2];
        int cols = shape[shape.length - 1];
        Arrays.fill(target, offset, offset + n, 0.0);
        for (int slice = offset; slice < offset + n; slice += rows * cols) {
            for (int d = 0; d < Math.min(rows, cols); d++) target[slice + d * cols + d] = 1.0;
        }
    }

    @Override
    public WeightDistribution distribution(Fan fan) {
        return new WeightDistribution(WeightDistribution.Kind.IDENTITY, 0, 0);
    }
}
