package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.curve;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FailureKindTest {

    private static SideRecord run(double deadOutputs, double... accuracy) {
        return side(scalars("finalDeadOutputFraction", deadOutputs), Map.of("evalAccuracy", curve(accuracy)));
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("trains", run(0, 0.1, 0.8, 0.9), FailureKind.TRAINED),
                Arguments.of("a 0.15 dip is no collapse", run(0, 0.1, 0.9, 0.75), FailureKind.TRAINED),
                Arguments.of("a dead unit in a net that still trains", run(0.1, 0.1, 0.8, 0.82), FailureKind.TRAINED),
                Arguments.of("non-finite loss", new SideRecord(RunStatus.DIVERGED, 7, null, Map.of(), Map.of(), 0.1), FailureKind.DIVERGED),
                Arguments.of("falls with a dead output", run(0.1, 0.1, 0.8, 0.4), FailureKind.DEAD),
                Arguments.of("never learns, outputs dead", run(0.5, 0.1, 0.2, 0.1), FailureKind.DEAD),
                Arguments.of("falls 0.2 from the peak, no dead output", run(0, 0.1, 0.9, 0.7), FailureKind.COLLAPSED),
                Arguments.of("below 0.5 all along", run(0, 0.13, 0.3, 0.1), FailureKind.NEVER_TRAINED),
                Arguments.of("no accuracy recorded", side(Map.of(), Map.of()), FailureKind.NEVER_TRAINED),
                Arguments.of("peaks at 0.6, ends at 0.45", run(0, 0.1, 0.6, 0.45), FailureKind.ENDED_LOW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void eachRunHasExactlyTheFirstKindThatApplies(String what, SideRecord side, FailureKind expected) {
        assertEquals(expected, FailureKind.of(side));
        assertEquals(expected != FailureKind.TRAINED, CollapseThreshold.failed(side), "the threshold's 'failed' is the kind's");
    }
}
