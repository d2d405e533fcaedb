package io.twinnet.reports.npy;

import java.util.Arrays;

/**
 * An n-dimensional array as a {@code .npy} file holds it: a shape and the elements in C order
 * (row-major: the last index varies fastest), either float64 or int32. Immutable; arrays passed
 * in and returned are copies.
 *
 * <p>A shape of {@code ()} is a scalar with one element; a dimension may be 0 (an empty array).
 * The element count must fit in an int (Java arrays).
 */
public final class NpyArray {

    private final NpyDtype dtype;
    private final int[] shape;
    private final double[] doubles;
    private final int[] ints;

    private NpyArray(NpyDtype dtype, int[] shape, double[] doubles, int[] ints) {
        this.dtype = dtype;
        this.shape = shape;
        this.doubles = doubles;
        this.ints = ints;
    }

    /** A float64 array; {@code data} in C order, as long as the product of {@code shape}. */
    public static NpyArray ofDoubles(double[] data, int... shape) {
        int[] s = checkShape(shape, data.length);
        return new NpyArray(NpyDtype.FLOAT64, s, data.clone(), null);
    }

    /** An int32 array; {@code data} in C order, as long as the product of {@code shape}. */
    public static NpyArray ofInts(int[] data, int... shape) {
        int[] s = checkShape(shape, data.length);
        return new NpyArray(NpyDtype.INT32, s, null, data.clone());
    }

    /** A one-dimensional float64 array. */
    public static NpyArray doubleVector(double... data) {
        return ofDoubles(data, data.length);
    }

    /** A one-dimensional int32 array. */
    public static NpyArray intVector(int... data) {
        return ofInts(data, data.length);
    }

    /** A float64 matrix from its rows, which must all have the same length. */
    public static NpyArray matrix(double[][] rows) {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        double[] data = new double[Math.multiplyExact(rows.length, columns)];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != columns) {
                throw new IllegalArgumentException("matrix row " + r + " has " + rows[r].length
                        + " values but row 0 has " + columns);
            }
            System.arraycopy(rows[r], 0, data, r * columns, columns);
        }
        return ofDoubles(data, rows.length, columns);
    }

    public NpyDtype dtype() {
        return dtype;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    /** The number of elements: the product of the shape (1 for a scalar). */
    public int size() {
        return dtype == NpyDtype.FLOAT64 ? doubles.length : ints.length;
    }

    /** The elements in C order as doubles (int32 elements are converted exactly). */
    public double[] toDoubleArray() {
        if (dtype == NpyDtype.FLOAT64) {
            return doubles.clone();
        }
        return Arrays.stream(ints).asDoubleStream().toArray();
    }

    /** The elements in C order; only for an int32 array. */
    public int[] toIntArray() {
        if (dtype != NpyDtype.INT32) {
            throw new IllegalStateException("this array holds " + dtype + " elements, not INT32; use toDoubleArray()");
        }
        return ints.clone();
    }

    /** The element at a full index (one coordinate per dimension), as a double. */
    public double get(int... index) {
        int flat = flatIndex(index);
        return dtype == NpyDtype.FLOAT64 ? doubles[flat] : ints[flat];
    }

    /** A rank-2 array as rows. */
    public double[][] toMatrix() {
        if (shape.length != 2) {
            throw new IllegalStateException("toMatrix needs a rank-2 array, this one has shape " + shapeText(shape));
        }
        double[] all = toDoubleArray();
        double[][] rows = new double[shape[0]][];
        for (int r = 0; r < shape[0]; r++) {
            rows[r] = Arrays.copyOfRange(all, r * shape[1], (r + 1) * shape[1]);
        }
        return rows;
    }

    private int flatIndex(int[] index) {
        if (index.length != shape.length) {
            throw new IndexOutOfBoundsException("index " + Arrays.toString(index) + " has " + index.length
                    + " coordinates but the array has rank " + shape.length);
        }
        int flat = 0;
        for (int d = 0; d < shape.length; d++) {
            if (index[d] < 0 || index[d] >= shape[d]) {
                throw new IndexOutOfBoundsException("index " + Arrays.toString(index) + " is outside shape "
                        + shapeText(shape));
            }
            flat = flat * shape[d] + index[d];
        }
        return flat;
    }

    /** Raw access for the writer, no copy. */
    double[] doublesView() {
        return doubles;
    }

    int[] intsView() {
        return ints;
    }

    /** Wraps arrays the reader made, no copy. */
    static NpyArray wrapDoubles(double[] data, int[] shape) {
        return new NpyArray(NpyDtype.FLOAT64, shape, data, null);
    }

    static NpyArray wrapInts(int[] data, int[] shape) {
        return new NpyArray(NpyDtype.INT32, shape, null, data);
    }

    /** The shape as Python writes a tuple: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    static String shapeText(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder text = new StringBuilder("(");
        for (int d = 0; d < shape.length; d++) {
            text.append(d == 0 ? "" : ", ").append(shape[d]);
        }
        return text.append(')').toString();
    }

    private static int[] checkShape(int[] shape, int length) {
        long count = 1;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] < 0) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has a negative dimension");
            }
            count *= shape[d];
            if (count > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has more elements than a"
                        + " Java array can hold");
            }
        }
        if (count != length) {
            throw new IllegalArgumentException("shape " + shapeText(shape) + " needs " + count + " elements but "
                    + length + " were given");
        }
        return shape.clone();
    }

    /** Same dtype, shape and elements (float64 compared bit for bit, so NaN equals NaN). */
    @Override
    public boolean equals(Object o) {
        return o instanceof NpyArray other && dtype == other.dtype && Arrays.equals(shape, other.shape)
                && Arrays.equals(doubles, other.doubles) && Arrays.equals(ints, other.ints);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * dtype.hashCode() + Arrays.hashCode(shape))
                + (doubles != null ? Arrays.hashCode(doubles) : Arrays.hashCode(ints));
    }

    @Override
    public String toString() {
        return "NpyArray[" + dtype.descr() + ", shape " + shapeText(shape) + "]";
    }
}
