package io.twinnet.experiments.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OwnThresholdFixTest {
    private static final double[] QUICK = {0.12};
    private static final double[] FULL = {0.09, 0.1, 0.12};

    static Stream<Arguments> thresholds() {
        return Stream.of(
                Arguments.of(0.1, QUICK, Optional.of(0.12)),
                Arguments.of(0.08, QUICK, Optional.of(0.12)),
                Arguments.of(0.07, QUICK, Optional.empty()),
                Arguments.of(0.05, QUICK, Optional.empty()),
                Arguments.of(0.07, FULL, Optional.of(0.09)),
                Arguments.of(0.06, FULL, Optional.of(0.09)),
                Arguments.of(0.08, FULL, Optional.of(0.1)),
                Arguments.of(0.09, FULL, Optional.of(0.12)),
                Arguments.of(0.05, FULL, Optional.empty()),
                Arguments.of(Double.POSITIVE_INFINITY, FULL, Optional.empty()));
    }

    @ParameterizedTest(name = "threshold {0}")
    @MethodSource("thresholds")
    void aSeedIsReadAtTheSmallestRateWithinOneAndAHalfOfItsOwnThreshold(double threshold, double[] rates, Optional<Double> expected) {
        assertEquals(expected, OwnThresholdFix.rateFor(threshold, rates));
    }
}
