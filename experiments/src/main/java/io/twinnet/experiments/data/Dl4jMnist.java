package io.twinnet.experiments.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An MNIST split as Deeplearning4j's {@code MnistDataSetIterator} delivers it, kept as flat
 * row-major float arrays (DL4J's {@code FLOAT} values, unchanged): {@code size × 784}
 * features and {@code size × 10} one-hot labels, in the files' order. Immutable: the arrays are
 * handed out as copies, or as fresh {@link INDArray}s.
 */
public final class Dl4jMnist {
    private final MnistSplit split;
    private final boolean binarized;
    private final float[] features;
    private final float[] labels;

    Dl4jMnist(MnistSplit split, boolean binarized, float[] features, float[] labels) {
        if (features.length != split.size() * MnistSplit.FEATURES) {
            throw new IllegalArgumentException("features: expected " + split.size() + " x " + MnistSplit.FEATURES + " values, got " + features.length);
        }
        if (labels.length != split.size() * MnistSplit.CLASSES) {
            throw new IllegalArgumentException("labels: expected " + split.size() + " x " + MnistSplit.CLASSES + " values, got " + labels.length);
        }
        this.split = split;
        this.binarized = binarized;
        this.features = features;
        this.labels = labels;
    }

    public MnistSplit split() { return split; }
    public boolean binarized() { return binarized; }
    public int size() { return split.size(); }

    /** Feature {@code j} of example {@code i}. */
    public float feature(int i, int j) { return features[i * MnistSplit.FEATURES + j]; }

    /** Label value {@code k} (0 or 1) of example {@code i}. */
    public float label(int i, int k) { return labels[i * MnistSplit.CLASSES + k]; }

    /** A copy of the features, row-major {@code size × 784}. */
    public float[] featuresCopy() { return features.clone(); }

    /** A copy of the one-hot labels, row-major {@code size × 10}. */
    public float[] labelsCopy() { return labels.clone(); }

    /** The features as a new {@code [size, 784]} FLOAT array. */
    public INDArray featuresArray() {
        return Nd4j.create(features.clone(), new long[] {size(), MnistSplit.FEATURES}, DataType.FLOAT);
    }

    /** The labels as a new {@code [size, 10]} FLOAT array. */
    public INDArray labelsArray() {
        return Nd4j.create(labels.clone(), new long[] {size(), MnistSplit.CLASSES}, DataType.FLOAT);
    }

    /** Features and labels as one DL4J {@link DataSet}. */
    public DataSet toDataSet() {
        return new DataSet(featuresArray(), labelsArray());
    }
}
