package io.twinnet.core.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.SpecException;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.spec.Window;
import io.twinnet.core.spec.json.SpecJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RandomizedAsymmetricInitialiserTest {

    /** Units drawn through {@code drawUnit}: the Beta entries, the others (scaled by 1/σ) and how often each index was picked. */
    private record Units(double[] beta, double[] gaussian, int[] picked) {
        static Units draw(int entries, int units, long seed) {
            Rng rng = new Rng(seed);
            double sigma = 0.3;
            double[] v = new double[entries];
            double[] beta = new double[units];
            double[] gaussian = new double[units * (entries - 1)];
            int[] picked = new int[entries];
            int g = 0;
            for (int u = 0; u < units; u++) {
                int k = RandomizedAsymmetricInitialiser.drawUnit(v, sigma, rng);
                picked[k]++;
                beta[u] = v[k];
                for (int i = 0; i < entries; i++) if (i != k) gaussian[g++] = v[i] / sigma;
            }
            return new Units(beta, gaussian, picked);
        }
    }

    @Test
    void theReplacedEntryFollowsBeta21AndTheOthersTheSymmetricGaussian() {
        Units u = Units.draw(4, 20_000, 5);
        // Beta(2, 1): CDF x² on [0, 1]; the Kolmogorov-Smirnov distance to it
        double[] sorted = u.beta.clone();
        java.util.Arrays.sort(sorted);
        double d = 0;
        for (int i = 0; i < sorted.length; i++) {
            double f = sorted[i] * sorted[i];
            d = Math.max(d, Math.max(Math.abs((i + 1.0) / sorted.length - f), Math.abs(f - (double) i / sorted.length)));
        }
        assertTrue(d < 1.63 / Math.sqrt(sorted.length), "KS distance to Beta(2, 1) = " + d); // 1 % critical value
        assertTrue(java.util.Arrays.stream(u.beta).allMatch(x -> x >= 0 && x < 1));
        // the others, divided by σ: N(0, 1) moments (mean 0, variance 1, fourth moment 3) and half of them positive
        double n = u.gaussian.length;
        double m1 = 0, m2 = 0, m4 = 0, positive = 0;
        for (double g : u.gaussian) {
            m1 += g / n;
            m2 += g * g / n;
            m4 += g * g * g * g / n;
            if (g > 0) positive++;
        }
        assertEquals(0, m1, 4 / Math.sqrt(n));
        assertEquals(1, m2, 4 * Math.sqrt(2 / n));
        assertEquals(3, m4, 4 * Math.sqrt(96 / n));
        assertEquals(0.5, positive / n, 4 * 0.5 / Math.sqrt(n));
    }

    @Test
    void theReplacedIndexIsUniformOverTheEntriesBiasIncluded() {
        int entries = 5;
        int units = 50_000;
        Units u = Units.draw(entries, units, 11);
        double expected = (double) units / entries;
        double chi2 = 0;
        for (int c : u.picked) chi2 += (c - expected) * (c - expected) / expected;
        assertTrue(chi2 < 13.28, "chi-square over " + entries + " indices = " + chi2); // 4 degrees of freedom, 1 %
    }

    @ParameterizedTest(name = "fan-in {0}")
    @CsvSource({"1", "3", "10"})
    void eachEntrysMeanAndSecondMomentAreTheMixtures(int nIn) {
        int nOut = 40_000;
        int entries = nIn + 1;
        double[] params = new double[nIn * nOut + nOut];
        assertTrue(RandomizedAsymmetricInitialiser.INSTANCE.fillDense(params, 0, nIn * nOut, nIn, nOut, new Rng(3)));
        double s2 = 0.6007 * 0.6007 / nIn;
        double mean = (2.0 / 3) / entries; // hand: ξ with probability 1/(N+1), mean 2/3
        double second = (0.5 + nIn * s2) / entries; // hand: E ξ² = 1/2, else σ²
        double m1 = 0;
        double m2 = 0;
        for (double p : params) {
            m1 += p;
            m2 += p * p;
        }
        m1 /= params.length;
        m2 /= params.length;
        assertEquals(mean, m1, 4 * Math.sqrt(second / params.length), "mean of an entry");
        assertEquals(second, m2, 0.02 * second, "second moment of an entry");
        WeightDistribution d = Initialisers.distribution(WeightInit.rai(), nIn, nOut);
        assertEquals(mean, d.mean(), 1e-15);
        assertEquals(second - mean * mean, d.variance(), 1e-15);
    }

    @Test
    void everyUnitHasOneEntryInTheUnitIntervalWhenTheGaussianIsTiny() {
        // with σ → 0 the Gaussian entries vanish and only the Beta entry remains: exactly one non-zero per unit
        double[] v = new double[7];
        Rng rng = new Rng(9);
        for (int u = 0; u < 200; u++) {
            int k = RandomizedAsymmetricInitialiser.drawUnit(v, 0, rng);
            for (int i = 0; i < v.length; i++) assertEquals(i == k, v[i] != 0, "unit " + u + " entry " + i);
        }
    }

    @Test
    void aNetworksDrawIsBitReproducibleAndDrawsTheBiases() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(2)).dense(3, Activation.RELU, WeightInit.rai())
                .output(1, Activation.IDENTITY, LossFunction.MSE, WeightInit.rai()).seed(17).build();
        double[] a = Network.initialise(spec).parameters();
        assertArrayEquals(a, Network.initialise(spec).parameters());
        assertFalse(java.util.Arrays.equals(a, Network.initialise(spec.withSeed(18)).parameters()));
        // layer 0: W {2, 3} at 0..5, b {3} at 6..8; unit j's entries are W[0][j], W[1][j], b[j]; the draw is the documented order
        Rng rng = new Rng(Rng.layerSeed(17, 0));
        double[] v = new double[3];
        for (int j = 0; j < 3; j++) {
            RandomizedAsymmetricInitialiser.drawUnit(v, 0.6007 / Math.sqrt(2), rng);
            assertEquals(v[0], a[j]);
            assertEquals(v[1], a[3 + j]);
            assertEquals(v[2], a[6 + j]);
        }
    }

    @Test
    void theSpecRefusesABiasInitAndConvolutionsAndJsonNamesTheScheme() {
        SpecException bias = assertThrows(SpecException.class, () -> DenseLayerSpec.of(3, Activation.RELU, WeightInit.rai()).withBiasInit(0.1));
        assertTrue(bias.getMessage().contains("biasInit"), bias.getMessage());
        assertThrows(SpecException.class, () -> new ConvolutionLayerSpec(2, Window.square(3), Activation.RELU, WeightInit.rai(), 0, true));
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(1)).dense(2, Activation.RELU, WeightInit.rai())
                .output(1, Activation.IDENTITY, LossFunction.MSE, WeightInit.rai()).seed(1).build();
        String json = SpecJson.toJson(spec);
        assertTrue(json.contains("\"rai\""), json);
        assertEquals(spec, SpecJson.fromJson(json));
    }

    @Test
    void aBiasFreeLayerPicksAmongItsWeights() {
        double[] w = Initialisers.draw(WeightInit.rai(), 1, 500, new int[]{1, 500}, 4);
        // one weight per unit: it is always the Beta entry
        assertTrue(java.util.Arrays.stream(w).allMatch(x -> x >= 0 && x < 1));
    }
}
