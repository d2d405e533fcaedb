package io.twinnet.core.probe;

import io.twinnet.core.spec.ActivationKind;

/**
 * The arithmetic of the probes, on plain arrays, so that the core and the DL4J bridge compute identical
 * numbers from their own activations and gradients. Activations are row-major {@code batch × units};
 * weight and gradient blocks are any contiguous range (the layout does not matter for norms as long as
 * both arrays use the same one).
 */
public final class ProbeMath {
    /** A sigmoid or softmax unit is saturated when its output is below this or above 1 minus this. */
    public static final double SIGMOID_SATURATION_MARGIN = 0.01;
    /** A tanh unit is saturated when |output| is above this. */
    public static final double TANH_SATURATION_LEVEL = 0.99;

    private ProbeMath() {
    }

    /** The mean of a[from..to): Σ a / n (NaN for an empty range). */
    public static double mean(double[] a, int from, int to) {
        double s = 0;
        for (int k = from; k < to; k++) s += a[k];
        return s / (to - from);
    }

    /** The population standard deviation of a[from..to): √(Σ (a − mean)² / n), two passes. */
    public static double std(double[] a, int from, int to) {
        double m = mean(a, from, to);
        double s = 0;
        for (int k = from; k < to; k++) {
            double d = a[k] - m;
            s += d * d;
        }
        return Math.sqrt(s / (to - from));
    }

    /**
     * The fraction of the {@code batch × units} activations that are saturated: for sigmoid and softmax
     * an output a &lt; 0.01 or a &gt; 0.99, for tanh |a| &gt; 0.99. NaN for activations that do not
     * saturate (relu, leaky relu, identity).
     */
    public static double saturatedFraction(ActivationKind kind, double[] a, int batch, int units) {
        int n = batch * units;
        int count = 0;
        switch (kind) {
            case SIGMOID, SOFTMAX -> {
                double lo = SIGMOID_SATURATION_MARGIN, hi = 1 - SIGMOID_SATURATION_MARGIN;
                for (int k = 0; k < n; k++) if (a[k] < lo || a[k] > hi) count++;
            }
            case TANH -> {
                for (int k = 0; k < n; k++) if (Math.abs(a[k]) > TANH_SATURATION_LEVEL) count++;
            }
            default -> {
                return Double.NaN;
            }
        }
        return count / (double) n;
    }

    /**
     * The fraction of units that are dead on this probe set: for ReLU and leaky ReLU, units whose output
     * is ≤ 0 on every one of the {@code batch} examples (for ReLU: exactly 0, so no gradient flows
     * through them). NaN for other activations.
     */
    public static double deadFraction(ActivationKind kind, double[] a, int batch, int units) {
        if (kind != ActivationKind.RELU && kind != ActivationKind.LEAKYRELU) return Double.NaN;
        int dead = 0;
        for (int j = 0; j < units; j++) {
            boolean alive = false;
            for (int b = 0; b < batch && !alive; b++) alive = a[b * units + j] > 0;
            if (!alive) dead++;
        }
        return dead / (double) units;
    }

    /** ‖v[from..to)‖₂, summed in order. */
    public static double l2Norm(double[] v, int from, int to) {
        double s = 0;
        for (int k = from; k < to; k++) s += v[k] * v[k];
        return Math.sqrt(s);
    }

    /** ‖a[aOff..aOff+n) − b[bOff..bOff+n)‖₂. */
    public static double l2Distance(double[] a, int aOff, double[] b, int bOff, int n) {
        double s = 0;
        for (int k = 0; k < n; k++) {
            double d = a[aOff + k] - b[bOff + k];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** The norm of the mean gradient, ‖g/N‖₂, from a gradient summed over N examples. */
    public static double meanGradientNorm(double[] gradientSum, int from, int to, int batchSize) {
        return l2Norm(gradientSum, from, to) / batchSize;
    }

    /**
     * The size of an SGD update relative to the weights: lr·‖g/N‖₂ / ‖W‖₂ with g summed over the N
     * examples of the step (the classic health check: about 1e-3 is "learning"). Infinite when W = 0
     * and the update is not; NaN when both are zero.
     */
    public static double updateRatio(double learningRate, double[] gradientSum, int gOff, double[] weights, int wOff, int n,
                                     int batchSize) {
        return learningRate * meanGradientNorm(gradientSum, gOff, gOff + n, batchSize) / l2Norm(weights, wOff, wOff + n);
    }

    /**
     * The relative weight change since initialisation, ‖W − W₀‖₂ / ‖W₀‖₂. Infinite when W₀ = 0 and W
     * moved, NaN when W₀ = W = 0 (use {@link #l2Distance} for the absolute change then).
     */
    public static double relativeChange(double[] weights, int wOff, double[] initial, int iOff, int n) {
        return l2Distance(weights, wOff, initial, iOff, n) / l2Norm(initial, iOff, iOff + n);
    }
}
