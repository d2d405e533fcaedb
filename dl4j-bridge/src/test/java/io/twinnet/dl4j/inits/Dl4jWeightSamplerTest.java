package io.twinnet.dl4j.inits;

import io.twinnet.core.spec.WeightInit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Dl4jWeightSamplerTest {
    private final Dl4jWeightSampler dl4j = new Dl4jWeightSampler();

    @Test
    void sameSeedGivesTheSameLayerAndAnotherSeedAnotherOne() {
        LayerGeometry g = LayerGeometry.dense(30, 20);
        double[] a = dl4j.draw(WeightInit.xavier(), g, 5);
        assertArrayEquals(a, dl4j.draw(WeightInit.xavier(), g, 5), 0.0);
        double[] b = dl4j.draw(WeightInit.xavier(), g, 6);
        assertTrue(a[0] != b[0] || a[1] != b[1]);
        assertEquals(600, a.length);
    }

    /** DESIGN.md's measured rows on 400×100: XAVIER std √(2/500) = 0.0632, UNIFORM ±1/√400 = ±0.05. */
    @Test
    void dl4jOn400x100ReproducesTheMeasuredTable() {
        LayerGeometry g = LayerGeometry.dense(400, 100);
        double[] xavier = InitDistributionChecker.sample(dl4j, WeightInit.xavier(), g, 40_000, 1);
        assertEquals(0.0632, InitDistributionChecker.std(xavier), 0.0632 * 0.02);
        double[] uniform = InitDistributionChecker.sample(dl4j, WeightInit.of(io.twinnet.core.spec.InitScheme.UNIFORM), g, 40_000, 1);
        double max = 0;
        for (double w : uniform) max = Math.max(max, Math.abs(w));
        assertTrue(max <= 0.05 && max > 0.0499, "max |w| = " + max);
    }

    @Test
    void convolutionIdentityIsOneAtTheKernelCentreOfMatchingChannels() {
        LayerGeometry g = LayerGeometry.conv(3, 3, 3, 1); // [nOut=3, nIn=3, 3, 3]
        double[] w = dl4j.draw(WeightInit.of(io.twinnet.core.spec.InitScheme.IDENTITY), g, 1);
        for (int o = 0; o < 3; o++) {
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 9; k++) {
                    assertEquals(o == i && k == 4 ? 1.0 : 0.0, w[(o * 3 + i) * 9 + k], "o=" + o + " i=" + i + " k=" + k);
                }
            }
        }
    }
}
