package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The core's own IDX reader and DL4J's {@code MnistDataSetIterator} (unshuffled) give the same
 * features and labels for every one of the 60,000 + 10,000 images: each core double, rounded to
 * float, has exactly the bits of DL4J's float; every label row is identical. All values are
 * compared, none sampled.
 */
class CoreAndDl4jMnistAgreeTest {

    @Test
    void everyTrainingImageAndLabelIsIdenticalInCoreAndDl4j() throws Exception {
        assertIdentical(MnistSplit.TRAIN, false);
    }

    @Test
    void everyTestImageAndLabelIsIdenticalInCoreAndDl4j() throws Exception {
        assertIdentical(MnistSplit.TEST, false);
    }

    @Test
    void binarizedTestImagesAreIdenticalInCoreAndDl4j() throws Exception {
        assertIdentical(MnistSplit.TEST, true);
    }

    private static void assertIdentical(MnistSplit split, boolean binarize) throws Exception {
        Path dir = RealMnist.directory();
        Dataset core = MnistCoreLoader.load(dir, split, binarize);
        Dl4jMnist dl4j = Dl4jMnistLoader.load(dir, split, binarize);
        assertEquals(split.size(), core.size());
        assertEquals(split.size(), dl4j.size());

        float[] dl4jFeatures = dl4j.featuresCopy();
        float[] dl4jLabels = dl4j.labelsCopy();
        double[] coreFeatures = core.features();
        double[] coreLabels = core.labels();
        assertEquals(dl4jFeatures.length, coreFeatures.length);
        assertEquals(dl4jLabels.length, coreLabels.length);

        long featureMismatches = 0;
        int firstMismatch = -1;
        for (int i = 0; i < coreFeatures.length; i++) {
            if (Float.floatToRawIntBits((float) coreFeatures[i]) != Float.floatToRawIntBits(dl4jFeatures[i])) {
                if (firstMismatch < 0) firstMismatch = i;
                featureMismatches++;
            }
        }
        assertEquals(0, featureMismatches, split + ": features differ, first at image " + (firstMismatch / MnistSplit.FEATURES)
                + " pixel " + (firstMismatch % MnistSplit.FEATURES));

        long labelMismatches = 0;
        for (int i = 0; i < coreLabels.length; i++) {
            if (Float.floatToRawIntBits((float) coreLabels[i]) != Float.floatToRawIntBits(dl4jLabels[i])) labelMismatches++;
        }
        assertEquals(0, labelMismatches, split + ": labels differ");

        // The same, as one hash over every value's float bits, which is what a report would record.
        assertEquals(floatHash(dl4jFeatures, dl4jLabels), floatHashOfDoubles(coreFeatures, coreLabels));
    }

    private static long floatHash(float[] a, float[] b) {
        long h = 0xcbf29ce484222325L;
        for (float v : a) h = (h ^ Float.floatToRawIntBits(v)) * 0x100000001b3L;
        for (float v : b) h = (h ^ Float.floatToRawIntBits(v)) * 0x100000001b3L;
        return h;
    }

    private static long floatHashOfDoubles(double[] a, double[] b) {
        long h = 0xcbf29ce484222325L;
        for (double v : a) h = (h ^ Float.floatToRawIntBits((float) v)) * 0x100000001b3L;
        for (double v : b) h = (h ^ Float.floatToRawIntBits((float) v)) * 0x100000001b3L;
        return h;
    }
}
