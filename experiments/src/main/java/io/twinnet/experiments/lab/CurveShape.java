package io.twinnet.experiments.lab;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Budget-free summaries of a training curve, for rules that must not grow with the number of
 * steps ("flat" as a slope, not a first-to-last drop).
 */
public final class CurveShape {
    private CurveShape() {
    }

    /**
     * The relative slope of the last {@code tail} fraction of the curve, per 1000 steps: the
     * least-squares slope b of y against x over the checkpoints with x ≥ x_last − tail·(x_last −
     * x_first), divided by the mean of y there, times 1000. A loss falling by 1 % of its level per
     * thousand steps gives −0.01. NaN for a missing curve, fewer than three points in the tail, a
     * non-finite value there or a zero mean.
     */
    public static double relativeSlopePer1000Steps(Series curve, double tail) {
        if (!(tail > 0 && tail <= 1)) throw new IllegalArgumentException("tail: must be in (0, 1], got " + tail);
        if (curve == null || curve.size() < 3) return Double.NaN;
        double[] x = curve.x();
        double[] y = curve.y();
        double from = x[x.length - 1] - tail * (x[x.length - 1] - x[0]);
        SimpleRegression fit = new SimpleRegression();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < from) continue;
            if (!Double.isFinite(y[i])) return Double.NaN;
            fit.addData(x[i], y[i]);
            sum += y[i];
            n++;
        }
        if (n < 3 || sum == 0) return Double.NaN;
        return 1000 * fit.getSlope() / (sum / n);
    }

    /**
     * The value at the first checkpoint at or after step {@code x} (NaN when the curve ends
     * before it or is missing), e.g. a run's test loss after a matched amount of travel lr × steps.
     */
    public static double at(Series curve, double x) {
        if (curve == null) return Double.NaN;
        for (int i = 0; i < curve.size(); i++) if (curve.x()[i] >= x) return curve.y()[i];
        return Double.NaN;
    }
}
