package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Builds DL4J minibatches from the very values the core trains on: the rows of a core
 * {@link Dataset} picked by one batch of a {@link MinibatchOrder}, so that both
 * implementations see the same examples in the same order. In {@link DataType#DOUBLE} the
 * values are the core's doubles exactly; in {@link DataType#FLOAT} each is rounded to the
 * nearest float (for MNIST pixels, {@code (float) (p / 255.0)}, which equals DL4J's own float
 * {@code p / 255}).
 */
public final class Dl4jBatches {
    private Dl4jBatches() {
    }

    /** Minibatch {@code b} of {@code order} over {@code data}: features {@code [n, featureCount]}, labels {@code [n, labelCount]}. */
    public static DataSet batch(Dataset data, MinibatchOrder order, int b, DataType type) {
        return rows(data, order.batch(b), type);
    }

    /** The examples {@code indices} of {@code data}, in that order, as a DL4J {@link DataSet}. */
    public static DataSet rows(Dataset data, int[] indices, DataType type) {
        if (type != DataType.DOUBLE && type != DataType.FLOAT) {
            throw new IllegalArgumentException("type: must be DOUBLE or FLOAT, got " + type);
        }
        double[] f = new double[indices.length * data.featureCount()];
        double[] l = new double[indices.length * data.labelCount()];
        data.gatherFeatures(indices, 0, indices.length, f);
        data.gatherLabels(indices, 0, indices.length, l);
        return new DataSet(array(f, indices.length, data.featureCount(), type), array(l, indices.length, data.labelCount(), type));
    }

    private static INDArray array(double[] values, int rows, int columns, DataType type) {
        long[] shape = {rows, columns};
        if (type == DataType.DOUBLE) return Nd4j.create(values, shape, DataType.DOUBLE);
        float[] asFloat = new float[values.length];
        for (int i = 0; i < values.length; i++) asFloat[i] = (float) values[i];
        return Nd4j.create(asFloat, shape, DataType.FLOAT);
    }
}
