package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Loss values and gradients against hand calculations, with DL4J's averaging and clipping conventions. */
class LossTest {
    static final double[] ZERO = {0, 0, 0, 0, 0, 0};
    static final double[] TARGETS = {1, 0, 0, 0, 2, 0};

    @Test
    void mseOfZeroOutputAgainstDl4jsDocumentedExampleIs0_8333() {
        // per example (1/3)·Σ(a − t)²: 1/3 and 4/3, mean 5/6
        assertEquals(5.0 / 6, new MeanSquaredError(Arithmetic.DOUBLE).sum(ZERO, TARGETS, 2, 3) / 2, 1e-15);
    }

    @Test
    void l2SumsOverUnitsInsteadOfAveraging() {
        assertEquals(2.5, new SquaredError(Arithmetic.DOUBLE).sum(ZERO, TARGETS, 2, 3) / 2, 1e-15);
    }

    @Test
    void squaredErrorGradientsAreTwoTimesTheDifferenceOverKForMse() {
        double[] g = new double[6];
        new MeanSquaredError(Arithmetic.DOUBLE).preActivationGradient(ZERO, TARGETS, Identity.INSTANCE, g, 2, 3);
        assertArrayEquals(new double[]{-2.0 / 3, 0, 0, 0, -4.0 / 3, 0}, g, 1e-15);
        new SquaredError(Arithmetic.DOUBLE).preActivationGradient(ZERO, TARGETS, Identity.INSTANCE, g, 2, 3);
        assertArrayEquals(new double[]{-2, 0, 0, 0, -4, 0}, g, 0);
    }

    @Test
    void softmaxCrossEntropyIsMinusLogOfTheTrueClassProbability() {
        double[] p = {0.2, 0.7, 0.1};
        double[] t = {0, 1, 0};
        assertEquals(-Math.log(0.7), new SoftmaxCrossEntropy(Arithmetic.DOUBLE).exampleLoss(p, t, 0, 3), 1e-15);
        double[] g = new double[3];
        new SoftmaxCrossEntropy(Arithmetic.DOUBLE).preActivationGradient(p, t, new Softmax(Arithmetic.DOUBLE), g, 1, 3);
        assertArrayEquals(new double[]{0.2, -0.3, 0.1}, g, 1e-15);
    }

    @Test
    void softmaxCrossEntropyClipsProbabilitiesAt1e10() {
        double[] p = {1.0, 0.0};
        double[] t = {0, 1};
        assertEquals(-Math.log(1e-10), new SoftmaxCrossEntropy(Arithmetic.DOUBLE).exampleLoss(p, t, 0, 2), 1e-12); // 23.0259
    }

    @Test
    void binaryCrossEntropyMatchesTheFormulaAndClipsAt1e5() {
        double[] a = {0.8, 0.3};
        double[] t = {1, 0.25};
        double expected = -(Math.log(0.8) + 0.25 * Math.log(0.3) + 0.75 * Math.log(0.7));
        assertEquals(expected, new BinaryCrossEntropy(Arithmetic.DOUBLE).exampleLoss(a, t, 0, 2), 1e-15);
        assertEquals(-Math.log(1e-5), new BinaryCrossEntropy(Arithmetic.DOUBLE).exampleLoss(new double[]{1.0}, new double[]{0}, 0, 1), 1e-9);
    }

    @Test
    void binaryCrossEntropyGradientThroughSigmoidIsOutputMinusTarget() {
        double[] a = {0.8, 0.3};
        double[] t = {1, 0.25};
        double[] g = new double[2];
        new BinaryCrossEntropy(Arithmetic.DOUBLE).preActivationGradient(a, t, new Sigmoid(Arithmetic.DOUBLE), g, 1, 2);
        assertArrayEquals(new double[]{-0.2, 0.05}, g, 1e-15);
    }

    @Test
    void networkScoreIsTheMeanOverExamples() {
        // a 1 → 3 identity output layer with W = 0, b = 0 outputs zeros: the DL4J example again
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(1))
                .layer(OutputLayerSpec.of(3, Activation.IDENTITY, LossFunction.MSE, WeightInit.zero()))
                .build();
        Network net = Network.initialise(spec);
        assertEquals(5.0 / 6, net.score(new double[]{0.3, -0.7}, TARGETS, 2), 1e-15);
        assertArrayEquals(new double[]{1.0 / 3, 4.0 / 3}, net.exampleLosses(new double[]{0.3, -0.7}, TARGETS, 2), 1e-15);
    }

    @Test
    void pairingsOutsideTheSpecAreRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Loss.of(LossFunction.MCXENT, ActivationKind.SIGMOID, Arithmetic.DOUBLE));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Loss.of(LossFunction.XENT, ActivationKind.SOFTMAX, Arithmetic.DOUBLE));
    }
}
