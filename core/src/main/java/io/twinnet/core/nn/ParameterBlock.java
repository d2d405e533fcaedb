package io.twinnet.core.nn;

import java.util.Arrays;

/**
 * One named parameter tensor inside a network's flat parameter vector: layer {@code layerIndex}'s
 * {@code name} ("W", "b", "gamma", "beta", "mean", "var") occupies
 * [{@code offset}, {@code offset + length}) and is stored row-major in {@code shape} (a dense W has
 * shape {nIn, nOut}, element (i, j) at offset + i·nOut + j).
 *
 * @param trainable false for values that SGD does not update (running statistics)
 */
public record ParameterBlock(int layerIndex, String name, int offset, int length, int[] shape, boolean trainable) {

    public ParameterBlock {
        shape = shape.clone();
        long n = 1;
        for (int s : shape) n *= s;
        if (n != length) throw new IllegalArgumentException("length: " + length + " does not match shape " + Arrays.toString(shape));
        if (offset < 0) throw new IllegalArgumentException("offset: must be >= 0, got " + offset);
    }

    /** A copy of the shape. */
    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** The index one past the block's last element. */
    public int end() {
        return offset + length;
    }

    /** A copy of this block's values out of a flat vector in the same layout. */
    public double[] copyFrom(double[] flat) {
        return Arrays.copyOfRange(flat, offset, offset + length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterBlock p && p.layerIndex == layerIndex && p.name.equals(name) && p.offset == offset
                && p.length == length && Arrays.equals(p.shape, shape) && p.trainable == trainable;
    }

    @Override
    public int hashCode() {
        return ((layerIndex * 31 + name.hashCode()) * 31 + offset) * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "layers[" + layerIndex + "]." + name + Arrays.toString(shape) + "@" + offset + (trainable ? "" : " (not trained)");
    }
}
