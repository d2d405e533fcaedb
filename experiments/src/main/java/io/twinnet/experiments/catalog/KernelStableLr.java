package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.TwinNetwork;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoublePredicate;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The largest learning rate at which full-batch gradient descent on the net linearised at initialisation is
 * stable, from the empirical tangent kernel (Lee et al. 2019, "Wide neural networks of any depth evolve as linear
 * models under gradient descent"; Lewkowycz et al. 2020, "The large learning rate phase of deep learning").
 *
 * <p>The phase diagram's loss is L(θ) = (1/N) Σ_i (f(x_i; θ) − y_i)² over the N training examples: DL4J's
 * {@code LossMSE} is the mean over the K = 1 output and both sides divide the minibatch's summed gradient by
 * N. Linearised around θ₀, f(θ) ≈ f(θ₀) + J·(θ − θ₀) with J the N × P Jacobian, so L is quadratic with
 * Hessian H = (2/N)·JᵀJ (the Gauss–Newton matrix, exact for the linear model), and a step θ ← θ − η∇L
 * multiplies the error along each eigenvector of H by (1 − ηλ): stable iff η &lt; 2/λ_max(H). JᵀJ and the
 * kernel Θ = J·Jᵀ (N × N, Θ_ij = ⟨∂f(x_i)/∂θ, ∂f(x_j)/∂θ⟩) have the same non-zero eigenvalues, so
 * <pre>
 *   η* = 2 / ((2/N)·λ_max(Θ)) = N / λ_max(Θ).
 * </pre>
 * Lewkowycz et al. write L = (1/2n) Σ (f − y)² and the kernel divided by n, λ₀ = λ_max(Θ)/n, and the same
 * bound as η_crit = 2/λ₀ = 2n/λ_max(Θ), twice ours since their loss is half ours. Above it their wide nets need
 * not diverge: up to η_max ≈ 4/λ₀ (about 12/λ₀ measured for ReLU nets) the loss first grows, the kernel's top
 * eigenvalue falls (the catapult) and training converges; so a measured boundary can lie above η*.
 *
 * <p>Θ is read from each side's own backward pass ({@link OutputJacobian}); an example with f = 0 has a zero row of J
 * and is left out, which leaves λ_max unchanged, while N stays the batch size. λ_max is the largest eigenvalue of
 * the symmetric N × N matrix (commons-math3's {@code EigenDecomposition}, exact to rounding at N = 16).
 */
final class KernelStableLr {
    private KernelStableLr() {
    }

    static final Scalar KERNEL_TOP_EIGENVALUE = Scalar.of("kernelTopEigenvalue",
            "λ_max of the empirical tangent kernel Θ = J Jᵀ over the training batch at initialisation");
    static final Scalar KERNEL_STABLE_LR = Scalar.of("kernelStableLr",
            "N / λ_max(Θ): the largest stable learning rate of full-batch gradient descent on the linearised net");

    /** λ_max of the symmetric row-major m × m matrix {@code k}. */
    static double topEigenvalue(double[] k, int m) {
        double[][] a = new double[m][m];
        for (int i = 0; i < m; i++) System.arraycopy(k, i * m, a[i], 0, m);
        double[] eigenvalues = new EigenDecomposition(new Array2DRowRealMatrix(a, false)).getRealEigenvalues();
        double top = Double.NEGATIVE_INFINITY;
        for (double v : eigenvalues) top = Math.max(top, v);
        return top;
    }

    /** λ_max(Θ) of {@code net} over the batch {@code x}, and η* = N / λ_max with N = {@code x.size()}. */
    static Measurements measure(TwinNetwork net, Dataset x) {
        double[][] rows = OutputJacobian.rows(net, x);
        double top = rows.length == 0 ? 0 : topEigenvalue(OutputJacobian.kernel(rows), rows.length);
        return new Measurements().put(KERNEL_TOP_EIGENVALUE, top).put(KERNEL_STABLE_LR, x.size() / top);
    }

    /**
     * Per seed (in seed order), the largest |log2(η*_measured / η*_kernel)| over the scales {@code scales} accepts: the
     * measured boundary of the phase runs ({@link StableLrBoundary#boundaries}) against the kernel's η* recorded by the
     * kernel runs of the same seed and scale; NaN for a seed with a boundary outside the grid or no kernel run at one of them.
     */
    static <P extends GridPoint> double[] worstLog2Ratios(RunTable<P> phase, RunTable<P> kernel, ToDoubleFunction<P> scale,
                                                          ToDoubleFunction<P> lr, DoublePredicate scales) {
        Map<Long, Map<Double, Double>> predicted = new TreeMap<>();
        for (Run<P> r : kernel.measured()) {
            double s = scale.applyAsDouble(r.point());
            if (scales.test(s)) predicted.computeIfAbsent(r.seed(), k -> new TreeMap<>()).put(s, r.get(KERNEL_STABLE_LR));
        }
        Map<Long, Map<Double, Double>> measured = StableLrBoundary.boundaries(phase, scale, lr);
        double[] out = new double[measured.size()];
        int i = 0;
        for (Map.Entry<Long, Map<Double, Double>> seed : measured.entrySet()) {
            Map<Double, Double> kernelLr = predicted.getOrDefault(seed.getKey(), Map.of());
            double worst = Double.NEGATIVE_INFINITY;
            for (Map.Entry<Double, Double> b : seed.getValue().entrySet()) {
                if (!scales.test(b.getKey())) continue;
                Double k = kernelLr.get(b.getKey());
                double ratio = k == null ? Double.NaN : Math.abs(StableLrBoundary.log2(b.getValue() / k));
                worst = Double.isNaN(ratio) ? Double.NaN : Math.max(worst, ratio);
                if (Double.isNaN(worst)) break;
            }
            out[i++] = worst == Double.NEGATIVE_INFINITY ? Double.NaN : worst;
        }
        return out;
    }
}
