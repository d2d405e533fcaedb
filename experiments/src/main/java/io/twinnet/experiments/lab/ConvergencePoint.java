package io.twinnet.experiments.lab;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A convergence point that one run either reached or not, for claims that read a final loss as the loss
 * "SGD converges to" (DESIGN, Verdicts: "trains as well" is judged at a stated convergence point, not at
 * whatever the budget left). A run reached it when its loss curve changed by less than {@code bound} of
 * its final value over at least the last {@code tail} fraction of the steps:
 * <pre>
 *   |L(T) − L(t₀)| / L(T) &lt; bound,   t₀ = the last checkpoint at or before T − tail·(T − t_first)
 * </pre>
 * with L read at the curve's checkpoints (so the curve needs one at or before T − tail·T, e.g. a
 * checkpoint every tenth of the run for {@code tail = 0.1}). The change is taken in absolute value: a
 * loss still rising has not converged either. It is a property of the iterate, not of the minimum: a
 * loss that creeps down by less than the bound per tail can still be far from its limit.
 *
 * @param tail  the fraction of the run at its end over which the change is measured, in (0, 1)
 * @param bound the largest relative change that still counts as converged, &gt; 0
 */
public record ConvergencePoint(double tail, double bound) {

    public ConvergencePoint {
        if (!(tail > 0 && tail < 1)) throw new IllegalArgumentException("tail: must lie in (0, 1), got " + tail);
        if (!(bound > 0) || Double.isInfinite(bound)) throw new IllegalArgumentException("bound: must be a finite number > 0, got " + bound);
    }

    /**
     * |L(T) − L(t₀)| / L(T) over the last {@code tail} of {@code loss}; NaN for a missing curve, one with no
     * checkpoint at or before T − tail·(T − t_first) other than its last, or a last value that is not finite and
     * positive (a diverged run).
     */
    public double relativeChange(Series loss) {
        if (loss == null || loss.size() < 2) return Double.NaN;
        double[] x = loss.x();
        double[] y = loss.y();
        int last = x.length - 1;
        double from = x[last] - tail * (x[last] - x[0]);
        int start = -1;
        for (int i = 0; i < last; i++) if (x[i] <= from) start = i;
        if (start < 0 || !(Double.isFinite(y[last]) && y[last] > 0) || !Double.isFinite(y[start])) return Double.NaN;
        return Math.abs(y[last] - y[start]) / y[last];
    }

    /** True when {@link #relativeChange} is below the bound (never for NaN). */
    public boolean reached(Series loss) {
        return relativeChange(loss) < bound;
    }

    /** "the loss changed by less than 1 % of its final value over the last 10 % of the steps". */
    public String describe() {
        return "the loss changed by less than " + percent(bound) + " of its final value over the last " + percent(tail) + " of the steps";
    }

    private static String percent(double f) {
        return new BigDecimal(100 * f).round(new MathContext(3)).stripTrailingZeros().toPlainString() + " %";
    }
}
