package io.twinnet.experiments.lab.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShiftPermutationTest {

    @Test
    void fullySeparatedSamplesGiveASmallExactPValueOnlyInTheirDirection() {
        double[] x = {10, 11, 12};
        double[] y = {0, 1, 2};
        // of the C(6, 3) = 20 splits, two reach the observed median difference 11 − 1 = 10: the observed one and
        // {2, 11, 12} against {0, 1, 10} (11 − 1 again); every other split gives less
        assertEquals(2.0 / 20, ShiftPermutation.greater(x, y, 0, 1), 1e-15);
        assertEquals(1.0, ShiftPermutation.less(x, y, 0, 1), 1e-15);
        // y against x: the mirror image
        assertEquals(2.0 / 20, ShiftPermutation.less(y, x, 0, 1), 1e-15);
    }

    @Test
    void aShiftBeyondTheGapTurnsTheTestAround() {
        double[] x = {10, 11, 12};
        double[] y = {0, 1, 2};
        // against d = 20 the core's values, moved down by 20, lie wholly below DL4J's: "d < 20" at the smallest p
        assertEquals(2.0 / 20, ShiftPermutation.less(x, y, 20, 1), 1e-15);
        assertEquals(1.0, ShiftPermutation.greater(x, y, 20, 1), 1e-15);
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
