package io.twinnet.experiments.data;

/** The two halves of MNIST: 60,000 training images and 10,000 test images, each with its label file. */
public enum MnistSplit {
    TRAIN(MnistFile.TRAIN_IMAGES, MnistFile.TRAIN_LABELS),
    TEST(MnistFile.TEST_IMAGES, MnistFile.TEST_LABELS);

    /** Number of classes (the digits 0..9). */
    public static final int CLASSES = 10;

    /** Number of features per image (28 × 28 pixels). */
    public static final int FEATURES = MnistFile.SIDE * MnistFile.SIDE;

    private final MnistFile images;
    private final MnistFile labels;

    MnistSplit(MnistFile images, MnistFile labels) {
        this.images = images;
        this.labels = labels;
    }

    public MnistFile imagesFile() {
        return images;
    }

    public MnistFile labelsFile() {
        return labels;
    }

    /** Number of examples in this split. */
    public int size() {
        return images.count();
    }

    /** The dataset name used for this split, e.g. {@code mnist-train}. */
    public String datasetName() {
        return "mnist-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
