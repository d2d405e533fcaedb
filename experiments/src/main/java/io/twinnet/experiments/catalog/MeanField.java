package io.twinnet.experiments.catalog;

import io.twinnet.core.spec.ActivationKind;

/**
 * The mean-field variance recursion of a deep, wide, bias-free MLP at initialisation
 * (Glorot &amp; Bengio 2010; He et al. 2015; Poole et al. 2016): with weights of variance σ² and
 * fan-in n, the pre-activation variance q of layer l is
 * q₁ = n₀·σ²·E[x²] and q_l = n·σ²·E_{z∼N(0, q_{l−1})}[f(z)²]; the post-activation mean and standard
 * deviation follow from q_l. Gaussian expectations are computed by composite Simpson's rule on
 * ±12 standard deviations (4000 panels, with a node at 0 so ReLU's kink falls between panels),
 * accurate to about 1e-10.
 */
final class MeanField {
    private static final int NODES = 4001;
    private static final double RANGE = 12;

    private MeanField() {
    }

    static double apply(ActivationKind f, double z) {
        return switch (f) {
            case TANH -> Math.tanh(z);
            case RELU -> Math.max(0, z);
            case SIGMOID -> 1 / (1 + Math.exp(-z));
            case IDENTITY -> z;
            default -> throw new IllegalArgumentException("no mean-field recursion for " + f);
        };
    }

    /** f′(z): 1 − tanh²(z), 1 for z &gt; 0 (ReLU, 0 at and below 0, as DL4J), σ(z)(1 − σ(z)), 1. */
    static double derivative(ActivationKind f, double z) {
        return switch (f) {
            case TANH -> 1 - Math.tanh(z) * Math.tanh(z);
            case RELU -> z > 0 ? 1 : 0;
            case SIGMOID -> apply(f, z) * (1 - apply(f, z));
            case IDENTITY -> 1;
            default -> throw new IllegalArgumentException("no mean-field recursion for " + f);
        };
    }

    /** E[g(z)] for z ∼ N(0, q). */
    static double expectation(java.util.function.DoubleUnaryOperator g, double q) {
        if (q == 0) return g.applyAsDouble(0);
        double s = Math.sqrt(q);
        double h = 2 * RANGE / (NODES - 1);
        double sum = 0;
        for (int i = 0; i < NODES; i++) {
            double u = -RANGE + i * h;
            double w = (i == 0 || i == NODES - 1) ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += w * Math.exp(-0.5 * u * u) * g.applyAsDouble(s * u);
        }
        return sum * h / 3 / Math.sqrt(2 * Math.PI);
    }

    /**
     * The pre-activation variances q_1 … q_L of a bias-free MLP whose layer l has fan-in n_l and
     * weight variance σ_l²: q_1 = g_1·E[x²] and q_l = g_l·E_{z∼N(0, q_{l−1})}[f(z)²], with the
     * gains g_l = n_l·σ_l² (so the layers may differ in width and in init).
     *
     * @param f               the activation
     * @param gains           g_l = n_l·σ_l² of each layer, in order
     * @param inputMeanSquare E[x²] of the input
     */
    static double[] preActivationVariances(ActivationKind f, double[] gains, double inputMeanSquare) {
        double[] q = new double[gains.length];
        double ms = inputMeanSquare;
        for (int l = 0; l < gains.length; l++) {
            q[l] = gains[l] * ms;
            final double ql = q[l];
            ms = expectation(z -> apply(f, z) * apply(f, z), ql);
        }
        return q;
    }

    /**
     * Predicted post-activation standard deviation of hidden layers 1..depth.
     *
     * @param f          the activation
     * @param variance   σ², the weight variance (the same for every layer)
     * @param width      n, the width of every hidden layer (and of the input)
     * @param inputMeanSquare E[x²] of the input
     */
    static double[] activationStd(ActivationKind f, double variance, int width, double inputMeanSquare, int depth) {
        double[] gains = new double[depth];
        java.util.Arrays.fill(gains, width * variance);
        double[] q = preActivationVariances(f, gains, inputMeanSquare);
        double[] std = new double[depth];
        for (int l = 0; l < depth; l++) {
            final double ql = q[l];
            double m1 = expectation(z -> apply(f, z), ql);
            double m2 = expectation(z -> apply(f, z) * apply(f, z), ql);
            std[l] = Math.sqrt(Math.max(0, m2 - m1 * m1));
        }
        return std;
    }

    /**
     * The backward factor χ = n·σ²·E[f′(z)²] at the forward fixed point q* = n·σ²·E[f(z)²]
     * (Poole et al. 2016, Schoenholz et al. 2017, "Deep information propagation", eq. 5): the
     * variance of the back-propagated signal δ is multiplied by χ per layer toward the input, so
     * χ &gt; 1 means the gradient grows there. tanh with σ² = 1 at n = 256 gives q* ≈ 255 and χ ≈ 8.7,
     * although most units are saturated: the few that are not carry a slope of almost 1, times a
     * fan-in of 256. Only tanh is supported.
     */
    static double backwardFactor(double variance, int width) {
        double q = width * variance;
        for (int i = 0; i < 200; i++) {
            final double qi = q;
            q = width * variance * expectation(z -> Math.tanh(z) * Math.tanh(z), qi);
        }
        final double fixed = q;
        return width * variance * expectation(z -> Math.pow(1 / Math.cosh(z), 4), fixed);
    }
}
