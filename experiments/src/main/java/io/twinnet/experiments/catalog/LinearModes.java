package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.init.Initialisers;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.train.TrainableNetwork;
import java.util.SplittableRandom;

/**
 * Saxe, McClelland &amp; Ganguli 2013 ("Exact solutions to the nonlinear dynamics of learning in deep linear neural
 * networks", §1): a linear net y = W₂W₁x trained by gradient descent on E = ½·(1/P)Σ_μ‖y^μ − W₂W₁x^μ‖² with
 * whitened inputs, Σxx = (1/P)Σ x xᵀ = I, and input–output correlation Σyx = (1/P)Σ y xᵀ = U·diag(s)·Vᵀ. In
 * continuous time τ·dW₁/dt = W₂ᵀ(Σyx − W₂W₁), τ·dW₂/dt = (Σyx − W₂W₁)W₁ᵀ; started from W₁ = √u₀·R·Vᵀ,
 * W₂ = √u₀·U·Rᵀ (R orthogonal) every mode α stays decoupled and balanced, W₂W₁ = U·diag(u)·Vᵀ, with
 * τ·du/dt = 2u(s − u), whose solution is {@link #strength} and whose passage time is {@link #time}. A gradient
 * step of rate η is the Euler step of that flow with τ = 1/η (time in steps), and it keeps the modes decoupled
 * exactly, each following u ← u·(1 + η(s − u))².
 */
final class LinearModes {
    private LinearModes() {
    }

    /** u(t) = s·e^{2st/τ} / (e^{2st/τ} − 1 + s/u₀): the strength of a mode of singular value s started at u₀. */
    static double strength(double s, double u0, double t, double tau) {
        double e = Math.exp(2 * s * t / tau);
        return s * e / (e - 1 + s / u0);
    }

    /** t = (τ/2s)·ln[u_f(s − u₀) / (u₀(s − u_f))]: the time the strength takes from u₀ to u_f (0 &lt; u₀ &lt; u_f &lt; s). */
    static double time(double s, double u0, double uf, double tau) {
        if (!(0 < u0 && u0 < uf && uf < s)) throw new IllegalArgumentException("need 0 < u0 < uf < s, got " + u0 + ", " + uf + ", " + s);
        return tau / (2 * s) * Math.log(uf * (s - u0) / (u0 * (s - uf)));
    }

    /**
     * The designed task: P examples x^μ in R^N, the rows of X = √P·Q (Q with orthonormal columns), so Σxx = I exactly,
     * and targets y^μ = M·x^μ with M = U·diag(s)·Vᵀ, so Σyx = M. U, V and Q are Haar-orthogonal draws of the core's
     * orthogonal init, from three seeds of {@code dataSeed}'s stream.
     */
    record Task(Dataset data, double[][] u, double[][] v, double[] s) {
        int modes() {
            return s.length;
        }
    }

    static Task task(double[] s, int examples, long dataSeed) {
        int n = s.length;
        if (examples < n) throw new IllegalArgumentException("examples: need at least " + n + " for whitened inputs, got " + examples);
        SplittableRandom seeds = new SplittableRandom(dataSeed);
        double[][] u = square(n, seeds.nextLong());
        double[][] v = square(n, seeds.nextLong());
        double[] x = Initialisers.draw(WeightInit.orthogonal(Math.sqrt(examples)), examples, n, new int[]{examples, n}, seeds.nextLong());
        double[] y = new double[examples * n];
        for (int mu = 0; mu < examples; mu++) {
            for (int o = 0; o < n; o++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    double m = 0;
                    for (int a = 0; a < n; a++) m += u[o][a] * s[a] * v[i][a];
                    sum += m * x[mu * n + i];
                }
                y[mu * n + o] = sum;
            }
        }
        return new Task(Dataset.of(examples + " whitened inputs, targets of singular values " + java.util.Arrays.toString(s), x, y, n, n),
                u, v, s.clone());
    }

    private static double[][] square(int n, long seed) {
        double[] q = Initialisers.draw(WeightInit.orthogonal(1), n, n, new int[]{n, n}, seed);
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) System.arraycopy(q, i * n, m[i], 0, n);
        return m;
    }

    /**
     * Sets W₂ := U·Vᵀ·W₁ᵀ from the net's own first layer (N × N, bias-free, core layout: each W stored
     * {nIn, nOut}). With W₁ = √u₀·O (O orthogonal, the orthogonal init at gain √u₀) this is Saxe's decoupled, balanced
     * start with R = O·V: W₂W₁ = u₀·U·Vᵀ, so every mode starts at exactly u₀.
     */
    static void balanceSecondLayer(TrainableNetwork net, Task task) {
        int n = task.modes();
        double[] p = net.parameters();
        double[][] uvt = new double[n][n];
        for (int o = 0; o < n; o++) {
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < n; a++) uvt[o][i] += task.u[o][a] * task.v[i][a];
            }
        }
        for (int h = 0; h < n; h++) {
            for (int o = 0; o < n; o++) {
                double w = 0;
                for (int i = 0; i < n; i++) w += uvt[o][i] * p[i * n + h]; // W₁[h][i] is stored at [i][h]
                p[n * n + h * n + o] = w;
            }
        }
        net.setParameters(p);
    }

    /**
     * The mode strengths u_α = U_αᵀ·(W₂W₁)·V_α, from the net's parameters (core layout, read back from either
     * implementation): a parameter read per step costs DL4J far less than a forward pass.
     */
    static double[] strengths(TrainableNetwork net, Task task) {
        int n = task.modes();
        double[] p = net.parameters();
        double[][] m = new double[n][n];
        for (int o = 0; o < n; o++) {
            for (int i = 0; i < n; i++) {
                for (int h = 0; h < n; h++) m[o][i] += p[n * n + h * n + o] * p[i * n + h]; // W₂[o][h]·W₁[h][i]
            }
        }
        double[] out = new double[n];
        for (int a = 0; a < n; a++) {
            double sum = 0;
            for (int o = 0; o < n; o++) {
                for (int i = 0; i < n; i++) sum += task.u[o][a] * m[o][i] * task.v[i][a];
            }
            out[a] = sum;
        }
        return out;
    }
}
