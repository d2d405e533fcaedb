package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads an MNIST split for the core network from the uncompressed IDX files in a directory,
 * with the core's own {@link IdxReader} (no Deeplearning4j class involved), into a
 * {@link Dataset}: 784 features per image, row by row, and a one-hot label row of 10.
 *
 * <p>Feature scaling follows DL4J 1.0.0-M2.1's {@code MnistDataFetcher.fetch}:
 * <ul>
 *   <li>default: {@code x = pixel / 255.0}, a value in [0, 1] (DL4J computes the same quotient
 *       in float; {@code (float) x} equals DL4J's value bit for bit, which a test checks for all
 *       70,000 images);</li>
 *   <li>binarised: {@code x = 1} when {@code pixel > 30}, else 0 (DL4J's {@code features.gt(30)}
 *       on the raw pixel values).</li>
 * </ul>
 * The examples keep the files' order.
 */
public final class MnistCoreLoader {
    /** DL4J's binarisation threshold on the raw 0..255 pixel value ({@code MnistDataFetcher}: {@code gt(30.0)}). */
    public static final int BINARIZE_THRESHOLD = 30;

    private static final String REMEDY = "; replace it with a verified copy: delete it and run `twinnet fetch-mnist`";

    private MnistCoreLoader() {
    }

    /**
     * Reads {@code split} from {@code directory}.
     *
     * @throws IdxFormatException naming the file when it is malformed or not the expected MNIST shape
     * @throws IOException when a file cannot be read
     */
    public static Dataset load(Path directory, MnistSplit split, boolean binarize) throws IOException {
        Path imagesPath = directory.resolve(split.imagesFile().fileName());
        Path labelsPath = directory.resolve(split.labelsFile().fileName());
        IdxImages images;
        IdxLabels labels;
        try {
            images = IdxReader.readImages(imagesPath);
            labels = IdxReader.readLabels(labelsPath);
        } catch (IdxFormatException e) {
            throw new IdxFormatException(e.file(), e.problem() + REMEDY);
        }
        if (images.count() != split.size() || images.rows() != MnistFile.SIDE || images.columns() != MnistFile.SIDE) {
            throw new IdxFormatException(imagesPath, "holds " + images.count() + " images of " + images.rows() + " x "
                    + images.columns() + " pixels, MNIST's " + split.name().toLowerCase(java.util.Locale.ROOT)
                    + " split has " + split.size() + " images of 28 x 28" + REMEDY);
        }
        if (labels.count() != images.count()) {
            throw new IdxFormatException(labelsPath, "holds " + labels.count() + " labels for " + images.count() + " images" + REMEDY);
        }
        return toDataset(split.datasetName() + (binarize ? "-binarized" : ""), images, labels, MnistSplit.CLASSES, binarize, labelsPath);
    }

    /**
     * Builds a dataset from parsed IDX contents: features scaled as described in the class
     * comment, labels one-hot over {@code classes}.
     *
     * @throws IdxFormatException naming {@code labelsFile} when a label lies outside 0..classes-1
     */
    static Dataset toDataset(String name, IdxImages images, IdxLabels labels, int classes, boolean binarize, Path labelsFile)
            throws IdxFormatException {
        int n = images.count();
        int featureCount = images.pixelsPerImage();
        byte[] raw = images.rawPixels();
        double[] features = new double[raw.length];
        if (binarize) {
            for (int i = 0; i < raw.length; i++) features[i] = (raw[i] & 0xff) > BINARIZE_THRESHOLD ? 1.0 : 0.0;
        } else {
            for (int i = 0; i < raw.length; i++) features[i] = (raw[i] & 0xff) / 255.0;
        }
        double[] oneHot = new double[n * classes];
        for (int i = 0; i < n; i++) {
            int label = labels.label(i);
            if (label >= classes) {
                throw new IdxFormatException(labelsFile, "label " + label + " of example " + i + " lies outside 0.." + (classes - 1) + REMEDY);
            }
            oneHot[i * classes + label] = 1.0;
        }
        return Dataset.of(name, features, oneHot, featureCount, classes);
    }
}
