package io.twinnet.core.gradcheck;

/**
 * The outcome of a gradient check. The relative error of one parameter is
 * |a − n| / max(|a| + |n|, tiny), with a the analytic and n the numerical derivative; the result keeps
 * the largest, and where it occurred.
 *
 * @param maxRelativeError the largest relative error
 * @param maxAbsoluteError the largest |a − n|
 * @param worstIndex       the index (in the checked vector) of the largest relative error, −1 if none checked
 * @param analytic         a at that index
 * @param numeric          n at that index
 * @param checked          how many derivatives were compared
 */
public record GradientCheckResult(double maxRelativeError, double maxAbsoluteError, int worstIndex, double analytic, double numeric,
                                  int checked) {

    /** True when every relative error is at most {@code tolerance}. */
    public boolean passes(double tolerance) {
        return maxRelativeError <= tolerance;
    }

    @Override
    public String toString() {
        return "max relative error " + maxRelativeError + " at index " + worstIndex + " (analytic " + analytic + ", numeric " + numeric
                + "), max absolute error " + maxAbsoluteError + " over " + checked + " derivatives";
    }
}
