package io.twinnet.core.init;

import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.WeightInit;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sample statistics of every scheme on a 400 × 100 layer (40,000 weights, as DESIGN.md's DL4J
 * measurements), against values worked out from the published formulas. Tolerances are five standard
 * errors of the statistic: mean ± 5σ/√n; variance ± 5·SE, with SE = σ²√(2/n) for a normal sample and
 * σ²√(0.8/n) for a uniform one (fourth central moment 9σ⁴/5).
 */
class InitialisersTest {
    static final int FAN_IN = 400, FAN_OUT = 100, N = FAN_IN * FAN_OUT;

    static double[] draw(WeightInit init, long seed) {
        return Initialisers.draw(init, FAN_IN, FAN_OUT, new int[]{FAN_IN, FAN_OUT}, seed);
    }

    static double mean(double[] a) {
        double s = 0;
        for (double v : a) s += v;
        return s / a.length;
    }

    static double variance(double[] a) {
        double m = mean(a), s = 0;
        for (double v : a) s += (v - m) * (v - m);
        return s / a.length;
    }

    static void assertNormal(WeightInit init, double expectedMean, double expectedStd) {
        double[] w = draw(init, 11);
        double var = expectedStd * expectedStd;
        assertEquals(expectedMean, mean(w), 5 * expectedStd / Math.sqrt(N), init + " mean");
        assertEquals(var, variance(w), 5 * var * Math.sqrt(2.0 / N), init + " variance");
        // shape: fraction within one and two standard deviations (68.27 %, 95.45 %), ± 5 binomial SEs
        double in1 = Arrays.stream(w).filter(v -> Math.abs(v - expectedMean) < expectedStd).count() / (double) N;
        double in2 = Arrays.stream(w).filter(v -> Math.abs(v - expectedMean) < 2 * expectedStd).count() / (double) N;
        assertEquals(0.6827, in1, 5 * Math.sqrt(0.6827 * 0.3173 / N), init + " mass within 1 std");
        assertEquals(0.9545, in2, 5 * Math.sqrt(0.9545 * 0.0455 / N), init + " mass within 2 std");
    }

    static void assertUniform(WeightInit init, double lower, double upper) {
        double[] w = draw(init, 12);
        double width = upper - lower;
        double var = width * width / 12;
        assertTrue(Arrays.stream(w).allMatch(v -> v >= lower && v < upper), init + " bounds");
        // the extremes of 40,000 draws come within a few 1e-4 of the bounds
        assertEquals(lower, Arrays.stream(w).min().orElseThrow(), width * 5.0 / N * 10, init + " min");
        assertEquals(upper, Arrays.stream(w).max().orElseThrow(), width * 5.0 / N * 10, init + " max");
        assertEquals((lower + upper) / 2, mean(w), 5 * Math.sqrt(var / N), init + " mean");
        assertEquals(var, variance(w), 5 * var * Math.sqrt(0.8 / N), init + " variance");
    }

    @Test
    void xavierIsNormalWithVarianceTwoOverFanInPlusFanOut() {
        assertNormal(WeightInit.of(InitScheme.XAVIER), 0, Math.sqrt(2.0 / 500)); // 0.0632, as DL4J draws
    }

    @Test
    void reluIsNormalWithVarianceTwoOverFanIn() {
        assertNormal(WeightInit.of(InitScheme.RELU), 0, 0.0707106781); // √(2/400)
    }

    @Test
    void lecunNormalAndXavierFanInAreNormalWithVarianceOneOverFanIn() {
        assertNormal(WeightInit.of(InitScheme.LECUN_NORMAL), 0, 0.05);
        assertNormal(WeightInit.of(InitScheme.XAVIER_FAN_IN), 0, 0.05);
    }

    @Test
    void normalDistributionUsesTheStandardDeviationGiven() {
        assertNormal(WeightInit.normal(0, 0.01), 0, 0.01);
        assertNormal(WeightInit.normal(0.5, 2), 0.5, 2);
    }

    @Test
    void uniformSchemesHaveTheirDocumentedBounds() {
        assertUniform(WeightInit.of(InitScheme.XAVIER_UNIFORM), -0.1095445, 0.1095445); // √(6/500)
        assertUniform(WeightInit.of(InitScheme.RELU_UNIFORM), -0.1224745, 0.1224745);     // √(6/400)
        assertUniform(WeightInit.of(InitScheme.UNIFORM), -0.05, 0.05);                    // 1/√400
        assertUniform(WeightInit.of(InitScheme.LECUN_UNIFORM), -0.15, 0.15);              // 3/√400
        assertUniform(WeightInit.of(InitScheme.SIGMOID_UNIFORM), -0.4381780, 0.4381780);  // 4·√(6/500)
        assertUniform(WeightInit.uniform(-1, 1), -1, 1);
        assertUniform(WeightInit.uniform(-0.5, 0.5), -0.5, 0.5);
        assertUniform(WeightInit.uniform(2, 3), 2, 3);
    }

