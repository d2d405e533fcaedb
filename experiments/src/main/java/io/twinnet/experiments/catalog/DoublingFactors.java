package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.TwinNetwork;

/**
 * What doubling every weight does to a bias-free ReLU net of d weight matrices beyond its output
 * (×2^d, {@link PositiveHomogeneity}): f(2θ; x) = 2^d·f(θ; x) for every x, so differentiating in one
 * weight matrix, 2·∂f/∂W_l(2θ) = 2^d·∂f/∂W_l(θ), i.e. ∂f/∂W_l grows by exactly 2^(d−1), and the
 * tangent kernel Θ(x, x') = Σ_l ⟨∂f(x)/∂W_l, ∂f(x')/∂W_l⟩, a sum of products of two such factors, by
 * exactly 4^(d−1). In floating point both are exact too: every value in the forward and backward pass
 * at 2θ is the one at θ times a power of two. The Jacobian is the side's own backward pass
 * ({@link OutputJacobian}), at the side's own draw θ and at 2θ.
 */
final class DoublingFactors {
    private DoublingFactors() {
    }

    static final Scalar JACOBIAN_DEVIATION = Scalar.of("maxRelDeviationOfJacobianFrom2PowDMinus1",
            "max over inputs and weights of |(∂f/∂θ)(2θ) / (2^(d−1) (∂f/∂θ)(θ)) − 1|");
    static final Scalar KERNEL_DEVIATION = Scalar.of("maxRelDeviationOfKernelFrom4PowDMinus1",
            "max over input pairs of |Θ(2θ) / (4^(d−1) Θ(θ)) − 1|");
    static final Scalar KERNEL_FACTOR = Scalar.of("kernelTraceRatio", "trace Θ(2θ) / trace Θ(θ)");

    /** ∂f/∂θ and Θ at the side's own draw θ and at 2θ, and their worst deviations from 2^(d−1) and 4^(d−1). */
    static Measurements measure(TwinNetwork net, Dataset x) {
        int d = net.spec().layers().size();
        double[] theta = net.parameters();
        double[][] j1 = OutputJacobian.rows(net, x);
        net.setParameters(PositiveHomogeneity.doubled(theta));
        double[][] j2 = OutputJacobian.rows(net, x);
        net.setParameters(theta);
        double[] k1 = OutputJacobian.kernel(j1);
        double[] k2 = OutputJacobian.kernel(j2);
        double trace1 = 0;
        double trace2 = 0;
        for (int i = 0; i < j1.length; i++) {
            trace1 += k1[i * j1.length + i];
            trace2 += k2[i * j1.length + i];
        }
        return new Measurements().put(PositiveHomogeneity.DEPTH, d)
                .put(JACOBIAN_DEVIATION, PositiveHomogeneity.worstRelativeDeviation(OutputJacobian.flatten(j1), OutputJacobian.flatten(j2),
                        Math.pow(2, d - 1)))
                .put(KERNEL_DEVIATION, PositiveHomogeneity.worstRelativeDeviation(k1, k2,
                        Math.pow(4, d - 1)))
                .put(KERNEL_FACTOR, trace2 / trace1);
    }
}
