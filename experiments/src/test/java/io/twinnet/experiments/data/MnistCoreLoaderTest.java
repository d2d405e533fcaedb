package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MnistCoreLoaderTest {
    @TempDir
    Path dir;

    @Test
    void pixelsAreDividedBy255AndLabelsOneHot() throws Exception {
        IdxImages images = new IdxImages(2, 1, 3, new byte[] {0, (byte) 255, 51, 30, 31, (byte) 200});
        IdxLabels labels = new IdxLabels(new byte[] {2, 0});
        Dataset d = MnistCoreLoader.toDataset("t", images, labels, 3, false, dir.resolve("labels"));
        assertArrayEquals(new double[] {0.0, 1.0, 0.2, 30 / 255.0, 31 / 255.0, 200 / 255.0}, d.features());
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0}, d.labels());
        assertEquals(2, d.classOf(0));
    }

    @Test
    void binarizedPixelsAreOneAbove30AsInDl4j() throws Exception {
        IdxImages images = new IdxImages(1, 1, 5, new byte[] {0, 30, 31, (byte) 128, (byte) 255});
        IdxLabels labels = new IdxLabels(new byte[] {1});
        Dataset d = MnistCoreLoader.toDataset("t", images, labels, 2, true, dir.resolve("labels"));
        assertArrayEquals(new double[] {0, 0, 1, 1, 1}, d.features());
    }

    @Test
    void aLabelOutsideTheClassesIsRefusedNamingTheFile() {
        IdxImages images = new IdxImages(1, 1, 1, new byte[] {0});
        IdxLabels labels = new IdxLabels(new byte[] {10});
        Path labelsFile = dir.resolve("t10k-labels-idx1-ubyte");
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> MnistCoreLoader.toDataset("t", images, labels, 10, false, labelsFile));
        assertTrue(e.getMessage().startsWith(labelsFile + ": label 10 of example 0 lies outside 0..9"), e.getMessage());
        assertTrue(e.getMessage().contains("twinnet fetch-mnist"), e.getMessage());
    }

    @Test
    void anImageFileOfTheWrongSizeIsRefusedNamingTheFileAndTheRemedy() throws Exception {
        IdxFiles.write(dir.resolve("t10k-images-idx3-ubyte"), IdxReader.IMAGES_MAGIC, new int[] {3, 28, 28}, new byte[3 * 784]);
        IdxFiles.write(dir.resolve("t10k-labels-idx1-ubyte"), IdxReader.LABELS_MAGIC, new int[] {3}, new byte[3]);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> MnistCoreLoader.load(dir, MnistSplit.TEST, false));
        assertTrue(e.getMessage().startsWith(dir.resolve("t10k-images-idx3-ubyte") + ": holds 3 images of 28 x 28 pixels"), e.getMessage());
        assertTrue(e.getMessage().contains("run `twinnet fetch-mnist`"), e.getMessage());
    }

    @Test
    void aTruncatedRealMnistFileIsRefusedWithTheRemedy() throws Exception {
        RealMnist.copyInto(dir, EnumSet.of(MnistFile.TEST_IMAGES, MnistFile.TEST_LABELS));
        Path images = dir.resolve(MnistFile.TEST_IMAGES.fileName());
        IdxFiles.truncate(images, Files.size(images) - 784); // the last image is cut off
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> MnistCoreLoader.load(dir, MnistSplit.TEST, false));
        assertTrue(e.getMessage().startsWith(images + ": truncated: the header announces 10000 images of 28 x 28 pixels (7840016 bytes in all) but the file has only 7839232 bytes"),
                e.getMessage());
        assertTrue(e.getMessage().contains("delete it and run `twinnet fetch-mnist`"), e.getMessage());
    }

    @Test
    void aRealLabelFileWithAWrongMagicNumberIsRefused() throws Exception {
        RealMnist.copyInto(dir, EnumSet.of(MnistFile.TEST_IMAGES, MnistFile.TEST_LABELS));
        Path labels = dir.resolve(MnistFile.TEST_LABELS.fileName());
        IdxFiles.flipByte(labels, 3); // 0x00000801 -> 0x000008FE
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> MnistCoreLoader.load(dir, MnistSplit.TEST, false));
        assertTrue(e.getMessage().startsWith(labels + ": wrong magic number 0x000008FE, expected 0x00000801"), e.getMessage());
    }

    @Test
    void theRealTestSplitHas10000ExamplesOfEveryDigit() throws Exception {
        Dataset test = MnistCoreLoader.load(RealMnist.directory(), MnistSplit.TEST, false);
        assertEquals(10_000, test.size());
        assertEquals(784, test.featureCount());
        int[] perClass = new int[10];
        for (int i = 0; i < test.size(); i++) perClass[test.classOf(i)]++;
        // class counts of the MNIST test set (LeCun et al.'s distribution)
        assertArrayEquals(new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}, perClass);
        assertEquals(7, test.classOf(0)); // the first test digit is a 7
    }
}
