package io.twinnet.experiments.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CurveShapeTest {

    /** y(x) checkpointed at x = 0, every, 2·every, …, steps. */
    private static Series sampled(int steps, int every, DoubleUnaryOperator y) {
        int n = steps / every + 1;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = (double) i * every;
            ys[i] = y.applyAsDouble(xs[i]);
        }
        return new Series(xs, ys);
    }

    /**
     * Expected values worked by hand (the least-squares slope of points symmetric about their mean x
     * is Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²):
     * <ul>
     * <li>line y = 1 − 1e-5·x on 0, 1000, …, 10,000: the last half is x = 5000…10,000, slope −1e-5, mean
     * ȳ = 1 − 1e-5·7500 = 0.925, so 1000·b/ȳ = −0.01/0.925; at step 3000 it has fallen by 3 %;</li>
     * <li>exponential y = e^(−x/1000) on 0, 1000, 2000, 3000, 4000, tail 0.5: the points x = 2000, 3000,
     * 4000 give b = (e^−4 − e^−2)/2000 and ȳ = (e^−2 + e^−3 + e^−4)/3; at step 1500 the next checkpoint is
     * 2000, a fall of 1 − e^−2;</li>
     * <li>a diverged curve (last value NaN): slope 0 and decrease 0, a run that made no progress;</li>
     * <li>one checkpoint: neither a slope nor a decrease (NaN).</li>
     * </ul>
     */
    static Stream<Arguments> curves() {
        double e2 = Math.exp(-2), e3 = Math.exp(-3), e4 = Math.exp(-4);
        return Stream.of(
                Arguments.of("a straight line", sampled(10_000, 1000, x -> 1 - 1e-5 * x), 0.5, -0.01 / 0.925, 3000, 0.03),
                Arguments.of("an exponential", sampled(4000, 1000, x -> Math.exp(-x / 1000)), 0.5,
                        1000 * ((e4 - e2) / 2000) / ((e2 + e3 + e4) / 3), 1500, 1 - e2),
                Arguments.of("a diverged curve", new Series(new double[] {0, 100, 200, 300}, new double[] {1, 0.9, 7e300, Double.NaN}), 1.0,
                        0.0, 250, 0.0),
                Arguments.of("one checkpoint", new Series(new double[] {0}, new double[] {0.2}), 1.0, Double.NaN, 0, Double.NaN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curves")
    void readingsOfAHandComputedCurve(String name, Series curve, double tail, double slope, double step, double decrease) {
        assertEquals(slope, CurveShape.relativeSlopePer1000Steps(curve, tail), 1e-12, name + ": late slope");
        assertEquals(decrease, CurveShape.relativeDecreaseAt(curve, step), 1e-12, name + ": decrease after step " + step);
    }

    @Test
    void aFlatCurveHasZeroSlopeWhateverItsLength() {
        Series flat = sampled(6000, 1000, x -> 0.09);
        assertEquals(0.0, CurveShape.relativeSlopePer1000Steps(flat, 0.5), 1e-15);
        assertEquals(0.0, CurveShape.relativeDecreaseAt(flat, 6000), 1e-15);
    }

    @Test
    void aNonFiniteValueBeforeTheLastOrTooFewPointsGiveNoSlope() {
        Series spike = new Series(new double[] {0, 1, 2, 3}, new double[] {1, 0.9, Double.POSITIVE_INFINITY, 0.8});
        assertTrue(Double.isNaN(CurveShape.relativeSlopePer1000Steps(spike, 1)));
        assertTrue(Double.isNaN(CurveShape.relativeSlopePer1000Steps(new Series(new double[] {0, 1}, new double[] {1, 1}), 1)));
        assertTrue(Double.isNaN(CurveShape.relativeSlopePer1000Steps(null, 1)));
        assertThrows(IllegalArgumentException.class, () -> CurveShape.relativeSlopePer1000Steps(spike, 0));
    }

    @Test
    void aCurveThatEndsBeforeTheStepHasMadeNoProgressThere() {
        assertEquals(0.0, CurveShape.relativeDecreaseAt(sampled(200, 100, x -> 1 - x / 1000), 201));
        assertTrue(Double.isNaN(CurveShape.relativeDecreaseAt(null, 100)));
    }

    @Test
    void valueAtAStepIsTheFirstCheckpointAtOrAfterIt() {
        Series s = new Series(new double[] {0, 100, 200}, new double[] {3, 2, 1});
        assertEquals(2, CurveShape.at(s, 100));
        assertEquals(1, CurveShape.at(s, 150));
        assertTrue(Double.isNaN(CurveShape.at(s, 201)));
    }
}
