package io.twinnet.dl4j;

import java.util.List;

/**
 * One named parameter array of one layer (for example the weights "W" of layer 0), located in the
 * core's flat parameter vector and in DL4J's flattened {@code params()}. Both hold the same logical
 * array of the given {@code shape}; the core always stores it in row-major ('c') order, DL4J in
 * {@code dl4jOrder}: 'f' (column-major) for dense weights [nIn, nOut], 'c' otherwise.
 *
 * @param layerIndex the layer's position in the spec
 * @param name       the core's parameter name within the layer: "W", "b", "gamma", "beta", "mean", "var"
 * @param shape      the logical shape, e.g. [nIn, nOut] for dense weights
 * @param coreOffset where the block starts in the core's vector
 * @param dl4jOffset where the block starts in DL4J's {@code params()}
 * @param dl4jOrder  'c' or 'f': how DL4J flattens the block
 * @param dl4jName   DL4J's name of the block, when it differs from the core's (batch norm: the core's "var" is
 *                   DL4J's "log10stdev"); otherwise equal to {@code name}
 * @param encoding   how a core value becomes DL4J's value of the same block
 * @param trainable  false for running statistics, which SGD does not move (their gradients are not compared)
 */
public record ParameterBlock(int layerIndex, String name, List<Integer> shape, int coreOffset, int dl4jOffset, char dl4jOrder,
                             String dl4jName, Encoding encoding, boolean trainable) {

    /** How a block's values are written on each side. */
    public enum Encoding {
        /** The same number on both sides. */
        SAME,
        /**
         * The core holds a running variance V; DL4J's {@code BatchNormalization} (with {@code useLogStd}, its
         * default) holds log10 of the standard deviation: log10stdev = log10(√V) = ½·log10(V), V = 10^(2·log10stdev).
         */
        VARIANCE_AS_LOG10_STD;

        /** The DL4J value of a core value. */
        public double toDl4j(double core) {
            return this == SAME ? core : 0.5 * Math.log10(core);
        }

        /** The core value of a DL4J value. */
        public double toCore(double dl4j) {
            return this == SAME ? dl4j : Math.pow(10, 2 * dl4j);
        }
    }

    /** A trainable block stored under the same name and with the same values on both sides. */
    public ParameterBlock(int layerIndex, String name, List<Integer> shape, int coreOffset, int dl4jOffset, char dl4jOrder) {
        this(layerIndex, name, shape, coreOffset, dl4jOffset, dl4jOrder, name, Encoding.SAME, true);
    }

    public ParameterBlock {
        if (layerIndex < 0) throw new IllegalArgumentException("layerIndex: must be >= 0, got " + layerIndex);
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("name: is missing");
        if (shape == null || shape.isEmpty()) throw new IllegalArgumentException("shape: is missing");
        shape = List.copyOf(shape);
        for (int d : shape) {
            if (d <= 0) throw new IllegalArgumentException("shape: every dimension must be positive, got " + shape);
        }
        if (coreOffset < 0) throw new IllegalArgumentException("coreOffset: must be >= 0, got " + coreOffset);
        if (dl4jOffset < 0) throw new IllegalArgumentException("dl4jOffset: must be >= 0, got " + dl4jOffset);
        if (dl4jOrder != 'c' && dl4jOrder != 'f') throw new IllegalArgumentException("dl4jOrder: must be 'c' or 'f', got " + dl4jOrder);
        if (dl4jName == null || dl4jName.isEmpty()) throw new IllegalArgumentException("dl4jName: is missing");
        if (encoding == null) throw new IllegalArgumentException("encoding: is missing");
    }

    /** DL4J's key for this block in {@code paramTable()}, e.g. {@code 0_W} or {@code 2_log10stdev}. */
    public String key() {
        return layerIndex + "_" + dl4jName;
    }

    /** Number of values: the product of the shape. */
    public int length() {
        int n = 1;
        for (int d : shape) n *= d;
        return n;
    }

    /** The shape as DL4J's {@code long[]}. */
    public long[] longShape() {
        long[] s = new long[shape.size()];
        for (int i = 0; i < s.length; i++) s[i] = shape.get(i);
        return s;
    }

    /**
     * The position, relative to {@link #dl4jOffset}, of the value stored at row-major position {@code k}
     * (relative to {@link #coreOffset}). For 'c' blocks this is k itself; for an 'f' block of shape
     * [d₀, …, d_{r−1}] the multi-index (i₀, …, i_{r−1}) of k is re-linearised with i₀ varying fastest.
     */
    public int dl4jPositionOf(int k) {
        if (dl4jOrder == 'c') return k;
        int rank = shape.size();
        int rest = k;
        int[] index = new int[rank];
        for (int a = rank - 1; a >= 0; a--) {
            index[a] = rest % shape.get(a);
            rest /= shape.get(a);
        }
        int f = 0;
        for (int a = rank - 1; a >= 0; a--) f = f * shape.get(a) + index[a];
        return f;
    }
}
