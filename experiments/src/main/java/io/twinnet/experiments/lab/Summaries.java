package io.twinnet.experiments.lab;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Summaries of measured values that skip what was not measured: every function reads only the
 * finite values and returns NaN when there are none. The arithmetic is commons-math's.
 */
public final class Summaries {
    private Summaries() {
    }

    /** The finite values of {@code v}, in order. */
    public static double[] finite(double[] v) {
        return Arrays.stream(v).filter(Double::isFinite).toArray();
    }

    /** The median of the finite values (the mean of the middle two for an even count). */
    public static double median(double[] v) {
        double[] f = finite(v);
        return f.length == 0 ? Double.NaN : new Median().evaluate(f);
    }
}
