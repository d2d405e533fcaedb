package io.twinnet.experiments.twin;

/**
 * The relative difference used throughout twinnet's parity figures:
 * rel(a, b) = max_i |a_i − b_i| / max(max_i |a_i|, max_i |b_i|, 1e-300), i.e. the worst absolute
 * difference measured against the scale of the arrays (so tiny entries next to large ones do not
 * inflate it). NaN when either array holds a non-finite value.
 */
public final class RelativeDifference {
    private RelativeDifference() {
    }

    public static double of(double[] a, double[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("arrays differ in length: " + a.length + " vs " + b.length);
        double diff = 0;
        double scale = 1e-300;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i]) || !Double.isFinite(b[i])) return Double.NaN;
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
            scale = Math.max(scale, Math.max(Math.abs(a[i]), Math.abs(b[i])));
        }
        return diff / scale;
    }

    public static double of(double a, double b) {
        return of(new double[] {a}, new double[] {b});
    }
}
