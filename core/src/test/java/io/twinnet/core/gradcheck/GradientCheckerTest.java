package io.twinnet.core.gradcheck;

import org.junit.jupiter.api.Test;

import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientCheckerTest {
    // f(x) = sin(x0)·x1² + exp(x2/2); ∇f = (cos(x0)·x1², 2 sin(x0)·x1, exp(x2/2)/2)
    static final ToDoubleFunction<double[]> F = x -> Math.sin(x[0]) * x[1] * x[1] + Math.exp(x[2] / 2);

    static double[] gradient(double[] x) {
        return new double[]{Math.cos(x[0]) * x[1] * x[1], 2 * Math.sin(x[0]) * x[1], Math.exp(x[2] / 2) / 2};
    }

    @Test
    void aCorrectGradientPassesWithBothStencils() {
        double[] x = {0.7, -1.3, 0.4};
        GradientCheckResult fourth = GradientChecker.defaults().check(F, x, gradient(x));
        GradientCheckResult second = GradientChecker.secondOrder(1e-5, 1e-6).check(F, x, gradient(x));
        assertTrue(fourth.maxRelativeError() < 1e-10, fourth.toString());
        assertTrue(second.maxRelativeError() < 1e-8, second.toString());
        assertEquals(3, fourth.checked());
        assertEquals(0.7, x[0]); // restored
    }

    @Test
    void aWrongGradientIsCaughtAtTheRightIndex() {
        double[] x = {0.7, -1.3, 0.4};
        double[] g = gradient(x);
        g[1] *= 1.001;
        GradientCheckResult r = GradientChecker.defaults().check(F, x, g);
        assertFalse(r.passes(1e-6));
        assertEquals(1, r.worstIndex());
        assertEquals(0.0005, r.maxRelativeError(), 1e-6); // |0.001 g| / (2.001 |g|)
    }

    @Test
    void numericalDerivativeOfACubicIsExactWithTheFourthOrderStencil() {
        double d = GradientChecker.defaults().numericalDerivative(x -> x[0] * x[0] * x[0], new double[]{2}, 0);
        assertEquals(12.0, d, 1e-9);
    }
}
