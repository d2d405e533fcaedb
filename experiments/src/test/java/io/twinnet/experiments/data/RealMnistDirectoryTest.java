package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;
import org.deeplearning4j.datasets.iterator.impl.MnistDataSetIterator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The designated test of DL4J's real MNIST directory: provisions it through the default code
 * path (what CI does on a fresh machine) and checks that DL4J's iterator, built with no
 * directory argument at all, reads the provisioned files.
 */
class RealMnistDirectoryTest {

    @Test
    void defaultProvisioningFillsTheDirectoryDl4jsIteratorReadsByDefault() throws Exception {
        Path dir = RealMnist.directory();
        assertEquals(Dl4jMnistDirectory.defaultDirectory(), dir);
        for (FileCheck c : new MnistProvisioner(dir, java.util.List.of(), line -> { }).check()) {
            assertEquals(FileState.VALID, c.state(), c.path() + ": " + c.problem());
        }
        // DL4J's own default: MnistDataSetIterator(batch, numExamples, binarize) reads the training
        // files from DL4JResources' base directory, unshuffled.
        DataSet first = new MnistDataSetIterator(3, 3, false).next();
        Dataset core = MnistCoreLoader.load(dir, MnistSplit.TRAIN, false);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < MnistSplit.FEATURES; j++) {
                assertEquals((float) core.features()[i * MnistSplit.FEATURES + j], first.getFeatures().getFloat(i, j), "image " + i + " pixel " + j);
            }
            assertEquals(core.classOf(i), first.getLabels().getRow(i).argMax().getInt(0), "label of image " + i);
        }
        // The first three training digits of MNIST are 5, 0, 4.
        assertEquals(5, core.classOf(0));
        assertEquals(0, core.classOf(1));
        assertEquals(4, core.classOf(2));
    }
}
