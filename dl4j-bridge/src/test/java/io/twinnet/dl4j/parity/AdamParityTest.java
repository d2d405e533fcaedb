package io.twinnet.dl4j.parity;

import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.Updater;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Adam cases ({@code updater/…}) of the default parity set, alone and in both precisions: the core's Adam,
 * written to libnd4j's {@code updaterAdam} order, follows DL4J's {@code Adam} over 200 steps within the SGD
 * cases' bounds (double: 1e-9 for losses and parameters; float: 1e-4), and every case trains (its loss falls),
 * so the bound is tested on a moving trajectory. {@code DoubleParityTest} and {@code FloatParityTest} hold them
 * to the same bounds among all cases; this test names Adam's numbers on their own.
 */
class AdamParityTest {
    static final int STEPS = 200;

    private static List<ParityCase> adamCases() {
        return ParityCases.defaults().stream().filter(c -> c.spec().updater() instanceof Updater.Adam).toList();
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void adamTrajectoriesFollowDl4jsAdamWithinTheSgdBounds(Precision precision) {
        List<ParityCase> cases = adamCases();
        assertEquals(3, cases.size(), "the Adam cases of ParityCases");
        ParityReport report = ParityEngine.runAll(cases, ParityOptions.of(precision, STEPS), null);
        ParityTables.print(report);
        double bound = precision == Precision.DOUBLE ? DoubleParityTest.TRAJECTORY_TOLERANCE : FloatParityTest.TRAJECTORY_TOLERANCE;
        for (ParityResult r : report.results()) {
            assertEquals(STEPS, r.steps(), r.caseName() + " stopped early");
            assertTrue(r.lossRelDiffMax() <= bound, r.caseName() + " loss " + r.lossRelDiffMax() + " > " + bound);
            assertTrue(r.parameterRelDiffMax() <= bound, r.caseName() + " parameters " + r.parameterRelDiffMax() + " > " + bound);
            assertTrue(r.finalCoreLoss() < 0.9 * r.initialLoss(), r.caseName() + " did not train: " + r.initialLoss() + " -> " + r.finalCoreLoss());
        }
    }
}
