package io.twinnet.core.gradcheck;

import io.twinnet.core.nn.Network;
import io.twinnet.core.nn.ParameterBlock;

import java.util.function.ToDoubleFunction;

/**
 * Compares analytic gradients with central finite differences, in double precision.
 *
 * <p>Two stencils, with step h:
 * <ul>
 *   <li>second order: n = [f(x + h) − f(x − h)] / 2h, error O(h²);</li>
 *   <li>fourth order (the default): n = [8(f(x + h) − f(x − h)) − (f(x + 2h) − f(x − 2h))] / 12h, error O(h⁴),
 *       which lets h be large enough that rounding stays small (h = 1e-4: truncation ~1e-16·f⁽⁵⁾, rounding
 *       ~1e-12·|f|).</li>
 * </ul>
 * Relative error per derivative: |a − n| / max(|a| + |n|, tiny). Keep every kink of the function (ReLU at
 * 0) farther than 2h from the evaluation point, or the check is meaningless there.
 */
public final class GradientChecker {
    /** Default step h. */
    public static final double DEFAULT_STEP = 1e-4;
    /**
     * Default floor of the relative error's denominator. The stencil's rounding noise is about
     * ε·|f|/h ≈ 1e-12 for a loss of order 1, so derivatives much smaller than 1e-6 (exactly zero ones, for
     * instance, when an input is 0) cannot be judged relatively; with this floor they must agree to
     * about 1e-12 in absolute terms for a relative error of 1e-6.
     */
    public static final double DEFAULT_TINY = 1e-6;

    private final double step;
    private final boolean fourthOrder;
    private final double tiny;

    private GradientChecker(double step, boolean fourthOrder, double tiny) {
        if (!(step > 0) || !Double.isFinite(step)) throw new IllegalArgumentException("step: must be positive, got " + step);
        if (!(tiny > 0) || !Double.isFinite(tiny)) throw new IllegalArgumentException("tiny: must be positive, got " + tiny);
        this.step = step;
        this.fourthOrder = fourthOrder;
        this.tiny = tiny;
    }

    /** The fourth-order stencil with h = 1e-4 and tiny = 1e-6. */
    public static GradientChecker defaults() {
        return new GradientChecker(DEFAULT_STEP, true, DEFAULT_TINY);
    }

    /** The plain two-point central difference with step h. */
    public static GradientChecker secondOrder(double step, double tiny) {
        return new GradientChecker(step, false, tiny);
    }

    /** The fourth-order stencil with step h. */
    public static GradientChecker fourthOrder(double step, double tiny) {
        return new GradientChecker(step, true, tiny);
    }

    /** The numerical derivative of f at x along coordinate k (x is restored afterwards). */
    public double numericalDerivative(ToDoubleFunction<double[]> f, double[] x, int k) {
        double orig = x[k];
        try {
            x[k] = orig + step;
            double plus1 = f.applyAsDouble(x);
            x[k] = orig - step;
            double minus1 = f.applyAsDouble(x);
            if (!fourthOrder) return (plus1 - minus1) / (2 * step);
            x[k] = orig + 2 * step;
            double plus2 = f.applyAsDouble(x);
            x[k] = orig - 2 * step;
            double minus2 = f.applyAsDouble(x);
            // differences first: exact when f does not change, and no cancellation after scaling by 8
            return (8 * (plus1 - minus1) - (plus2 - minus2)) / (12 * step);
        } finally {
            x[k] = orig;
        }
    }

    /**
     * Checks {@code analytic} (the gradient of f at x) coordinate by coordinate. {@code x} is perturbed in
     * place and restored.
     */
    public GradientCheckResult check(ToDoubleFunction<double[]> f, double[] x, double[] analytic) {
        if (analytic.length != x.length) {
            throw new IllegalArgumentException("analytic: expected " + x.length + " values, got " + analytic.length);
        }
        Accumulator acc = new Accumulator();
        for (int k = 0; k < x.length; k++) acc.add(k, analytic[k], numericalDerivative(f, x, k));
        return acc.result();
    }

    /**
     * Checks a network's backward pass on one minibatch: the analytic gradient of the score (mean loss),
     * {@code gradient()/batch} after {@link Network#computeGradient}, against finite differences of
     * {@link Network#score(double[], double[], int, boolean)} in training mode, for every trainable
     * parameter. The parameters are restored afterwards.
     */
    public GradientCheckResult check(Network network, double[] features, double[] labels, int batch) {
        network.computeGradient(features, labels, batch);
        double[] analytic = network.gradient();
        double[] params = network.parameters();
        double[] saved = params.clone();
        ToDoubleFunction<double[]> score = p -> network.score(features, labels, batch, true);
        Accumulator acc = new Accumulator();
        try {
            for (ParameterBlock block : network.layout().blocks()) {
                if (!block.trainable()) continue;
                for (int k = block.offset(); k < block.end(); k++) {
                    acc.add(k, analytic[k] / batch, numericalDerivative(score, params, k));
                }
            }
        } finally {
            System.arraycopy(saved, 0, params, 0, saved.length);
        }
        return acc.result();
    }

    private final class Accumulator {
        private double maxRel = 0;
        private double maxAbs = 0;
        private int worst = -1;
        private double worstA = Double.NaN;
        private double worstN = Double.NaN;
        private int count = 0;

        void add(int k, double a, double n) {
            double abs = Math.abs(a - n);
            double rel = abs / Math.max(Math.abs(a) + Math.abs(n), tiny);
            if (Double.isNaN(rel)) rel = Double.POSITIVE_INFINITY;
            count++;
            maxAbs = Math.max(maxAbs, abs);
            if (worst < 0 || rel > maxRel) {
                maxRel = rel;
                worst = k;
                worstA = a;
                worstN = n;
            }
        }

        GradientCheckResult result() {
            return new GradientCheckResult(maxRel, maxAbs, worst, worstA, worstN, count);
        }
    }
}
