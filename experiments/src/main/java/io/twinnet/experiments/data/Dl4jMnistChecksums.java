package io.twinnet.experiments.data;

import org.deeplearning4j.datasets.fetchers.MnistDataFetcher;

import java.lang.reflect.Field;
import java.util.EnumMap;
import java.util.Map;

/**
 * Deeplearning4j's own Adler-32 checksums of the four uncompressed MNIST files, read at run
 * time from the constants {@code CHECKSUM_TRAIN_FEATURES}, {@code CHECKSUM_TRAIN_LABELS},
 * {@code CHECKSUM_TEST_FEATURES} and {@code CHECKSUM_TEST_LABELS} of
 * {@link MnistDataFetcher} (protected, hence read by reflection), so that twinnet verifies the
 * files against exactly the values of the DL4J version on the class path.
 *
 * <p>Note: DL4J 1.0.0-M2.1 declares these constants and a private {@code validateFiles} method
 * but never calls it, so its iterator reads whatever files it finds. twinnet therefore checks
 * them itself before every use and every installation.
 */
public final class Dl4jMnistChecksums {
    private static final Map<MnistFile, Long> EXPECTED = readFromDl4j();

    private Dl4jMnistChecksums() {
    }

    /** DL4J's Adler-32 checksum of {@code file}'s uncompressed content. */
    public static long expected(MnistFile file) {
        return EXPECTED.get(file);
    }

    private static Map<MnistFile, Long> readFromDl4j() {
        Map<MnistFile, Long> m = new EnumMap<>(MnistFile.class);
        m.put(MnistFile.TRAIN_IMAGES, constant("CHECKSUM_TRAIN_FEATURES"));
        m.put(MnistFile.TRAIN_LABELS, constant("CHECKSUM_TRAIN_LABELS"));
        m.put(MnistFile.TEST_IMAGES, constant("CHECKSUM_TEST_FEATURES"));
        m.put(MnistFile.TEST_LABELS, constant("CHECKSUM_TEST_LABELS"));
        return m;
    }

    private static long constant(String name) {
        try {
            Field f = MnistDataFetcher.class.getDeclaredField(name);
            f.setAccessible(true);
            return f.getLong(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + MnistDataFetcher.class.getName() + "." + name
                    + " (has the DL4J version changed?): " + e, e);
        }
    }
}
