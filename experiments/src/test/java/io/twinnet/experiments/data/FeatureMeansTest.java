package io.twinnet.experiments.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.data.Dataset;
import org.junit.jupiter.api.Test;

class FeatureMeansTest {
    /** Three examples of two features: feature 0 is 0, 1, 2 (mean 1), feature 1 is 0.5, 0.5, 0.8 (mean 0.6). */
    private static final Dataset TRAIN = Dataset.of("t", new double[] {0, 0.5, 1, 0.5, 2, 0.8}, new double[] {1, 0, 0, 1, 1, 0}, 2, 2);

    @Test
    void theMeansAreTakenPerFeatureOverTheReferenceExamples() {
        assertArrayEquals(new double[] {1, 0.6}, FeatureMeans.of(TRAIN).means(), 1e-15);
    }

    @Test
    void centringTheReferenceLeavesEveryFeatureWithMeanZeroAndTheLabelsAsTheyWere() {
        Dataset c = FeatureMeans.of(TRAIN).centre(TRAIN);
        assertArrayEquals(new double[] {-1, -0.1, 0, -0.1, 1, 0.2}, c.features(), 1e-15);
        assertArrayEquals(TRAIN.labels(), c.labels());
        assertTrue(c.name().contains("centred"), c.name());
    }

    @Test
    void anotherSetIsCentredWithTheReferenceMeansNotItsOwn() {
        Dataset test = Dataset.of("e", new double[] {3, 0.6}, new double[] {0, 1}, 2, 2);
        assertArrayEquals(new double[] {2, 0}, FeatureMeans.of(TRAIN).centre(test).features(), 1e-15);
    }

    @Test
    void centringDoesNotChangeTheSetItReads() {
        double[] before = TRAIN.features().clone();
        FeatureMeans.of(TRAIN).centre(TRAIN);
        assertArrayEquals(before, TRAIN.features());
    }

    @Test
    void aSetWithOtherFeaturesIsRefusedNamingBothCounts() {
        Dataset three = Dataset.of("x", new double[] {1, 2, 3}, new double[] {1, 0}, 3, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeatureMeans.of(TRAIN).centre(three));
        assertEquals("data: has 3 features, the means 2", e.getMessage());
    }

    @Test
    void aNonFiniteMeanIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FeatureMeans(new double[] {0, Double.NaN}));
    }
}
