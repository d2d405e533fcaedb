package io.twinnet.experiments.lab.stats;

/**
 * The sample quantile of sorted data by linear interpolation between order statistics
 * (Hyndman &amp; Fan 1996, definition 7; R's and NumPy's default): h = (n − 1)·q,
 * Q(q) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋). Infinite values sort to the ends and are returned as such.
 */
final class Quantiles {
    private Quantiles() {
    }

    static double of(double[] sorted, double q) {
        if (sorted.length == 0) throw new IllegalArgumentException("sorted: is empty");
        if (!(q >= 0 && q <= 1)) throw new IllegalArgumentException("q: must be in [0, 1], got " + q);
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double a = sorted[lo];
        double b = sorted[hi];
        if (a == b || h == lo) return a;
        if (Double.isInfinite(a) || Double.isInfinite(b)) return h - lo < 0.5 ? a : b;
        return a + (h - lo) * (b - a);
    }
}
