package io.twinnet.experiments.lab.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShiftPermutationTest {

    /**
     * x = {10, 11, 12} against y = {0, 1, 2}. Of the C(6, 3) = 20 splits, two reach the observed median difference
     * 11 − 1 = 10: the observed one and {2, 11, 12} against {0, 1, 10}; every other split gives less. Against a shift
     * of 20, x − 20 lies wholly below y and the same two splits are the extreme ones the other way.
     */
    @ParameterizedTest
    @CsvSource({"0, true, 0.1", "0, false, 1.0", "20, false, 0.1", "20, true, 1.0"})
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
    @CsvSource({"0, true, 0.1", "0, false, 1.0", "20, false, 0.1", "20, true, 1.0"})
    void theTestDoesNotDependOnTheScaleOfTheOutcome(double shift, boolean greater, double expected) {
        double scale = 1e-16;
        double[] x = {10 * scale, 11 * scale, 12 * scale};
        double[] y = {0, 1 * scale, 2 * scale};
        double p = greater ? ShiftPermutation.greater(x, y, shift * scale, 1) : ShiftPermutation.less(x, y, shift * scale, 1);
        assertEquals(expected, p, 1e-15);
    }

    @Test
    void largeSamplesAreDrawnAndStillReachAboutOneOverTheDraws() {
        double[] x = new double[12];
        double[] y = new double[12];
        for (int i = 0; i < 12; i++) {
            x[i] = 100 + i;
            y[i] = i;
        }
        double p = ShiftPermutation.greater(x, y, 0, 7);
        assertTrue(p >= 1.0 / (1 + ShiftPermutation.DRAWS) && p <= 3.0 / (1 + ShiftPermutation.DRAWS), "p = " + p);
    }

    @ParameterizedTest
    @CsvSource({"2, 6", "5, 252", "8, 12870"})
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
