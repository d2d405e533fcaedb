package io.twinnet.core.nn;

import io.twinnet.core.spec.Activation;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Activation values against hand calculations, and their backward passes against explicit derivatives. */
class ActivationFunctionTest {

    static double[] forward(Activation a, double... z) {
        double[] v = z.clone();
        ActivationFunction.of(a).forward(v, 1, v.length);
        return v;
    }

    static double[] backward(Activation a, double[] z, double[] g) {
        double[] out = forward(a, z);
        double[] v = g.clone();
        ActivationFunction.of(a).backward(out, v, 1, v.length);
        return v;
    }

    @Test
    void sigmoidValuesAndDerivative() {
        assertArrayEquals(new double[]{0.5, 1 / (1 + Math.exp(-2)), 1 / (1 + Math.exp(3))}, forward(Activation.SIGMOID, 0, 2, -3), 1e-16);
        // σ'(0) = 1/4; σ'(2) = e^-2/(1+e^-2)²
        double d2 = Math.exp(-2) / Math.pow(1 + Math.exp(-2), 2);
        assertArrayEquals(new double[]{0.25 * 3, d2 * -1}, backward(Activation.SIGMOID, new double[]{0, 2}, new double[]{3, -1}), 1e-15);
    }

    @Test
    void tanhValuesAndDerivative() {
        assertArrayEquals(new double[]{0, Math.tanh(0.5)}, forward(Activation.TANH, 0, 0.5), 0);
        double c = Math.cosh(0.5);
        assertArrayEquals(new double[]{2, 1 / (c * c)}, backward(Activation.TANH, new double[]{0, 0.5}, new double[]{2, 1}), 1e-15);
    }

    @Test
    void reluHasZeroDerivativeAtZeroAsDl4j() {
        assertArrayEquals(new double[]{0, 0, 1.5}, forward(Activation.RELU, -2, 0, 1.5));
        assertArrayEquals(new double[]{0, 0, 7}, backward(Activation.RELU, new double[]{-2, 0, 1.5}, new double[]{5, 6, 7}));
    }

    @Test
    void leakyReluUsesItsSlopeBelowZero() {
        Activation a = Activation.leakyRelu(0.2);
        assertArrayEquals(new double[]{-0.4, 3}, forward(a, -2, 3), 1e-16);
        assertArrayEquals(new double[]{0.2 * 5, 7}, backward(a, new double[]{-2, 3}, new double[]{5, 7}), 1e-7);
    }

    @Test
    void leakyReluBackwardUsesAlphaRoundedToFloatAsDl4j() {
        // DL4J 1.0.0-M2.1's ActivationLReLU.backprop multiplies by alpha as a float: 0.01f = 0.009999999776482582
        Activation a = Activation.leakyRelu(0.01);
        assertArrayEquals(new double[]{-0.02}, forward(a, -2), 0.0);
        assertArrayEquals(new double[]{0.009999999776482582 * 5}, backward(a, new double[]{-0.02}, new double[]{5}), 0.0);
    }

    @Test
    void identityPassesThrough() {
        assertArrayEquals(new double[]{-2, 3}, forward(Activation.IDENTITY, -2, 3));
        assertArrayEquals(new double[]{5, 7}, backward(Activation.IDENTITY, new double[]{-2, 3}, new double[]{5, 7}));
    }

    @Test
    void softmaxRowsSumToOneAndSurviveLargeLogits() {
        double[] p = forward(Activation.SOFTMAX, 1, 2, 3);
        double e = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertArrayEquals(new double[]{Math.exp(1) / e, Math.exp(2) / e, Math.exp(3) / e}, p, 1e-15);
        double[] big = forward(Activation.SOFTMAX, 1000, 1000);
        assertArrayEquals(new double[]{0.5, 0.5}, big);
    }

    @Test
    void softmaxBackwardIsTheFullJacobianProduct() {
        SplittableRandom r = new SplittableRandom(5);
        double[] z = new double[4], g = new double[4];
        for (int k = 0; k < 4; k++) {
            z[k] = r.nextDouble(-2, 2);
            g[k] = r.nextDouble(-1, 1);
        }
        double[] a = forward(Activation.SOFTMAX, z);
        double[] expected = new double[4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double jac = a[j] * ((i == j ? 1 : 0) - a[i]); // ∂a_j/∂z_i
                expected[i] += g[j] * jac;
            }
        }
        assertArrayEquals(expected, backward(Activation.SOFTMAX, z, g), 1e-15);
    }

    @Test
    void softmaxWorksRowByRow() {
        double[] z = {0, 0, 5, 5};
        ActivationFunction.of(Activation.SOFTMAX).forward(z, 2, 2);
        assertArrayEquals(new double[]{0.5, 0.5, 0.5, 0.5}, z);
    }
}
