package io.twinnet.experiments.lab.stats;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Statistics of several strata (one configuration's per-seed values each) built from their
 * medians, for {@link Bootstrap#estimate(List, java.util.function.ToDoubleFunction)}: each reads
 * the strata in the order given and is NaN when a stratum is empty.
 */
public final class Medians {
    private Medians() {
    }

    /** The median of one stratum (the mean of the middle two for an even count), NaN when empty. */
    public static double of(double[] values) {
        return values.length == 0 ? Double.NaN : new Median().evaluate(values);
    }

    /** The largest of the strata's medians: a configuration judged at its best point (e.g. its best learning rate). */
    public static double max(List<double[]> strata) {
        return Arrays.stream(each(strata)).max().orElse(Double.NaN);
    }

    /** The smallest of the strata's medians. */
    public static double min(List<double[]> strata) {
        return Arrays.stream(each(strata)).min().orElse(Double.NaN);
    }

    /** max − min of the strata's medians (never negative). */
    public static double spread(List<double[]> strata) {
        return max(strata) - min(strata);
    }

    /** median(first) − median(second). */
    public static double difference(List<double[]> strata) {
        return of(strata.get(0)) - of(strata.get(1));
    }

    /** median(first) / median(second). */
    public static double ratio(List<double[]> strata) {
        return of(strata.get(0)) / of(strata.get(1));
    }

    private static double[] each(List<double[]> strata) {
        double[] m = strata.stream().mapToDouble(Medians::of).toArray();
        for (double v : m) if (Double.isNaN(v)) return new double[] {Double.NaN};
        return m;
    }
}
