package io.twinnet.reports.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A spread around a series, one (lower, upper) pair per point of the series, drawn as a
 * translucent area in the series' colour: the minimum and maximum over seeds, or an interval
 * estimate (rliable's point of view: a curve over few runs is reported with its spread, not
 * alone). NaN or ±∞ in a bound marks a point without a spread; the area breaks there.
 *
 * @param lower the lower edge, one value per point
 * @param upper the upper edge, as many values as {@code lower}; never below it where both are finite
 */
public record Band(List<Double> lower, List<Double> upper) {

    public Band {
        lower = Checks.list(lower, "band.lower");
        upper = Checks.list(upper, "band.upper");
        if (lower.size() != upper.size()) {
            throw new ReportModelException("band", "has " + lower.size() + " lower but " + upper.size()
                    + " upper values; give one pair per point");
        }
        for (int i = 0; i < lower.size(); i++) {
            double lo = lower.get(i);
            double hi = upper.get(i);
            if (Double.isFinite(lo) && Double.isFinite(hi) && lo > hi) {
                throw new ReportModelException("band[" + i + "]", "lower " + lo + " is above upper " + hi);
            }
        }
    }

    /** A band from parallel arrays of lower and upper edges. */
    public static Band of(double[] lower, double[] upper) {
        return new Band(boxed(lower), boxed(upper));
    }

    /** The number of (lower, upper) pairs. */
    public int size() {
        return lower.size();
    }

    static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
