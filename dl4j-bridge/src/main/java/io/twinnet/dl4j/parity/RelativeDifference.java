package io.twinnet.dl4j.parity;

import io.twinnet.dl4j.Dl4jParameterLayout;
import io.twinnet.dl4j.ParameterBlock;

/**
 * The one definition of "relative difference" used by every parity number of twinnet.
 *
 * <p>For two arrays a and b of equal length (an output matrix, one parameter block, …):
 * <pre>
 *   rel(a, b) = max_i |a_i − b_i| / max( max_i |a_i|, max_i |b_i|, FLOOR )
 * </pre>
 * that is, the largest elementwise difference measured in units of the array's largest magnitude (an
 * infinity-norm relative error). It is 0 for identical arrays, about 1e-16 for arrays that agree to the last
 * bits of their largest entries, and does not blow up on entries that happen to be near zero. Two scalars are
 * compared as arrays of length 1: |a − b| / max(|a|, |b|, FLOOR).
 *
 * <p>Parameter and gradient vectors are compared block by block ({@link #blockwise}): the maximum of rel over
 * the blocks (each layer's W, each layer's b), so that a small block (a first layer's vanishing gradient) is
 * measured against its own scale and not hidden by a large one.
 *
 * <p>{@code FLOOR} = {@link Double#MIN_NORMAL} only guards 0/0: two all-zero arrays differ by 0.
 * Non-finite values: equal values (both NaN, or the same infinity) count as no difference; a non-finite value
 * facing anything else makes the difference +∞.
 */
public final class RelativeDifference {
    /** The smallest scale: arrays whose entries are all 0 are compared against this. */
    public static final double FLOOR = Double.MIN_NORMAL;

    private RelativeDifference() {
    }

    /** |a − b| / max(|a|, |b|, FLOOR). */
    public static double of(double a, double b) {
        return of(new double[] {a}, new double[] {b});
    }

    /** rel(a, b) over whole arrays (see the class comment). */
    public static double of(double[] a, double[] b) {
        return of(a, 0, b, 0, a.length, b.length);
    }

    /** rel over a[aFrom, aFrom + n) and b[bFrom, bFrom + n). */
    public static double of(double[] a, int aFrom, double[] b, int bFrom, int n) {
        return of(a, aFrom, b, bFrom, n, n);
    }

    private static double of(double[] a, int aFrom, double[] b, int bFrom, int n, int m) {
        if (n != m) throw new IllegalArgumentException("arrays differ in length: " + n + " vs " + m);
        double maxDiff = 0;
        double scale = FLOOR;
        for (int i = 0; i < n; i++) {
            double x = a[aFrom + i];
            double y = b[bFrom + i];
            if (Double.isFinite(x)) scale = Math.max(scale, Math.abs(x));
            if (Double.isFinite(y)) scale = Math.max(scale, Math.abs(y));
            if (x == y || (Double.isNaN(x) && Double.isNaN(y))) continue;
            if (!Double.isFinite(x) || !Double.isFinite(y)) return Double.POSITIVE_INFINITY;
            maxDiff = Math.max(maxDiff, Math.abs(x - y));
        }
        return maxDiff / scale;
    }

    /** The largest rel over the blocks of {@code layout}, both vectors in the core's layout. */
    public static double blockwise(Dl4jParameterLayout layout, double[] a, double[] b) {
        if (a.length != layout.parameterCount() || b.length != layout.parameterCount()) {
            throw new IllegalArgumentException("expected " + layout.parameterCount() + " values, got " + a.length + " and " + b.length);
        }
        double worst = 0;
        for (ParameterBlock block : layout.blocks()) {
            double r = of(a, block.coreOffset(), b, block.coreOffset(), block.length());
            if (!(r <= worst)) worst = r; // also picks up NaN
        }
        return worst;
    }
}