    @Test
    void constantSchemesFillOneValue() {
        assertTrue(Arrays.stream(draw(WeightInit.zero(), 1)).allMatch(v -> v == 0.0));
        assertTrue(Arrays.stream(draw(WeightInit.of(InitScheme.ONES), 1)).allMatch(v -> v == 1.0));
        assertTrue(Arrays.stream(draw(WeightInit.constant(-0.25), 1)).allMatch(v -> v == -0.25));
    }

    @Test
    void identityIsTheUnitMatrixOrTheCentredKernel() {
        double[] w = Initialisers.draw(WeightInit.of(InitScheme.IDENTITY), 3, 3, new int[]{3, 3}, 0);
        assertArrayEquals(new double[]{1, 0, 0, 0, 1, 0, 0, 0, 1}, w);
        double[] k = Initialisers.draw(WeightInit.of(InitScheme.IDENTITY), 18, 18, new int[]{2, 2, 3, 3}, 0);
        assertEquals(2.0, Arrays.stream(k).sum());
        assertEquals(1.0, k[4]);                      // [0][0][1][1]
        assertEquals(1.0, k[((2 + 1) * 3 + 1) * 3 + 1]); // [1][1][1][1]
        assertThrows(IllegalArgumentException.class,
                () -> Initialisers.draw(WeightInit.of(InitScheme.IDENTITY), 3, 2, new int[]{3, 2}, 0));
    }

    @Test
    void theSameSeedDrawsTheSameBitsAndAnotherSeedDoesNot() {
        for (InitScheme s : new InitScheme[]{InitScheme.XAVIER, InitScheme.UNIFORM, InitScheme.RELU}) {
            double[] a = draw(WeightInit.of(s), 5), b = draw(WeightInit.of(s), 5), c = draw(WeightInit.of(s), 6);
            assertArrayEquals(a, b);
            assertFalse(Arrays.equals(a, c));
        }
    }

    @Test
    void drawsFollowTheRowMajorOrderOfTheGenerator() {
        Rng rng = new Rng(99);
        double[] expected = new double[6];
        for (int k = 0; k < 6; k++) expected[k] = -1 + 2 * rng.nextDouble();
        assertArrayEquals(expected, Initialisers.draw(WeightInit.uniform(-1, 1), 2, 3, new int[]{2, 3}, 99));
    }

    @Test
    void layerSeedsDifferPerLayerAndPerNetworkSeed() {
        assertNotEquals(Rng.layerSeed(1, 0), Rng.layerSeed(1, 1));
        assertNotEquals(Rng.layerSeed(1, 0), Rng.layerSeed(2, 0));
        assertEquals(Rng.layerSeed(1, 3), Rng.layerSeed(1, 3));
    }

    @Test
    void distributionsReportTheFormulaParameters() {
        WeightDistribution x = Initialisers.distribution(WeightInit.xavier(), 400, 100);
        assertEquals(WeightDistribution.Kind.NORMAL, x.kind());
        assertEquals(2.0 / 500, x.variance(), 1e-15);
        WeightDistribution u = Initialisers.distribution(WeightInit.of(InitScheme.UNIFORM), 400, 100);
        assertEquals(-0.05, u.a(), 1e-15);
        assertEquals(0.05, u.b(), 1e-15);
        assertEquals(0.01 / 12, u.variance(), 1e-15);
    }

    @Test
    void gaussianDrawsAreStandardNormal() {
        Rng rng = new Rng(3);
        int n = 200_000;
        double s = 0, s2 = 0, s4 = 0;
        for (int k = 0; k < n; k++) {
            double g = rng.nextGaussian();
            s += g;
            s2 += g * g;
            s4 += g * g * g * g;
        }
        assertEquals(0, s / n, 5 / Math.sqrt(n));
        assertEquals(1, s2 / n, 5 * Math.sqrt(2.0 / n));
        assertEquals(3, s4 / n, 5 * Math.sqrt(96.0 / n)); // Var(g⁴) = 105 − 9 = 96
    }
}
