package io.twinnet.experiments.lab;

import java.util.Arrays;

/**
 * A measured curve: y against x (e.g. test accuracy against training step). Values may be NaN
 * (a diverged run), which the JSON store writes as the string "NaN".
 */
public record Series(double[] x, double[] y) {

    public Series {
        if (x.length != y.length) throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        x = x.clone();
        y = y.clone();
    }

    public int size() {
        return x.length;
    }

    /** The last y value, or NaN when empty. */
    public double last() {
        return y.length == 0 ? Double.NaN : y[y.length - 1];
    }

    /** The first y value, or NaN when empty. */
    public double first() {
        return y.length == 0 ? Double.NaN : y[0];
    }

    /** The largest finite y value, or NaN when there is none. */
    public double max() {
        double m = Double.NaN;
        for (double v : y) if (Double.isFinite(v) && !(v <= m)) m = v;
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && Arrays.equals(s.x, x) && Arrays.equals(s.y, y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Series[" + x.length + " points]";
    }
}
