package io.twinnet.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SparkMainTest {

    static Stream<Arguments> commandLines() {
        return Stream.of(
                Arguments.of(new String[] {"run", "variance-propagation"}, new String[] {"run", "variance-propagation", "--engine", "spark"}),
                Arguments.of(new String[] {"run", "--engine", "local"}, new String[] {"run", "--engine", "local"}),
                Arguments.of(new String[] {"run", "--engine=local"}, new String[] {"run", "--engine=local"}),
                Arguments.of(new String[] {"list"}, new String[] {"list"}),
                Arguments.of(new String[] {}, new String[] {}));
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void aRunUnderSparkSubmitUsesTheSparkEngineUnlessTold(String[] given, String[] expected) {
        assertArrayEquals(expected, SparkMain.withSparkEngine(given));
    }
}
