package io.twinnet.experiments.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Profile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** relu-init-range's learning rates, each also given in the asker's units: c·lr for an output gradient c·(a − t). */
class ReluInitRangeGridTest {
    private static final String HAND_WRITTEN = " for a hand-written net that back-propagates (a − t))";

    /** c = 2/10 for LossMSE over 10 outputs, 2 for the sum (LossL2); the half-sum's rate is already the asker's. */
    @ParameterizedTest(name = "{0} at lr {1}")
    @CsvSource(delimiter = '|', value = {
        "MEAN     | 0.01   | lr 0.01 (= 0.002" + HAND_WRITTEN,
        "MEAN     | 1.0E-4 | lr 0.0001 (= 2e-05" + HAND_WRITTEN,
        "SUM      | 0.03   | lr 0.03 (= 0.06" + HAND_WRITTEN + " (sum)",
        "HALF_SUM | 0.01   | lr 0.01 (half-sum: already the rate of a hand-written net that back-propagates (a − t))"})
    void aRateIsShownInItsReadingsUnitsAndInTheAskers(SquaredErrorReading reading, double lr, String expected) {
        assertEquals(expected, ReluInitRangeGrid.rate(lr, reading));
    }

    @Test
    void theQuickSetupGivesBothOfItsRatesInTheAskersUnitsAndTheFullOneItsFactors() {
        DeclaredExperiment<ReluInitRangeGrid.Point> experiment = new DeclaredExperiment<>(new ReluInitRange());
        String quick = experiment.setup(Profile.QUICK);
        assertTrue(quick.contains("lr 0.01 (= 0.002" + HAND_WRITTEN) && quick.contains("lr 0.0001 (= 2e-05" + HAND_WRITTEN), quick);
        String full = experiment.setup(Profile.FULL);
        assertTrue(full.contains("times 0.2 (mean), 2.0 (sum) and 1 (half-sum)"), full);
    }

    @Test
    void everyRateARuleNamesIsFollowedByItsValueInTheAskersUnits() {
        Pattern rate = Pattern.compile("at lr [0-9.Ee-]+(.{0,4})");
        int seen = 0;
        for (Claim<ReluInitRangeGrid.Point> c : new ReluInitRange().claims()) {
            Matcher m = rate.matcher(c.rule().text());
            while (m.find()) {
                seen++;
                assertTrue(m.group(1).startsWith(" (= ") || m.group(1).startsWith(" (ha"), c.id() + ": '" + m.group() + "' in " + c.rule().text());
            }
        }
        assertTrue(seen >= 10, "the rules name rates: " + seen);
    }
}
