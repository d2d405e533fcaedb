package io.twinnet.core.spec;

import java.util.Locale;

/**
 * Weight-initialisation schemes, named and computed as in DL4J 1.0.0-M2.1
 * ({@code org.deeplearning4j.nn.weights.WeightInit} and the {@code WeightInit*} classes beside it).
 * fanIn and fanOut are those of the layer: a dense layer has fanIn = nIn and fanOut = nOut; a
 * convolution has fanIn = nIn·kH·kW and fanOut = nOut·kH·kW/(sH·sW) (DL4J {@code ConvolutionParamInitializer}).
 */
public enum InitScheme {
    /** N(0, σ² = 2/(fanIn+fanOut)) — Glorot &amp; Bengio 2010, normal form; DL4J {@code WeightInitXavier}. */
    XAVIER,
    /** U(±√(6/(fanIn+fanOut))) — Glorot &amp; Bengio 2010, eq. 16; DL4J {@code WeightInitXavierUniform}. */
    XAVIER_UNIFORM,
    /** N(0, σ² = 1/fanIn); DL4J {@code WeightInitXavierFanIn} (same draw as LECUN_NORMAL). */
    XAVIER_FAN_IN,
    /** N(0, σ² = 2/fanIn) — He et al. 2015; DL4J {@code WeightInitRelu}. */
    RELU,
    /** U(±√(6/fanIn)) — He et al. 2015, uniform form; DL4J {@code WeightInitReluUniform}. */
    RELU_UNIFORM,
    /** U(±1/√fanIn) — the seeds' "1/√n range"; DL4J {@code WeightInitUniform}. */
    UNIFORM,
    /** N(0, σ² = 1/fanIn), not truncated; DL4J {@code WeightInitLecunNormal} (and {@code NORMAL}). */
    LECUN_NORMAL,
    /** U(±3/√fanIn) — DL4J {@code WeightInitLecunUniform}; note √3 wider than LeCun's √(3/fanIn). */
    LECUN_UNIFORM,
    /** U(±4·√(6/(fanIn+fanOut))); DL4J {@code WeightInitSigmoidUniform}. */
    SIGMOID_UNIFORM,
    /** Every weight 0; DL4J {@code WeightInitConstant(0)}. */
    ZERO,
    /** Every weight 1; DL4J {@code WeightInitConstant(1)}. */
    ONES,
    /** Every weight equal to {@link WeightInit#value()}; DL4J {@code WeightInitConstant(value)}. */
    CONSTANT,
    /**
     * The identity: a square dense matrix with ones on its diagonal; for a convolution with nIn = nOut,
     * kernel (o, i) is zero except 1 at its centre when o = i. DL4J {@code WeightInitIdentity}.
     */
    IDENTITY,
    /**
     * Every trailing 2-D slice the unit matrix (1 where the last two indices are equal, else 0): every
     * convolution kernel the kH×kW identity matrix, all equal (seed 003's "non zero unit matrices" read
     * literally). DL4J 1.0.0-M2.1 has no such initialiser (the bridge loads the core's values). See
     * {@code io.twinnet.core.init.UnitMatrixInitialiser}.
     */
    UNIT_MATRIX,
    /** N(mean, std²) with the given mean and standard deviation; DL4J {@code NormalDistribution(mean, std)}. */
    NORMAL_DISTRIBUTION,
    /** U[lower, upper]; DL4J {@code UniformDistribution(lower, upper)}. */
    UNIFORM_DISTRIBUTION,
    /**
     * Orthogonal (Saxe, McClelland &amp; Ganguli 2013): g·Q, with Q a Haar-distributed matrix whose rows or
     * columns, whichever are fewer, are orthonormal, and {@link WeightInit#gain()} g; DL4J 1.0.0-M2.1 has no such
     * initialiser (the bridge loads the core's draw). See {@code io.twinnet.core.init.OrthogonalInitialiser}.
     */
    ORTHOGONAL,
    /**
     * Randomized asymmetric initialisation (Lu, Shin, Su &amp; Karniadakis 2019): each unit's weights and bias from
     * N(0, (0.6007)²/fanIn), then one of those fanIn + 1 entries, chosen uniformly, replaced by a Beta(2, 1) draw. It
     * draws the biases too (a layer's biasInit must stay 0), dense layers only; DL4J 1.0.0-M2.1 has no such
     * initialiser (the bridge loads the core's draw). See {@code io.twinnet.core.init.RandomizedAsymmetricInitialiser}.
     */
    RAI;

    public static InitScheme parse(String name, String field) {
        if (name == null) throw new SpecException(field, "is missing");
        String n = name.trim().toUpperCase(Locale.ROOT).replace("-", "_");
        for (InitScheme s : values()) {
            if (s.name().equals(n)) return s;
        }
        throw new SpecException(field, "unknown weight init '" + name + "'");
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the scheme needs the layer's fan-in (and maybe fan-out) rather than fixed parameters. */
    public boolean dependsOnFan() {
        return switch (this) {
            case ZERO, ONES, CONSTANT, IDENTITY, UNIT_MATRIX, NORMAL_DISTRIBUTION, UNIFORM_DISTRIBUTION, ORTHOGONAL -> false;
            default -> true;
        };
    }
}
