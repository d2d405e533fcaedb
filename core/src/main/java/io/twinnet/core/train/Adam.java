package io.twinnet.core.train;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.Updater;

import java.util.Arrays;

/**
 * Adam (Kingma &amp; Ba 2015, "Adam: a method for stochastic optimization", Algorithm 1, with the bias
 * corrections folded into the step size as in its section 2), in DL4J 1.0.0-M2.1's arithmetic: DL4J's
 * {@code org.nd4j.linalg.learning.AdamUpdater.applyUpdater} runs libnd4j's {@code adam_updater} op, whose CPU
 * helper {@code updaterAdam} computes, at DL4J's iteration counter t (0 for the first step), per parameter:
 * <pre>
 *   g    = gradientSum / N                                   (miniBatch(true), before the updater)
 *   m    ← β₁·m + g·(1 − β₁)
 *   v    ← β₂·v + g·g·(1 − β₂)
 *   α_t  = lr(t)·√(1 − β₂^(t+1)) / (1 − β₁^(t+1))             (ε itself if that is NaN, 0 or infinite)
 *   θ    ← θ − (m·α_t) / (√v + ε)
 * </pre>
 * with m = v = 0 before the first step. So ε is added to √v of the <em>uncorrected</em> v (Kingma &amp; Ba's
 * ε̂ form, not their Algorithm 1's ε after bias-correcting v), and the products are taken in the order written.
 * In float32 the helper's constants are cast to float (lr, β₁, β₂, ε, t + 1 and β^(t+1) are floats) except
 * two steps it takes in double: 1 − β₂^(t+1) (then rounded to float for the square root) and the division by
 * 1 − β₁^(t+1) (then rounded to float); every other result is rounded to float, as {@link Arithmetic} does
 * operation by operation. β^(t+1) is evaluated in double and rounded once, where libnd4j takes its {@code sd_pow}
 * in the network's type: an ulp at most, within the float parity tolerance (measured: 5.8e-6 over 200 steps).
 *
 * <p>State: m and v for every index of the network's parameter vector (the index space of {@link #step}'s
 * ranges). A parameter whose gradient is 0 still moves while m ≠ 0, so the network steps every trainable
 * parameter ({@link #movesWithZeroGradient()}); no one-example rank-one route. Not thread-safe.
 */
public final class Adam implements Optimiser {
    private final Updater.Adam config;
    private final Arithmetic ar;
    private final double[] m;
    private final double[] v;
    /** DL4J's iteration counter of the current step (0-based); t + 1 is Kingma &amp; Ba's t. */
    private long iteration;

    /** Adam with the constants of {@code config}, computing in {@code ar}, for a parameter vector of {@code size} values. */
    public Adam(Updater.Adam config, Arithmetic ar, int size) {
        if (size < 0) throw new IllegalArgumentException("size: must be >= 0, got " + size);
        this.config = config;
        this.ar = ar;
        this.m = new double[size];
        this.v = new double[size];
    }

    private Adam(Adam other) {
        this.config = other.config;
        this.ar = other.ar;
        this.m = other.m.clone();
        this.v = other.v.clone();
        this.iteration = other.iteration;
    }

    @Override
    public void beginStep(long t) {
        if (t < 0) throw new IllegalArgumentException("iteration: must be >= 0, got " + t);
        this.iteration = t;
    }

    /**
     * The bias-corrected step size α_t = lr·√(1 − β₂^(t+1)) / (1 − β₁^(t+1)) of step t, with libnd4j's fallback to
     * ε when it is NaN, 0 or infinite; {@code lr} already in this precision.
     */
    double stepSize(double lr, long t) {
        double beta1 = ar.round(config.beta1());
        double beta2 = ar.round(config.beta2());
        double power = ar.round((double) t + 1);
        double beta1T = ar.round(Math.pow(beta1, power));
        double beta2T = ar.round(Math.pow(beta2, power));
        double root = ar.round(Math.sqrt(ar.round(1.0 - beta2T)));
        double alpha = ar.round(ar.round(lr * root) / (1.0 - beta1T));
        return Double.isNaN(alpha) || alpha == 0 || Double.isInfinite(alpha) ? ar.round(config.epsilon()) : alpha;
    }

    /** The update of the class comment on p[from, to), from the summed gradient g of {@code n} examples. */
    @Override
    public void step(double[] p, double[] g, int from, int to, double lr, int n) {
        double beta1 = ar.round(config.beta1());
        double beta2 = ar.round(config.beta2());
        double keep1 = ar.round(1 - beta1);
        double keep2 = ar.round(1 - beta2);
        double eps = ar.round(config.epsilon());
        double alpha = stepSize(lr, iteration);
        double count = n;
        for (int k = from; k < to; k++) {
            double gk = n == 1 ? g[k] : ar.round(g[k] / count);
            double mk = ar.round(ar.round(beta1 * m[k]) + ar.round(gk * keep1));
            double vk = ar.round(ar.round(beta2 * v[k]) + ar.round(ar.round(gk * gk) * keep2));
            m[k] = mk;
            v[k] = vk;
            double update = ar.round(ar.round(mk * alpha) / ar.round(ar.round(Math.sqrt(vk)) + eps));
            p[k] = ar.round(p[k] - update);
        }
    }

    @Override
    public boolean movesWithZeroGradient() {
        return true;
    }

    @Override
    public Optimiser copy() {
        return new Adam(this);
    }

    /** A copy of the first-moment averages m (one per parameter index). */
    public double[] firstMoments() {
        return m.clone();
    }

    /** A copy of the second-moment averages v (one per parameter index). */
    public double[] secondMoments() {
        return v.clone();
    }

    @Override
    public String toString() {
        return "Adam(beta1=" + config.beta1() + ", beta2=" + config.beta2() + ", epsilon=" + config.epsilon()
                + (ar == Arithmetic.FLOAT ? ", float" : "") + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Adam a && a.config.equals(config) && a.ar == ar && a.iteration == iteration
                && Arrays.equals(a.m, m) && Arrays.equals(a.v, v);
    }

    @Override
    public int hashCode() {
        return config.hashCode() * 31 + Arrays.hashCode(m);
    }
}
