package io.twinnet.experiments.data;

import org.deeplearning4j.common.resources.DL4JResources;
import org.eclipse.deeplearning4j.resources.ResourceDataSets;

import java.nio.file.Path;

/**
 * Where Deeplearning4j 1.0.0-M2.1 reads MNIST: {@code MnistDataSetIterator} (through
 * {@code MnistDataFetcher} and {@code ResourceDataSets.mnistTrain()} etc.) looks for the four
 * uncompressed files of {@link MnistFile} <em>directly</em> in DL4J's resource base directory,
 * {@link DL4JResources#getBaseDirectory()}: the Java system property
 * {@value DL4JResources#DL4J_RESOURCES_DIR_PROPERTY} when set, otherwise
 * {@code ${user.home}/.deeplearning4j}. The iterator also accepts an explicit directory (its
 * last constructor argument), which is how twinnet points it at the directory it provisioned.
 */
public final class Dl4jMnistDirectory {
    private Dl4jMnistDirectory() {
    }

    /** DL4J's resource base directory, where its MNIST iterator looks by default. */
    public static Path defaultDirectory() {
        return DL4JResources.getBaseDirectory().toPath().toAbsolutePath();
    }

    /** The path at which DL4J's MNIST iterator, pointed at {@code directory}, reads {@code file} (from DL4J's own {@code ResourceDataSets}). */
    public static Path dl4jPathOf(Path directory, MnistFile file) {
        var dir = directory.toFile();
        var resource = switch (file) {
            case TRAIN_IMAGES -> ResourceDataSets.mnistTrain(dir);
            case TRAIN_LABELS -> ResourceDataSets.mnistTrainLabels(dir);
            case TEST_IMAGES -> ResourceDataSets.mnistTest(dir);
            case TEST_LABELS -> ResourceDataSets.mnistTestLabels(dir);
        };
        return resource.localPath().toPath();
    }
}
