package io.twinnet.experiments.data;

import org.deeplearning4j.datasets.iterator.impl.MnistDataSetIterator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads an MNIST split through Deeplearning4j 1.0.0-M2.1's own {@link MnistDataSetIterator},
 * pointed at an explicit directory (its constructor
 * {@code (batch, numExamples, binarize, train, shuffle, rngSeed, topLevelDir)}), with
 * {@code shuffle = false}: DL4J's fetcher then keeps its example order array at the identity
 * and {@code reset()} does not permute it, so the examples come in the files' order (the
 * equality test against {@link MnistCoreLoader} checks this for every example). DL4J's
 * features are {@code pixel / 255} computed in float ({@code divi(255)} on a FLOAT array), or
 * {@code pixel > 30} when binarised; its labels are one-hot FLOAT.
 *
 * <p>The iterator does not verify the files in this DL4J version; call it on a directory that
 * {@link MnistProvisioner} has checked (as {@link Mnist} does).
 */
public final class Dl4jMnistLoader {
    /** Examples per iterator batch while loading (bounds DL4J's temporary arrays). */
    private static final int LOAD_BATCH = 10_000;

    private Dl4jMnistLoader() {
    }

    /** Reads all examples of {@code split} from {@code directory} through DL4J's iterator. */
    public static Dl4jMnist load(Path directory, MnistSplit split, boolean binarize) throws IOException {
        int n = split.size();
        float[] features = new float[n * MnistSplit.FEATURES];
        float[] labels = new float[n * MnistSplit.CLASSES];
        MnistDataSetIterator it = new MnistDataSetIterator(LOAD_BATCH, n, binarize, split == MnistSplit.TRAIN,
                false, 0L, directory.toFile());
        int row = 0;
        try {
            while (it.hasNext()) {
                DataSet batch = it.next();
                copyRows(batch.getFeatures(), features, row, MnistSplit.FEATURES);
                copyRows(batch.getLabels(), labels, row, MnistSplit.CLASSES);
                row += batch.getFeatures().rows();
            }
        } finally {
            it.close();
        }
        if (row != n) throw new IOException(directory + ": DL4J's MNIST iterator gave " + row + " examples of " + split + ", expected " + n);
        return new Dl4jMnist(split, binarize, features, labels);
    }

    private static void copyRows(INDArray array, float[] out, int firstRow, int columns) {
        if (array.columns() != columns) {
            throw new IllegalStateException("DL4J's MNIST iterator gave " + array.columns() + " columns, expected " + columns);
        }
        float[] flat = array.dup('c').data().asFloat();
        System.arraycopy(flat, 0, out, firstRow * columns, (int) array.length());
    }
}
