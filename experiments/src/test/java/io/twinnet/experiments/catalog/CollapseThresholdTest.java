package io.twinnet.experiments.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.twinnet.experiments.lab.Decision;
import io.twinnet.experiments.lab.Verdict;
import io.twinnet.experiments.lab.stats.Estimate;
import org.junit.jupiter.api.Test;

class CollapseThresholdTest {

    @Test
    void twoSeedsThatAgreeGiveAMedianWithoutAnIntervalSoTheyCannotDecide() {
        Estimate e = CollapseThreshold.medianEstimate(new double[] {0.08, 0.08}, 0.12);
        assertEquals(0.08, e.value());
        assertEquals(Double.NEGATIVE_INFINITY, e.lower());
        assertEquals(Verdict.INCONCLUSIVE, Decision.within(0.06, 0.02).judge(e));
    }

    @Test
    void threeSeedsThatAgreeDecide() {
        Estimate e = CollapseThreshold.medianEstimate(new double[] {0.08, 0.08, 0.08}, 0.12);
        assertEquals(Verdict.REPRODUCED, Decision.within(0.06, 0.02).judge(e), e.format());
    }
}
