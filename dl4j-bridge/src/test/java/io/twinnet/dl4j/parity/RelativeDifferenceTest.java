package io.twinnet.dl4j.parity;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.dl4j.Dl4jParameterLayout;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativeDifferenceTest {

    @Test
    void differenceIsMeasuredInUnitsOfTheLargestMagnitude() {
        // max |a-b| = 0.002 (second entry), scale = max(|a|, |b|) = 4
        assertEquals(0.002 / 4, RelativeDifference.of(new double[] {4, 0.001, -1}, new double[] {4, -0.001, -1}), 1e-18);
    }

    @Test
    void scalarsAreComparedAgainstTheLargerOfTheTwo() {
        assertEquals(0.5, RelativeDifference.of(1.0, 2.0), 0.0);
        assertEquals(1.0, RelativeDifference.of(-1.0, 1.0) / 2, 0.0);
        assertEquals(0.0, RelativeDifference.of(0.0, 0.0), 0.0);
        assertEquals(1.0, RelativeDifference.of(0.0, 1e-300), 0.0);
    }

    @Test
    void identicalNonFiniteValuesAreNoDifferenceButMismatchedOnesAreInfinite() {
        assertEquals(0.0, RelativeDifference.of(new double[] {Double.NaN, 1}, new double[] {Double.NaN, 1}), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, RelativeDifference.of(new double[] {Double.NaN, 1}, new double[] {0, 1}), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, RelativeDifference.of(new double[] {Double.POSITIVE_INFINITY}, new double[] {1e308}), 0.0);
    }

    @Test
    void blockwiseComparisonMeasuresEachBlockAgainstItsOwnScale() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(2))
                .output(2, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())
                .build();
        Dl4jParameterLayout layout = Dl4jParameterLayout.of(spec); // W: 4 values, then b: 2 values
        double[] a = {100, 100, 100, 100, 1e-6, 0};
        double[] b = {100, 100, 100, 100, 2e-6, 0};
        // as one array the bias difference would be 1e-6 / 100 = 1e-8; in its own block it is 1e-6 / 2e-6
        assertEquals(1e-8, RelativeDifference.of(a, b), 1e-22);
        assertEquals(0.5, RelativeDifference.blockwise(layout, a, b), 1e-15);
    }
}
