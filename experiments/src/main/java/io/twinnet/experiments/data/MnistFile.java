package io.twinnet.experiments.data;

/**
 * The four files of the MNIST database, under the names of its original distribution (LeCun,
 * Cortes and Burges), uncompressed. Deeplearning4j 1.0.0-M2.1's {@code MnistDataSetIterator}
 * reads them under exactly these names directly from its resource directory (see
 * {@link Dl4jMnistDirectory}); a test checks the names against DL4J's own
 * {@code ResourceDataSets}.
 *
 * <p>Layout (IDX format, big-endian): images start with magic {@code 0x00000803}, the count,
 * rows and columns, then one unsigned byte per pixel, row by row; labels start with magic
 * {@code 0x00000801} and the count, then one byte (0..9) per image.
 */
public enum MnistFile {
    TRAIN_IMAGES("train-images-idx3-ubyte", true, 60_000),
    TRAIN_LABELS("train-labels-idx1-ubyte", false, 60_000),
    TEST_IMAGES("t10k-images-idx3-ubyte", true, 10_000),
    TEST_LABELS("t10k-labels-idx1-ubyte", false, 10_000);

    /** Rows and columns of every MNIST image. */
    public static final int SIDE = 28;

    private final String fileName;
    private final boolean images;
    private final int count;

    MnistFile(String fileName, boolean images, int count) {
        this.fileName = fileName;
        this.images = images;
        this.count = count;
    }

    /** The file's name, uncompressed, e.g. {@code train-images-idx3-ubyte}. */
    public String fileName() {
        return fileName;
    }

    /** True for an image file, false for a label file. */
    public boolean holdsImages() {
        return images;
    }

    /** The number of images (or labels) the file holds. */
    public int count() {
        return count;
    }

    /** The exact length of the file in bytes: a 16-byte header + 784 bytes per image, or an 8-byte header + 1 byte per label. */
    public long byteLength() {
        return images ? 16L + (long) count * SIDE * SIDE : 8L + count;
    }
}
