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
     * x_first), divided by the mean ȳ of y there, times 1000 (1000·b/ȳ). A loss falling by 1 % of
     * its level per thousand steps gives −0.01. A curve whose last value is non-finite (a diverged
     * run) gives 0: it has stopped making progress, and counts so rather than dropping out of a
     * median over seeds. NaN for a missing curve, fewer than three points in the tail, a
     * non-finite value there before the last, or a zero mean.
     */
    public static double relativeSlopePer1000Steps(Series curve, double tail) {
        if (!(tail > 0 && tail <= 1)) throw new IllegalArgumentException("tail: must be in (0, 1], got " + tail);
        if (curve == null || curve.size() == 0) return Double.NaN;
        if (!Double.isFinite(curve.last())) return 0;
        if (curve.size() < 3) return Double.NaN;
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
     * The relative decrease of the curve from its first checkpoint to step {@code x}: (y_0 − y(x))
     * / y_0, with y(x) the value at the first checkpoint at or after x ({@link #at}); a loss that
     * fell from 0.2 to 0.15 gives 0.25. Read at a step fixed in advance, e.g. where two runs have
     * travelled the same lr × steps, it does not grow with the budget. 0 when y(x) is non-finite
     * or the curve ends before x (a run that diverged made no progress); NaN for a missing curve
     * or one with fewer than two checkpoints.
     */
    public static double relativeDecreaseAt(Series curve, double x) {
        if (curve == null || curve.size() < 2) return Double.NaN;
        double at = at(curve, x);
        return Double.isFinite(at) ? (curve.first() - at) / curve.first() : 0;
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
