package io.twinnet.core.probe;

import io.twinnet.core.spec.ActivationKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Probe formulas on arrays small enough to work out by hand. */
class ProbeMathTest {

    @Test
    void meanAndPopulationStd() {
        double[] a = {100, 2, 4, 4, 4, 5, 5, 7}; // only the range [1, 8) counts
        assertEquals(31.0 / 7, ProbeMath.mean(a, 1, 8), 1e-15);
        double[] b = {2, 4, 4, 4, 5, 5, 7, 9}; // the classic example: mean 5, population std 2
        assertEquals(5.0, ProbeMath.mean(b, 0, 8), 1e-15);
        assertEquals(2.0, ProbeMath.std(b, 0, 8), 1e-15);
    }

    @Test
    void saturationUsesTheDocumentedThresholds() {
        double[] sig = {0.005, 0.5, 0.995, 0.01, 0.99, 0.2}; // strictly outside [0.01, 0.99]: 2 of 6
        assertEquals(2.0 / 6, ProbeMath.saturatedFraction(ActivationKind.SIGMOID, sig, 2, 3), 1e-15);
        assertEquals(2.0 / 6, ProbeMath.saturatedFraction(ActivationKind.SOFTMAX, sig, 3, 2), 1e-15);
        double[] tanh = {-0.999, 0.5, 0.995, -0.99};
        assertEquals(0.5, ProbeMath.saturatedFraction(ActivationKind.TANH, tanh, 1, 4), 1e-15);
        assertTrue(Double.isNaN(ProbeMath.saturatedFraction(ActivationKind.RELU, tanh, 1, 4)));
    }

    @Test
    void aUnitIsDeadWhenZeroOnEveryExample() {
        // 3 examples x 4 units: unit 0 alive once, unit 1 always 0, unit 2 always 0, unit 3 alive always
        double[] a = {0.5, 0, 0, 1,
                      0, 0, 0, 2,
                      0, 0, 0, 3};
        assertEquals(0.5, ProbeMath.deadFraction(ActivationKind.RELU, a, 3, 4), 1e-15);
        assertTrue(Double.isNaN(ProbeMath.deadFraction(ActivationKind.SIGMOID, a, 3, 4)));
        double[] leaky = {-0.01, 0.3, -0.02, -0.5};
        assertEquals(0.5, ProbeMath.deadFraction(ActivationKind.LEAKYRELU, leaky, 2, 2), 1e-15);
    }

    @Test
    void normsRatiosAndRelativeChange() {
        double[] g = {0, 3, 4, 0};         // ‖·‖ = 5 over [1, 3)
        double[] w = {6, 8};               // ‖W‖ = 10
        assertEquals(5.0, ProbeMath.l2Norm(g, 1, 3), 1e-15);
        assertEquals(2.5, ProbeMath.meanGradientNorm(g, 1, 3, 2), 1e-15);
        assertEquals(0.1 * 2.5 / 10, ProbeMath.updateRatio(0.1, g, 1, w, 0, 2, 2), 1e-15);
        double[] w0 = {3, 4};              // ‖W0‖ = 5, ‖W − W0‖ = ‖(3, 4)‖ = 5
        assertEquals(1.0, ProbeMath.relativeChange(w, 0, w0, 0, 2), 1e-15);
        assertEquals(5.0, ProbeMath.l2Distance(w, 0, w0, 0, 2), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, ProbeMath.relativeChange(w, 0, new double[2], 0, 2));
        assertTrue(Double.isNaN(ProbeMath.relativeChange(new double[2], 0, new double[2], 0, 2)));
    }
}
