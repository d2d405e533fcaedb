package io.twinnet.core.init;

/**
 * Randomized asymmetric initialisation, RAI (Lu, Shin, Su &amp; Karniadakis 2019, "Dying ReLU and initialization:
 * theory and numerical examples", arXiv 1903.06733, the section that introduces RAI). A symmetric scheme (He) makes
 * every unit of a layer inactive at x with probability ½, so a narrow layer is all-zero with probability 2⁻ᴺ; RAI
 * breaks that symmetry unit by unit:
 * <ol>
 *   <li>unit j's vector v = (w_1j, …, w_Nj, b_j) of its N = fan-in incoming weights and its bias is drawn i.i.d.
 *       from the symmetric Q = N(0, σ²), σ = {@value #SCALE}/√N;</li>
 *   <li>one index k of v, uniform over its N + 1 entries (the bias included), is drawn, and v_k is replaced by
 *       ξ ~ P = Beta(2, 1) (density 2ξ on [0, 1]: mean 2/3, second moment ½, always ≥ 0).</li>
 * </ol>
 * A unit therefore has exactly one entry that is non-negative by construction; since ReLU inputs are ≥ 0 (and the
 * bias multiplies 1), that entry pushes the pre-activation up, which is what lowers the chance that the whole layer
 * is zero.
 *
 * <p>What was checked, and against what: the paper's own text (arXiv 1903.06733 v3; Commun. Comput. Phys. 28(5),
 * 1671–1706, 2020, doi 10.4208/cicp.OA-2020-0165) could not be read here: searches of the stored web pages reached
 * its abstract (arXiv listings, the journal's citation record) and a copy of arXiv v3 whose searchable part ends in
 * the introduction, so neither σ's derivation nor the section and equation that state it are re-checked. The
 * structure (one entry per unit from the positive P = Beta(2, 1), the rest from a symmetric Q, the bias counted as
 * one of the N + 1 entries) is the abstract's and secondary accounts'. The constant is confirmed by secondary
 * sources only: four distinct public Python implementations in the code index (repositories not named by the
 * index; one docstring cites arXiv 1903.06733) draw the (N + 1)-vector of weights and bias as N(0, 1)·0.6007/√N and
 * replace one entry, uniform over the N + 1, by a Beta(2, 1) draw, as this class does; a fifth (citing the arXiv
 * PDF, "sig = 0.6, P = beta(2, 1)") does the same on the N weights alone. The first author's own
 * library (DeepXDE, {@code deepxde/nn/initializers.py}) has no RAI. The remembered "|ξ|" is moot: a Beta draw is
 * already in [0, 1].
 *
 * <p>Draw order (bit-reproducible from the {@link Rng}): unit by unit (j = 0 … nOut − 1), N + 1 Gaussians (weights
 * in input order, then the bias), then one uniform u for k = ⌊u·(N + 1)⌋, then one uniform u' for ξ = √u' (the
 * inverse of Beta(2, 1)'s CDF ξ²). A layer without biases draws N entries per unit and picks k among them. DL4J
 * 1.0.0-M2.1 has no such scheme, so DL4J networks load this draw (weights and biases).
 */
public final class RandomizedAsymmetricInitialiser implements WeightInitialiser {
    /** The initialiser; it has no parameters. */
    public static final RandomizedAsymmetricInitialiser INSTANCE = new RandomizedAsymmetricInitialiser();
    /** σ·√fan-in of the symmetric entries. */
    public static final double SCALE = 0.6007;
    /** Mean of ξ ~ Beta(2, 1): ∫ ξ·2ξ dξ = 2/3. */
    public static final double BETA_MEAN = 2.0 / 3.0;
    /** Second moment of ξ ~ Beta(2, 1): ∫ ξ²·2ξ dξ = 1/2. */
    public static final double BETA_SECOND_MOMENT = 0.5;

    private RandomizedAsymmetricInitialiser() {
    }

    /** σ = {@value #SCALE}/√fanIn, the standard deviation of the symmetric entries. */
    public static double sigma(double fanIn) {
        return SCALE / Math.sqrt(fanIn);
    }

    /**
     * Draws one unit's vector into {@code v} (all its entries) as the class comment says, and returns the index k
     * of its Beta(2, 1) entry.
     */
    static int drawUnit(double[] v, double sigma, Rng rng) {
        for (int i = 0; i < v.length; i++) v[i] = sigma * rng.nextGaussian();
        int k = Math.min(v.length - 1, (int) (rng.nextDouble() * v.length));
        v[k] = Math.sqrt(rng.nextDouble());
        return k;
    }

    /** The weights of a bias-free dense layer ({@code shape = {nIn, nOut}}): N entries per unit, one of them Beta(2, 1). */
    @Override
    public void fill(double[] target, int offset, int[] shape, Fan fan, Rng rng) {
        requireDense(shape);
        draw(target, offset, -1, shape[0], shape[1], rng);
    }

    /** Weights and, when {@code biasOffset ≥ 0}, biases drawn together, the bias as unit j's (N + 1)-th entry. */
    @Override
    public boolean fillDense(double[] target, int weightOffset, int biasOffset, int nIn, int nOut, Rng rng) {
        draw(target, weightOffset, biasOffset, nIn, nOut, rng);
        return biasOffset >= 0;
    }

    private static void draw(double[] target, int weightOffset, int biasOffset, int nIn, int nOut, Rng rng) {
        WeightInitialiser.count(new int[]{nIn, nOut});
        double sigma = sigma(nIn);
        double[] v = new double[biasOffset >= 0 ? nIn + 1 : nIn];
        for (int j = 0; j < nOut; j++) {
            drawUnit(v, sigma, rng);
            for (int i = 0; i < nIn; i++) target[weightOffset + i * nOut + j] = v[i];
            if (biasOffset >= 0) target[biasOffset + j] = v[nIn];
        }
    }

    private static void requireDense(int[] shape) {
        if (shape.length != 2) {
            throw new IllegalArgumentException("shape: rai draws dense {nIn, nOut} weights only, got " + shape.length + " dimensions");
        }
    }

    /**
     * One entry of a unit with a bias (m = fanIn + 1 entries): with probability 1/m it is ξ, else N(0, σ²), so its mean
     * is (2/3)/m and its second moment (½ + (m − 1)σ²)/m.
     */
    @Override
    public WeightDistribution distribution(Fan fan) {
        double m = fan.fanIn() + 1;
        double s = sigma(fan.fanIn());
        double mean = BETA_MEAN / m;
        double second = (BETA_SECOND_MOMENT + (m - 1) * s * s) / m;
        return new WeightDistribution(WeightDistribution.Kind.RANDOMIZED_ASYMMETRIC, mean, Math.sqrt(second - mean * mean));
    }
}
