package io.twinnet.experiments.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainingPhaseTest {

    @ParameterizedTest(name = "stopped {0}, L0 {1}, LT {2}, zero output {3}, constant {4}: {5}")
    @CsvSource({
            // the runner stopped it: diverged whatever the losses
            "true, 1, 0.1, 1, false, DIVERGED",
            // finite but the loss grew
            "false, 1, 1.5, 1, false, DIVERGED",
            "false, 1, NaN, 1, false, DIVERGED",
            // below L0 but the output ended constant (dead ReLUs): collapsed, even though it halved a large L0
            "false, 100, 1, 1, true, COLLAPSED",
            // halved both L0 and the zero output's loss; the boundary counts
            "false, 100, 0.4, 1, false, CONVERGED",
            "false, 1, 0.5, 1, false, CONVERGED",
            // halved a large L0 but not the zero output's loss: it only removed the initial offset
            "false, 100, 0.6, 1, false, FLAT",
            "false, 1, 0.9, 1, false, FLAT",
            "false, 1, 1, 1, false, FLAT"})
    void theLabelFollowsTheRuleStatedInAdvance(boolean stopped, double initial, double last, double zero, boolean constant,
                                                TrainingPhase expected) {
        assertEquals(expected, TrainingPhase.of(stopped, initial, last, zero, constant));
    }

    @Test
    void onlyDivergedAndCollapsedAreUnstable() {
        assertEquals(true, TrainingPhase.DIVERGED.unstable());
        assertEquals(true, TrainingPhase.COLLAPSED.unstable());
        assertEquals(false, TrainingPhase.CONVERGED.unstable());
        assertEquals(false, TrainingPhase.FLAT.unstable());
    }

    private static Run<ScaleArgument.Point> run(RunStatus status, double unstable, double collapsed, double converged) {
        Measurements m = new Measurements().put(TrainingPhase.UNSTABLE_FLAG, unstable).put(TrainingPhase.COLLAPSED_FLAG, collapsed)
                .put(TrainingPhase.CONVERGED_FLAG, converged);
        SideRecord side = SideRecord.of(status, status == RunStatus.DIVERGED ? 3 : -1, m, 0.1);
        return new Run<>(new ScaleArgument.Point(ScaleArgument.Kind.PHASE, 3, 1, 0), 1, side);
    }

    @Test
    void aRecordedRunIsReadBackFromTheRunnersStatusFirstThenTheFlags() {
        assertEquals(TrainingPhase.DIVERGED, TrainingPhase.of(run(RunStatus.DIVERGED, 0, 0, 1)), "the runner's status wins");
        assertEquals(TrainingPhase.DIVERGED, TrainingPhase.of(run(RunStatus.FINISHED, 1, 0, 0)));
        assertEquals(TrainingPhase.COLLAPSED, TrainingPhase.of(run(RunStatus.FINISHED, 1, 1, 0)));
        assertEquals(TrainingPhase.CONVERGED, TrainingPhase.of(run(RunStatus.FINISHED, 0, 0, 1)));
        assertEquals(TrainingPhase.FLAT, TrainingPhase.of(run(RunStatus.FINISHED, 0, 0, 0)));
    }

    @Test
    void theProbeLabelsARealRunAtEachEndOfTheLearningRateRange() {
        // He's scale: 2^-6 trains stably (converged or flat), 2^7 is far beyond the boundary (about 2^-2) and goes unstable
        ScaleArgument.Sizes s = ScaleArgument.sizes(io.twinnet.experiments.lab.Profile.QUICK);
        for (int log2Lr : new int[] {-6, 7}) {
            ScaleArgument.Point p = new ScaleArgument.Point(ScaleArgument.Kind.PHASE, ScaleArgument.PHASE_DEPTH, 1, log2Lr);
            var config = new io.twinnet.experiments.lab.RunConfig(ScaleArgument.ID, p.id(), 1, Map.of());
            var r = io.twinnet.experiments.lab.TrialRunner.run(config, io.twinnet.experiments.lab.RunSeeds.of(1),
                    new ScaleArgument().trial(p, io.twinnet.experiments.lab.RunSeeds.of(1), s),
                    java.util.EnumSet.of(io.twinnet.experiments.lab.Implementation.CORE));
            TrainingPhase phase = TrainingPhase.of(new Run<>(p, 1, r.side(io.twinnet.experiments.lab.Implementation.CORE)));
            assertEquals(log2Lr > 0, phase.unstable(), "lr 2^" + log2Lr + ": " + phase);
        }
    }
}
