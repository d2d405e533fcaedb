package io.twinnet.core.init;

/**
 * Fills a weight tensor according to one scheme. Implementations are immutable; all randomness
 * comes from the {@link Rng} passed in, consumed in the row-major order of {@code shape}.
 */
public interface WeightInitialiser {

    /**
     * Writes {@code product(shape)} weights into {@code target} starting at {@code offset}, in
     * row-major order of {@code shape} (a dense layer passes {@code {nIn, nOut}}).
     */
    void fill(double[] target, int offset, int[] shape, Fan fan, Rng rng);

    /**
     * Draws a dense layer's weights ({@code {nIn, nOut}} at {@code weightOffset}, as {@link #fill}) and, for a scheme
     * that draws biases too, its {@code nOut} biases at {@code biasOffset} (negative: the layer has none). Returns
     * true when it wrote the biases; the default writes only the weights and leaves the biases to the layer's
     * biasInit ({@link RandomizedAsymmetricInitialiser} draws both).
     */
    default boolean fillDense(double[] target, int weightOffset, int biasOffset, int nIn, int nOut, Rng rng) {
        fill(target, weightOffset, new int[]{nIn, nOut}, Fan.dense(nIn, nOut), rng);
        return false;
    }

    /** The distribution a single weight follows for the given fans. */
    WeightDistribution distribution(Fan fan);

    /** Number of elements of a shape. */
    static int count(int[] shape) {
        long n = 1;
        for (int s : shape) {
            if (s <= 0) throw new IllegalArgumentException("shape: every dimension must be positive, got " + s);
            n *= s;
        }
        if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("shape: too many elements (" + n + ")");
        return (int) n;
    }
}
