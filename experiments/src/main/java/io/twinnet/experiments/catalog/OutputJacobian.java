package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.train.TrainableNetwork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Jacobian ∂f(x)/∂θ of a one-output net with an MSE output, read from each implementation's own
 * backward pass: against the target 0 the per-example loss is ℓ = f² (DL4J's LossMSE is the mean over
 * the K = 1 output), so ∇ℓ = 2f·∇f and ∇f = ∇ℓ / (2f), with ∇ℓ from
 * {@link TrainableNetwork#computeGradient} on the one example (the core's backward pass, or DL4J's
 * {@code computeGradientAndScore()} through the bridge). An input with f(x) = 0 (no active path) has
 * no such reading and is skipped. From these rows the empirical neural tangent kernel (Jacot, Gabriel
 * &amp; Hongler 2018) Θ(x, x') = ⟨∂f(x)/∂θ, ∂f(x')/∂θ⟩ = Σ_l ⟨∂f(x)/∂W_l, ∂f(x')/∂W_l⟩.
 */
final class OutputJacobian {
    private OutputJacobian() {
    }

    /**
     * One row ∂f(x_i)/∂θ (core layout) per example of {@code x} with f(x_i) ≠ 0, in order.
     *
     * @throws IllegalArgumentException when the net has more than one output or another loss than MSE
     */
    static double[][] rows(TrainableNetwork net, Dataset x) {
        var layers = net.spec().layers();
        OutputLayerSpec out = (OutputLayerSpec) layers.get(layers.size() - 1);
        if (out.nOut() != 1 || out.loss() != LossFunction.MSE) {
            throw new IllegalArgumentException("net: the Jacobian is read from MSE against 0 on one output, got "
                    + out.nOut() + " outputs with " + out.loss());
        }
        int n = x.featureCount();
        List<double[]> rows = new ArrayList<>();
        double[] zero = {0};
        for (int i = 0; i < x.size(); i++) {
            double[] xi = Arrays.copyOfRange(x.features(), i * n, (i + 1) * n);
            double f = net.output(xi, 1)[0];
            if (f == 0) continue;
            net.computeGradient(xi, zero, 1);
            double[] g = net.gradient();
            for (int p = 0; p < g.length; p++) g[p] /= 2 * f;
            rows.add(g);
        }
        return rows.toArray(double[][]::new);
    }

    /** Θ_ij = ⟨J_i, J_j⟩ over the rows, row-major. */
    static double[] kernel(double[][] rows) {
        int m = rows.length;
        double[] k = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int p = 0; p < rows[i].length; p++) s += rows[i][p] * rows[j][p];
                k[i * m + j] = s;
            }
        }
        return k;
    }

    /** The rows laid end to end. */
    static double[] flatten(double[][] rows) {
        return Arrays.stream(rows).flatMapToDouble(Arrays::stream).toArray();
    }
}
