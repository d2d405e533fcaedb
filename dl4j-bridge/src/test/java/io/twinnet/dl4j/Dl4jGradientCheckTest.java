package io.twinnet.dl4j;

import io.twinnet.core.gradcheck.GradientCheckResult;
import io.twinnet.core.gradcheck.GradientChecker;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DL4J's analytic gradient, read through the bridge, against central finite differences of DL4J's own score
 * (the core's {@link GradientChecker}, fourth-order stencil): the gradient the parity tests compare the core with
 * is itself right, and the bridge's layout maps every derivative to its parameter.
 */
class Dl4jGradientCheckTest {

    @Test
    void dl4jGradientsThroughTheBridgeMatchFiniteDifferences() {
        List<NetworkSpec> specs = List.of(
                NetworkSpec.builder(Shape.vector(4)).dense(5, Activation.SIGMOID, WeightInit.xavier())
                        .output(3, Activation.SOFTMAX, LossFunction.MSE, WeightInit.xavier()).build(),
                NetworkSpec.builder(Shape.vector(4)).dense(5, Activation.TANH, WeightInit.xavier())
                        .dense(4, Activation.leakyRelu(0.25), WeightInit.relu())
                        .output(3, Activation.SIGMOID, LossFunction.XENT, WeightInit.xavier()).build(),
                NetworkSpec.builder(Shape.vector(4)).dense(6, Activation.RELU, WeightInit.relu())
                        .output(3, Activation.IDENTITY, LossFunction.L2, WeightInit.xavier()).build(),
                NetworkSpec.builder(Shape.vector(4)).dense(6, Activation.RELU, WeightInit.relu())
                        .output(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier()).build());
        double[] x = TestSpecs.randomVector(5 * 4, 31);
        double[] y = {1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0};
        for (NetworkSpec spec : specs) {
            Dl4jNetwork net = Dl4jNetwork.withParameters(spec, TestSpecs.randomVector(spec.parameterCount(), 32));
            net.computeGradient(x, y, 5);
            double[] analytic = net.gradient();
            for (int i = 0; i < analytic.length; i++) analytic[i] /= 5; // the score is the mean, the gradient the sum
            double[] p = net.parameters();
            GradientCheckResult r = GradientChecker.defaults().check(q -> {
                net.setParameters(q);
                return net.score(x, y, 5);
            }, p, analytic);
            assertTrue(r.passes(1e-6), spec.outputLayer() + ": " + r);
        }
    }
}
