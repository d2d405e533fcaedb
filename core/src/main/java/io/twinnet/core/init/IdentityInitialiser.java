package io.twinnet.core.init;

/**
 * The identity (DL4J {@code WeightInitIdentity}); draws no random numbers.
 * <ul>
 *   <li>shape {@code {n, n}} (a square dense matrix): W[i][j] = 1 if i = j, else 0;</li>
 *   <li>shape {@code {nOut, nIn, kH, kW}} with nOut = nIn and odd kH, kW (a convolution kernel in DL4J's
 *       [nOut, nIn, kH, kW] order): W[o][i][y][x] = 1 if o = i, y = ⌊kH/2⌋ and x = ⌊kW/2⌋, else 0 — each
 *       output channel copies its input channel.</li>
 * </ul>
 */
public final class IdentityInitialiser implements WeightInitialiser {
    public static final IdentityInitialiser INSTANCE = new IdentityInitialiser();

    private IdentityInitialiser() {
    }

    @Override
    public void fill(double[] target, int offset, int[] shape, Fan fan, Rng rng) {
        int n = WeightInitialiser.count(shape);
        java.util.Arrays.fill(target, offset, offset + n, 0.0);
        if (shape.length == 2) {
            if (shape[0] != shape[1]) {
                throw new IllegalArgumentException("shape: identity init needs a square matrix, got " + shape[0] + " x " + shape[1]);
            }
            for (int i = 0; i < shape[0]; i++) target[offset + i * shape[1] + i] = 1.0;
        } else if (shape.length == 4) {
            int nOut = shape[0], nIn = shape[1], kh = shape[2], kw = shape[3];
            if (nOut != nIn || kh % 2 == 0 || kw % 2 == 0) {
                throw new IllegalArgumentException("shape: identity init needs nOut = nIn and an odd kernel, got "
                        + nOut + " x " + nIn + " x " + kh + " x " + kw);
            }
            for (int c = 0; c < nOut; c++) {
                target[offset + ((c * nIn + c) * kh + kh / 2) * kw + kw / 2] = 1.0;
            }
        } else {
            throw new IllegalArgumentException("shape: identity init needs a 2-D or 4-D shape, got " + shape.length + " dimensions");
        }
    }

    @Override
    public WeightDistribution distribution(Fan fan) {
        return new WeightDistribution(WeightDistribution.Kind.IDENTITY, 0, 0);
    }
}
