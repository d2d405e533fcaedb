package io.twinnet.experiments.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an outcome reads from one side of a run: a scalar, or the last value of a curve. */
class OutcomeMetricTest {
    private static final Scalar DEAD = Scalar.of("dead", "dead fraction");
    private static final Curve CHANGE = Curve.of("change", "step", "||W - W0|| / ||W0||");
    private static final OutcomeMetric FINAL_CHANGE = OutcomeMetric.finalValueOf(Scalar.of("finalChange", "last change"), CHANGE, Margin.relative(0.1));

    private static SideRecord side(RunStatus status) {
        return new SideRecord(status, status == RunStatus.DIVERGED ? 7 : -1, null, Map.of("dead", 0.3),
                Map.of("change", new Series(new double[] {0, 10, 20}, new double[] {0, 0.01, 0.04})), 1);
    }

    @Test
    void aScalarOutcomeIsTheRecordedScalar() {
        OutcomeMetric o = OutcomeMetric.of(DEAD, Margin.absolute(0.1));
        assertEquals(0.3, o.value(side(RunStatus.FINISHED)));
        assertTrue(o.recordedBy(side(RunStatus.FINISHED)));
        assertFalse(OutcomeMetric.FINAL_LOSS.recordedBy(side(RunStatus.FINISHED)));
    }

    @Test
    void aCurveOutcomeIsTheCurvesLastValueUnderItsOwnName() {
        assertEquals(0.04, FINAL_CHANGE.value(side(RunStatus.FINISHED)));
        assertEquals("finalChange", FINAL_CHANGE.metric().name());
        assertTrue(FINAL_CHANGE.recordedBy(side(RunStatus.FINISHED)));
        assertFalse(FINAL_CHANGE.recordedBy(new SideRecord(RunStatus.FINISHED, -1, null, Map.of("change", 1.0), Map.of(), 1)),
                "a scalar of the curve's name is not the curve");
    }

    @Test
    void aRunThatDidNotFinishHasNoValueButCountsAsHavingRecordedIt() {
        assertTrue(Double.isNaN(FINAL_CHANGE.value(side(RunStatus.DIVERGED))));
        assertTrue(Double.isNaN(OutcomeMetric.of(DEAD, Margin.absolute(0.1)).value(side(RunStatus.DIVERGED))));
        assertTrue(FINAL_CHANGE.recordedBy(side(RunStatus.DIVERGED)));
        assertTrue(Double.isNaN(FINAL_CHANGE.value(null)), "a side the run has no record of");
    }
}
