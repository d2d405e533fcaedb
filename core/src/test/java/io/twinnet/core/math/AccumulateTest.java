package io.twinnet.core.math;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link Kernels#accumulate}, whose double and float32 loops are written apart, against the sum spelled
 * out term by term with {@link Arithmetic#mul} and {@link Arithmetic#mulAdd}: equal bit for bit (sign of
 * zero included) on random sparse inputs, for every way a sum can start (in place too), and for widths that fill
 * the SIMD blocks exactly, leave a tail that the last, overlapping vector covers, or are narrower than a vector (the
 * test runs with {@link Simd} on and again off).
 */
class AccumulateTest {

    /** Random values of the precision (floats for FLOAT), a third of them zero, spread over twelve binades. */
    private static double[] values(SplittableRandom r, int n, Arithmetic ar) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            if (r.nextInt(3) == 0) continue;
            a[k] = ar.round(r.nextDouble(-1, 1) * Math.scalb(1.0, r.nextInt(-6, 6)));
        }
        return a;
    }

    @ParameterizedTest(name = "{0}, start {1}, width {2}")
    @CsvSource({
            "DOUBLE, ZERO, 100", "FLOAT, FIRST_TERM, 100", "DOUBLE, GIVEN, 32", "FLOAT, ZERO, 16",
            "DOUBLE, ZERO, 53", "DOUBLE, GIVEN, 53", "DOUBLE, FIRST_TERM, 53", "DOUBLE, GIVEN, 8", "DOUBLE, FIRST_TERM, 5",
            "FLOAT, ZERO, 53", "FLOAT, GIVEN, 53", "FLOAT, FIRST_TERM, 53", "FLOAT, GIVEN, 8", "FLOAT, FIRST_TERM, 5",
            "DOUBLE, IN_PLACE, 100", "DOUBLE, IN_PLACE, 10", "DOUBLE, IN_PLACE, 12", "DOUBLE, FIRST_TERM, 10",
            "FLOAT, IN_PLACE, 100", "FLOAT, IN_PLACE, 10", "FLOAT, IN_PLACE, 12", "FLOAT, ZERO, 10"})
    void everyStartGivesTheTermByTermSumBitForBit(Arithmetic ar, String start, int width) {
        SplittableRandom r = new SplittableRandom(width * 31L + start.hashCode() + ar.ordinal());
        int rowsOfA = 40;
        for (int trial = 0; trial < 50; trial++) {
            double[] x = values(r, rowsOfA, ar);
            double[] a = values(r, 3 + rowsOfA * width, ar);
            double[] init = values(r, 2 + width, ar);
            SparseRows rows = new SparseRows(rowsOfA);
            int m = rows.gatherNonZero(x, 0, 1, rowsOfA, 3, width);
            if (m == 0) continue;
            int initOff = switch (start) {
                case "ZERO" -> Kernels.FROM_ZERO;
                case "FIRST_TERM" -> Kernels.FROM_FIRST_TERM;
                default -> 2;
            };
            double[] out = new double[1 + width];
            // IN_PLACE: the sum continues in out itself (start = out, at the same offset), as a gradient row does
            boolean inPlace = start.equals("IN_PLACE");
            if (inPlace) System.arraycopy(init, 2, out, 1, width);
            Kernels.accumulate(ar, rows, m, a, inPlace ? out : init, inPlace ? 1 : initOff, width, out, 1);
            for (int j = 0; j < width; j++) {
                double expected = 0.0;
                boolean begun = false;
                if (initOff >= 0) {
                    expected = init[2 + j];
                    begun = true;
                }
                for (int i = 0; i < rowsOfA; i++) {
                    if (x[i] == 0.0) continue;
                    double w = a[3 + i * width + j];
                    expected = !begun && initOff == Kernels.FROM_FIRST_TERM ? ar.mul(x[i], w) : ar.mulAdd(expected, x[i], w);
                    begun = true;
                }
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(out[1 + j]),
                        "output " + j + ": expected " + expected + ", got " + out[1 + j]);
            }
        }
    }
}
