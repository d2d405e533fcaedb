package io.twinnet.core.math;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The float seam gives IEEE float's results and the double seam changes nothing. */
class ArithmeticTest {

    /** Random floats over many binades, subnormals and both signs included. */
    static float randomFloat(SplittableRandom r) {
        float v = Float.intBitsToFloat(r.nextInt());
        return Float.isFinite(v) ? v : (float) r.nextDouble(-1, 1);
    }

    @Test
    void floatAddAndMulAddEqualJavaFloatArithmeticOnAMillionRandomOperands() {
        SplittableRandom r = new SplittableRandom(17);
        for (int k = 0; k < 1_000_000; k++) {
            float a = randomFloat(r), b = randomFloat(r), c = k % 2 == 0 ? randomFloat(r) : (float) r.nextDouble(-2, 2);
            float sum = a + b;
            assertEquals(Float.floatToIntBits(sum), Float.floatToIntBits((float) Arithmetic.FLOAT.add(a, b)), a + " + " + b);
            float fma = a + c * b; // Java float: the product rounded, then the sum
            double got = Arithmetic.FLOAT.mulAdd(a, c, b);
            assertEquals(Float.floatToIntBits(fma), Float.floatToIntBits((float) got), a + " + " + c + "·" + b);
            // and, as the theorem says, each double operation rounded to float gives the same bits
            float viaDouble = (float) (a + (double) (float) ((double) c * b));
            assertEquals(Float.floatToIntBits(viaDouble), Float.floatToIntBits(fma), "double rounding is innocuous");
            assertEquals((double) (float) got, got, 0.0, "the result is a float");
        }
    }

    @Test
    void doubleIsThePlainArithmetic() {
        SplittableRandom r = new SplittableRandom(3);
        for (int k = 0; k < 10_000; k++) {
            double a = r.nextDouble(-1e6, 1e6), b = r.nextDouble(-1, 1), c = r.nextDouble();
            assertEquals(a + b, Arithmetic.DOUBLE.add(a, b), 0.0);
            assertEquals(a + c * b, Arithmetic.DOUBLE.mulAdd(a, c, b), 0.0);
            assertEquals(a, Arithmetic.DOUBLE.round(a), 0.0);
        }
    }

    @Test
    void roundingAnArrayKeepsOnlyFloatsAndHoldsSaysSo() {
        double[] a = {0.1, 1.0 / 3, 1.5, -2.0, 1e-40, Double.NaN};
        assertFalse(Arithmetic.FLOAT.holds(a, 0, a.length));
        assertTrue(Arithmetic.DOUBLE.holds(a, 0, a.length));
        Arithmetic.FLOAT.round(a, 0, a.length);
        assertTrue(Arithmetic.FLOAT.holds(a, 0, a.length));
        assertEquals(0.10000000149011612, a[0], 0.0);
        assertEquals(1.5, a[2], 0.0);
        assertEquals((double) 1e-40f, a[4], 0.0, "a float subnormal");
    }

    /** Long ranges (the SIMD form does the leading blocks): every entry of [3, 40) is its own float cast, the rest untouched. */
    @Test
    void roundingALongRangeCastsEachEntryAndNothingOutside() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(17);
        double[] a = new double[45];
        for (int k = 0; k < a.length; k++) a[k] = r.nextDouble(-1, 1) * Math.scalb(1.0, r.nextInt(-160, 140));
        a[10] = Double.NaN;
        a[11] = Double.NEGATIVE_INFINITY;
        a[12] = -0.0;
        double[] before = a.clone();
        Arithmetic.FLOAT.round(a, 3, 40);
        for (int k = 0; k < a.length; k++) {
            double expected = k >= 3 && k < 40 ? (double) (float) before[k] : before[k];
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(a[k]), "entry " + k);
        }
    }

    /** The saturation the float core shows: 1 + e^−17 is 1 in float (e^−17 ≈ 4.1e-8 is below half an ulp of 1, 6e-8). */
    @Test
    void onePlusASmallExponentialRoundsToOneInFloatOnly() {
        double e = Arithmetic.FLOAT.round(Math.exp(-17));
        assertEquals(1.0, Arithmetic.FLOAT.add(1.0, e), 0.0);
        assertTrue(Arithmetic.DOUBLE.add(1.0, Math.exp(-17)) > 1.0);
    }
}
