package io.twinnet.experiments.lab;

import java.util.Arrays;

/** Accumulates (x, y) points for a {@link Series}; not thread-safe. */
public final class SeriesBuilder {
    private double[] x = new double[16];
    private double[] y = new double[16];
    private int n;

    public SeriesBuilder add(double xv, double yv) {
        if (n == x.length) {
            x = Arrays.copyOf(x, 2 * n);
            y = Arrays.copyOf(y, 2 * n);
        }
        x[n] = xv;
        y[n] = yv;
        n++;
        return this;
    }

    public int size() {
        return n;
    }

    public Series build() {
        return new Series(Arrays.copyOf(x, n), Arrays.copyOf(y, n));
    }
}
