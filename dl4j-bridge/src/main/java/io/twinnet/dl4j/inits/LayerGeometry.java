package io.twinnet.dl4j.inits;

import java.util.List;

/**
 * The shape of one layer's weight array and the fan-in and fan-out an initialiser sees for it.
 * <ul>
 *   <li>dense (DL4J {@code DefaultParamInitializer}): shape [nIn, nOut], fanIn = nIn, fanOut = nOut;</li>
 *   <li>convolution (DL4J {@code ConvolutionParamInitializer}): shape [nOut, nIn, kH, kW],
 *       fanIn = nIn·kH·kW, fanOut = nOut·kH·kW/(sH·sW).</li>
 * </ul>
 *
 * @param name   a label for reports, e.g. {@code dense 784x100} or {@code conv 16->32 3x3/2}
 * @param shape  the weight array's shape
 * @param fanIn  the fan-in given to the initialiser
 * @param fanOut the fan-out given to the initialiser (not necessarily an integer for a strided convolution)
 * @param order  the order in which DL4J lays the array out: 'f' for dense weights, 'c' for convolution kernels
 */
public record LayerGeometry(String name, List<Integer> shape, double fanIn, double fanOut, char order) {

    public LayerGeometry {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name: is missing");
        if (shape == null || shape.isEmpty()) throw new IllegalArgumentException("shape: is missing");
        shape = List.copyOf(shape);
        for (int d : shape) if (d <= 0) throw new IllegalArgumentException("shape: dimensions must be positive, got " + shape);
        if (!(fanIn > 0) || !Double.isFinite(fanIn)) throw new IllegalArgumentException("fanIn: must be positive, got " + fanIn);
        if (!(fanOut > 0) || !Double.isFinite(fanOut)) throw new IllegalArgumentException("fanOut: must be positive, got " + fanOut);
        if (order != 'c' && order != 'f') throw new IllegalArgumentException("order: must be 'c' or 'f', got " + order);
    }

    /** A dense layer's weights [nIn, nOut]. */
    public static LayerGeometry dense(int nIn, int nOut) {
        return new LayerGeometry("dense " + nIn + "x" + nOut, List.of(nIn, nOut), nIn, nOut, 'f');
    }

    /** A convolution's kernels [nOut, nIn, k, k] with stride s. */
    public static LayerGeometry conv(int nIn, int nOut, int kernel, int stride) {
        return new LayerGeometry("conv " + nIn + "->" + nOut + " " + kernel + "x" + kernel + "/" + stride,
                List.of(nOut, nIn, kernel, kernel), (double) nIn * kernel * kernel,
                (double) nOut * kernel * kernel / (stride * stride), 'c');
    }

    /** Number of weights in one layer. */
    public int count() {
        int n = 1;
        for (int d : shape) n *= d;
        return n;
    }

    /** True for a square dense matrix or a convolution with nIn = nOut and an odd square kernel (identity init applies). */
    public boolean admitsIdentity() {
        if (shape.size() == 2) return shape.get(0).equals(shape.get(1));
        return shape.size() == 4 && shape.get(0).equals(shape.get(1)) && shape.get(2) % 2 == 1 && shape.get(3) % 2 == 1;
    }

    public long[] longShape() {
        long[] s = new long[shape.size()];
        for (int i = 0; i < s.length; i++) s[i] = shape.get(i);
        return s;
    }
}
