package io.twinnet.reports.model;

/**
 * A point estimate with its interval at one x: a measured fraction with its Wilson interval, a
 * median over seeds with a bootstrap interval. NaN or ±∞ are allowed (a run that did not finish
 * has no estimate); charts leave such points out and say so.
 *
 * @param x        where the estimate was taken
 * @param estimate the point estimate
 * @param lower    the interval's lower end, not above the estimate where both are finite
 * @param upper    the interval's upper end, not below the estimate where both are finite
 */
public record IntervalPoint(double x, double estimate, double lower, double upper) {

    public IntervalPoint {
        if (Double.isFinite(lower) && Double.isFinite(estimate) && lower > estimate) {
            throw new ReportModelException("interval[x=" + x + "]", "lower " + lower + " is above the estimate " + estimate);
        }
        if (Double.isFinite(upper) && Double.isFinite(estimate) && upper < estimate) {
            throw new ReportModelException("interval[x=" + x + "]", "upper " + upper + " is below the estimate " + estimate);
        }
    }

    public static IntervalPoint of(double x, double estimate, double lower, double upper) {
        return new IntervalPoint(x, estimate, lower, upper);
    }

    /** The estimate as a plain point. */
    public Point point() {
        return new Point(x, estimate);
    }

    /** Both ends of the interval are finite numbers. */
    public boolean intervalFinite() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }
}
