package io.twinnet.experiments.lab.parity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShiftPermutationTest {

    /**
     * x = {10, 11, 12} against y = {0, 1, 2}: x holds ranks 4, 5, 6, the largest rank sum 15, which of the C(6, 3) = 20
     * splits only the observed one reaches. Against a shift of 20, x − 20 lies wholly below y (ranks 1, 2, 3, sum 6),
     * the one extreme split the other way.
     */
    @ParameterizedTest
    @CsvSource({"0, true, 0.05", "0, false, 1.0", "20, false, 0.05", "20, true, 1.0"})
    void fullySeparatedSamplesGiveASmallExactPValueOnlyInTheirDirection(double shift, boolean greater, double expected) {
        double[] x = {10, 11, 12};
        double[] y = {0, 1, 2};
        double p = greater ? ShiftPermutation.greater(x, y, shift, 1) : ShiftPermutation.less(x, y, shift, 1);
        assertEquals(expected, p, 1e-15);
    }

    /**
     * The same samples scaled to 1e-16 (an outcome such as a collapsed signal's std ratio): ties are judged at the data's
     * scale, so the p-values are those of the unscaled samples; a tolerance of 1e-12 in absolute terms made every split a
     * tie and every p-value 1.
     */
    @ParameterizedTest
    @CsvSource({"0, true, 0.05", "0, false, 1.0", "20, false, 0.05", "20, true, 1.0"})
    void theTestDoesNotDependOnTheScaleOfTheOutcome(double shift, boolean greater, double expected) {
        double scale = 1e-16;
        double[] x = {10 * scale, 11 * scale, 12 * scale};
        double[] y = {0, 1 * scale, 2 * scale};
        double p = greater ? ShiftPermutation.greater(x, y, shift * scale, 1) : ShiftPermutation.less(x, y, shift * scale, 1);
        assertEquals(expected, p, 1e-15);
    }

    /**
     * Ten separated values a side, as a sweep's ten seeds give when the two sides agree far inside the margin: only the
     * observed split reaches its rank sum, p = 1/C(20, 10). The difference of medians tied on 120 splits here (p = 6.5e-4),
     * too coarse for a family-wise level over a sweep.
     */
    @Test
    void tenSeparatedValuesASideReachOneOverTheNumberOfSplits() {
        double[] x = new double[10];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i] = 0.5 + 0.01 * i;
            y[i] = 0.01 * i;
        }
        assertEquals(1 / 184756.0, ShiftPermutation.greater(x, y, 0, 1), 1e-18);
    }

    /** Tied values share the mean of their ranks: {3, 1, 3, 2} ranks {3.5, 1, 3.5, 2}, and values within rounding count as tied. */
    @Test
    void tiedValuesShareTheirMeanRank() {
        assertArrayEquals(new double[]{3.5, 1, 3.5, 2}, ShiftPermutation.midRanks(new double[]{3, 1, 3, 2}));
        assertArrayEquals(new double[]{2.5, 1, 2.5}, ShiftPermutation.midRanks(new double[]{0.3, 0.1, 0.1 + 0.2}));
    }

    @Test
    void largeSamplesAreDrawnAndStillReachAboutOneOverTheDraws() {
        int n = ShiftPermutation.EXACT_LIMIT / 2 + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 100 + i;
            y[i] = i;
        }
        double p = ShiftPermutation.greater(x, y, 0, 7);
        assertTrue(p >= 1.0 / (1 + ShiftPermutation.DRAWS) && p <= 3.0 / (1 + ShiftPermutation.DRAWS), "p = " + p);
    }

    /** The counted p-value against every split listed, on small samples with ties, both directions, several shifts. */
    @ParameterizedTest
    @CsvSource({"1, 0.0", "2, 0.3", "3, -0.2", "4, 0.5"})
    void theCountedPValueIsTheFractionOfListedSplits(long seed, double shift) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[4 + (int) seed % 2];
        double[] y = new double[5];
        for (int i = 0; i < x.length; i++) x[i] = random.nextInt(4) * 0.25 + 0.2; // a coarse grid, so values tie
        for (int i = 0; i < y.length; i++) y[i] = random.nextInt(4) * 0.25;
        for (boolean greater : new boolean[]{true, false}) {
            double counted = greater ? ShiftPermutation.greater(x, y, shift, 1) : ShiftPermutation.less(x, y, shift, 1);
            assertEquals(listedSplits(x, y, shift, greater), counted, 1e-12, "greater = " + greater);
        }
    }

    /** The oracle: every split of the pooled mid-ranks listed, the fraction whose first group's rank sum is as extreme. */
    private static double listedSplits(double[] x, double[] y, double shift, boolean greater) {
        double[] pooled = new double[x.length + y.length];
        for (int i = 0; i < x.length; i++) pooled[i] = x[i] - shift;
        System.arraycopy(y, 0, pooled, x.length, y.length);
        double[] ranks = ShiftPermutation.midRanks(pooled);
        double observed = 0;
        for (int i = 0; i < x.length; i++) observed += ranks[i];
        int extreme = 0;
        int all = 0;
        for (int mask = 0; mask < 1 << pooled.length; mask++) {
            if (Integer.bitCount(mask) != x.length) continue;
            double sum = 0;
            for (int i = 0; i < pooled.length; i++) if ((mask & 1 << i) != 0) sum += ranks[i];
            all++;
            if (greater ? sum >= observed - 1e-9 : sum <= observed + 1e-9) extreme++;
        }
        return (double) extreme / all;
    }

    @ParameterizedTest
    @CsvSource({"2, 6", "5, 252", "8, 12870", "10, 184756", "12, 2704156"})
    void noExactPValueCanFallBelowOneOverTheNumberOfSplits(int n, double splits) {
        assertEquals(1 / splits, ShiftPermutation.smallestP(n), 1e-15);
    }

    @Test
    void underTheNullHypothesisTheTestRejectsAtMostAboutItsLevel() {
        SplittableRandom random = new SplittableRandom(42);
        int rejections = 0;
        int trials = 400;
        for (int t = 0; t < trials; t++) {
            double[] x = new double[6];
            double[] y = new double[6];
            for (int i = 0; i < 6; i++) {
                x[i] = 3 + random.nextGaussian();  // both sides shifted by the tested 3
                y[i] = random.nextGaussian();
            }
            if (ShiftPermutation.greater(x, y, 3, t) <= 0.05) rejections++;
        }
        // a valid test rejects a true null in at most 5 % of trials; 400 trials put 9 % at 3.7 standard errors
        assertTrue(rejections <= 0.09 * trials, rejections + " of " + trials + " rejected at 0.05");
        assertTrue(rejections > 0, "a test that never rejects has no power either");
    }

    @Test
    void anEmptySampleIsRefusedWithTheSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShiftPermutation.greater(new double[0], new double[] {1}, 0, 1));
        assertTrue(e.getMessage().contains("0 and 1"), e.getMessage());
    }
}
