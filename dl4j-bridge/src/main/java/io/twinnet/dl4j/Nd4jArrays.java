package io.twinnet.dl4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/** Copies between Java arrays and ND4J arrays, in row-major ('c') order, in a chosen data type. */
final class Nd4jArrays {
    private Nd4jArrays() {
    }

    /** A new array of {@code shape} and data type {@code type} holding {@code values} in row-major order. */
    static INDArray of(double[] values, long[] shape, DataType type) {
        long n = 1;
        for (long d : shape) n *= d;
        if (n != values.length) {
            throw new IllegalArgumentException("expected " + n + " values for shape " + java.util.Arrays.toString(shape)
                    + ", got " + values.length);
        }
        INDArray a = Nd4j.create(values, shape, 'c');
        return type == DataType.DOUBLE ? a : a.castTo(type);
    }

    /** The values of {@code a} (any rank, any data type) in row-major order, as doubles. */
    static double[] toDoubles(INDArray a) {
        boolean plain = a.offset() == 0 && a.data().length() == a.length()
                && (a.rank() <= 1 || (a.ordering() == 'c' && Shape.hasDefaultStridesForShape(a)));
        // a plain array owns its whole buffer in row-major order: read the buffer (converted to double) directly
        return plain ? a.data().asDouble() : a.dup('c').data().asDouble();
    }
}
