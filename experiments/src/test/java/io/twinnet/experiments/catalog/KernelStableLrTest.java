package io.twinnet.experiments.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.TwinNetwork;
import io.twinnet.experiments.lab.TwinNetworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class KernelStableLrTest {

    @Test
    void theTopEigenvalueOfASymmetricMatrixIsExact() {
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3
        assertEquals(3, KernelStableLr.topEigenvalue(new double[] {2, 1, 1, 2}, 2), 1e-14);
    }

    /**
     * By hand, f(x) = w2·relu(w1·x) at w1 = 0.5, w2 = 3 on x = 1 and 2: J = [[3, 0.5], [6, 1]], Θ = J Jᵀ = [[9.25, 18.5], [18.5, 37]],
     * rank one, so λ_max = trace = 46.25 and η* = N/λ_max = 2/46.25.
     */
    @ParameterizedTest
    @EnumSource(Implementation.class)
    void theTinyNetsBoundIsTheHandComputedOne(Implementation impl) {
        NetworkSpec tiny = NetworkSpec.builder(Shape.vector(1)).learningRate(0.1).seed(1)
                .layer(DenseLayerSpec.of(1, Activation.RELU, WeightInit.normal(0, 1)).withoutBias())
                .layer(OutputLayerSpec.of(1, Activation.IDENTITY, LossFunction.MSE, WeightInit.normal(0, 1)).withoutBias()).build();
        TwinNetwork net = TwinNetworks.initialise(impl, tiny);
        net.setParameters(new double[] {0.5, 3});
        Measurements m = KernelStableLr.measure(net, Dataset.of("two", new double[] {1, 2}, new double[] {0, 0}, 1, 1));
        assertEquals(46.25, m.get(KernelStableLr.KERNEL_TOP_EIGENVALUE), 1e-12);
        assertEquals(2 / 46.25, m.get(KernelStableLr.KERNEL_STABLE_LR), 1e-15);
    }

    /**
     * A bias-free linear net f(x) = w·x is its own linearisation, so full-batch gradient descent on its MSE is stable exactly below
     * N/λ_max(Θ): 200 steps at 0.9 of it shrink the loss, at 1.1 of it the loss grows. This pins the bound's normalisation (N, the
     * factor 2 of the squared error, the mean over the batch) against both sides' own training step.
     */
    @ParameterizedTest(name = "{0} at {1} × N/λ_max")
    @CsvSource({"CORE, 0.9, true", "CORE, 1.1, false", "DL4J, 0.9, true", "DL4J, 1.1, false"})
    void gradientDescentOnALinearNetIsStableExactlyBelowTheKernelsBound(Implementation impl, double factor, boolean stable) {
        Dataset train = GaussianData.of(8, 1, 16, 5);
        TwinNetwork probe = TwinNetworks.initialise(impl, linear(1));
        double bound = KernelStableLr.measure(probe, train).get(KernelStableLr.KERNEL_STABLE_LR);
        TwinNetwork net = TwinNetworks.initialise(impl, linear(factor * bound));
        net.setParameters(probe.parameters());
        double initial = net.score(train.features(), train.labels(), 16);
        double last = initial;
        for (int t = 0; t < 200; t++) last = net.fit(train.features(), train.labels(), 16);
        assertEquals(stable, net.score(train.features(), train.labels(), 16) < initial, "loss " + initial + " -> " + last);
    }

    private static NetworkSpec linear(double lr) {
        return NetworkSpec.builder(Shape.vector(8)).learningRate(lr).seed(3)
                .layer(OutputLayerSpec.of(1, Activation.IDENTITY, LossFunction.MSE, WeightInit.normal(0, 0.5)).withoutBias()).build();
    }
}
