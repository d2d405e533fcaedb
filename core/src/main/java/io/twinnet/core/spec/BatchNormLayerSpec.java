package io.twinnet.core.spec;

/**
 * Batch normalisation (Ioffe &amp; Szegedy 2015; DL4J {@code BatchNormalization}): per feature of a vector
 * input, or per channel of an image input, y = γ·(x − μ_B)/√(σ²_B + ε) + β in training, with the
 * biased batch variance; running statistics m ← decay·m + (1 − decay)·μ_B (and likewise for the
 * variance) are used in inference. DL4J stores {@code gamma, beta, mean, log10stdev} as parameters
 * ({@code useLogStd}, its default), so {@link #parameterCount} counts 4 per feature.
 *
 * @param decay     the running-average decay (DL4J default 0.9)
 * @param eps       ε (DL4J default 1e-5)
 * @param gammaInit initial γ (DL4J default 1)
 * @param betaInit  initial β (DL4J default 0)
 */
public record BatchNormLayerSpec(double decay, double eps, double gammaInit, double betaInit) implements LayerSpec {

    public static final double DEFAULT_DECAY = 0.9;
    public static final double DEFAULT_EPS = 1e-5;

    public BatchNormLayerSpec {
        SpecException.require(Double.isFinite(decay) && decay >= 0 && decay < 1, "decay", "must lie in [0, 1), got " + decay);
        SpecException.requirePositive(eps, "eps");
        SpecException.requireFinite(gammaInit, "gammaInit");
        SpecException.requireFinite(betaInit, "betaInit");
    }

    /** DL4J's defaults: decay 0.9, ε 1e-5, γ = 1, β = 0. */
    public static BatchNormLayerSpec defaults() {
        return new BatchNormLayerSpec(DEFAULT_DECAY, DEFAULT_EPS, 1, 0);
    }

    @Override
    public Shape outputShape(Shape input, String field) {
        return input;
    }

    /** Number of normalised features: channels for an image, size for a vector. */
    public int features(Shape input) {
        return input.spatial() ? input.channels() : input.size();
    }

    @Override
    public int parameterCount(Shape input) {
        return 4 * features(input);
    }

    @Override
    public String type() {
        return "batchnorm";
    }
}
