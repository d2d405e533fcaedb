package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticDatasetsTest {

    @Test
    void blobsScatterAroundTheirCentresWithTheGivenSpread() {
        int perClass = 4000;
        Dataset d = GaussianBlobs.generate(perClass, 3, 4, 5.0, 0.5, 11L);
        assertEquals(12_000, d.size());
        assertEquals(4, d.featureCount());
        assertEquals(3, d.labelCount());
        for (int k = 0; k < 3; k++) {
            double[] centre = {5 * Math.cos(2 * Math.PI * k / 3), 5 * Math.sin(2 * Math.PI * k / 3), 0, 0};
            double[] sum = new double[4];
            double[] sumSq = new double[4];
            int n = 0;
            for (int i = 0; i < d.size(); i++) {
                if (d.classOf(i) != k) continue;
                n++;
                for (int j = 0; j < 4; j++) {
                    double v = d.features()[i * 4 + j];
                    sum[j] += v;
                    sumSq[j] += (v - centre[j]) * (v - centre[j]);
                }
            }
            assertEquals(perClass, n);
            for (int j = 0; j < 4; j++) {
                // mean within 5 standard errors (0.5 / sqrt(4000) = 0.0079); std within 5 % of 0.5
                assertEquals(centre[j], sum[j] / n, 0.04, "class " + k + " coordinate " + j);
                assertEquals(0.5, Math.sqrt(sumSq[j] / n), 0.025, "class " + k + " coordinate " + j);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOther() {
        assertEquals(GaussianBlobs.generate(10, 2, 2, 1, 1, 5L), GaussianBlobs.generate(10, 2, 2, 1, 1, 5L));
        assertNotEquals(GaussianBlobs.generate(10, 2, 2, 1, 1, 5L), GaussianBlobs.generate(10, 2, 2, 1, 1, 6L));
        assertEquals(XorDataset.generate(50, 1L), XorDataset.generate(50, 1L));
        assertEquals(TwoSpirals.generate(50, 2, 0.1, 1L), TwoSpirals.generate(50, 2, 0.1, 1L));
        assertNotEquals(TwoSpirals.generate(50, 2, 0.1, 1L), TwoSpirals.generate(50, 2, 0.1, 2L));
    }

    @Test
    void xorLabelsPointsByTheSignsOfTheirCoordinates() {
        Dataset d = XorDataset.generate(2000, 3L);
        int ones = 0;
        for (int i = 0; i < d.size(); i++) {
            double x = d.features()[2 * i];
            double y = d.features()[2 * i + 1];
            assertTrue(x >= -1 && x < 1 && y >= -1 && y < 1);
            int expected = (x < 0) != (y < 0) ? 1 : 0;
            assertEquals(expected, d.classOf(i), "point (" + x + ", " + y + ")");
            ones += expected;
        }
        // half the square has opposite signs: 1000 +- 5 * sqrt(2000 / 4)
        assertEquals(1000, ones, 112);
    }

    @Test
    void noiselessSpiralPointsLieOnTheirArms() {
        double turns = 1.5;
        Dataset d = TwoSpirals.generate(500, turns, 0.0, 8L);
        assertEquals(1000, d.size());
        for (int i = 0; i < d.size(); i++) {
            double x = d.features()[2 * i];
            double y = d.features()[2 * i + 1];
            double r = Math.hypot(x, y);
            double expectedAngle = 2 * Math.PI * turns * r + Math.PI * d.classOf(i);
            double diff = Math.IEEEremainder(Math.atan2(y, x) - expectedAngle, 2 * Math.PI);
            assertEquals(0.0, diff, 1e-9, "point " + i);
        }
    }

    @Test
    void badArgumentsAreRefusedNamingThem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GaussianBlobs.generate(10, 1, 2, 1, 1, 0))
                .getMessage().startsWith("classes:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TwoSpirals.generate(10, 1, -1, 0))
                .getMessage().startsWith("noise:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> XorDataset.generate(0, 0))
                .getMessage().startsWith("size:"));
    }
}
