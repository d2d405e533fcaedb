package io.twinnet.experiments.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.stats.Estimate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WidthTrendTest {
    private static final double NEVER = Double.POSITIVE_INFINITY;
    private static final List<Integer> WIDTHS = List.of(50, 100);

    @Test
    void tauIsOneWhenEveryWiderSeedFailsLater() {
        assertEquals(1, WidthTrend.tau(WIDTHS, List.of(new double[] {0.05, 0.05}, new double[] {0.08, 0.08})), 1e-12);
    }

    @Test
    void tauIsMinusOneWhenWiderNetsFailEarlier() {
        assertEquals(-1, WidthTrend.tau(WIDTHS, List.of(new double[] {0.08, 0.08}, new double[] {0.05, 0.05})), 1e-12);
    }

    @Test
    void equalThresholdsEverywhereHaveNoTrend() {
        assertEquals(0, WidthTrend.tau(WIDTHS, List.of(new double[] {0.07, 0.07}, new double[] {0.07, 0.07})));
    }

    @Test
    void aThresholdBeyondTheGridRanksAboveEveryRate() {
        assertEquals(1, WidthTrend.tau(WIDTHS, List.of(new double[] {0.1, 0.1}, new double[] {NEVER, NEVER})), 1e-12);
    }

    @Test
    void theIntervalResamplesWithinEachWidthAndIsReproducible() {
        Map<Integer, double[]> t = new LinkedHashMap<>();
        t.put(50, new double[] {0.05, 0.06, 0.05, 0.06, 0.05, 0.06});
        t.put(500, new double[] {0.08, 0.09, 0.08, 0.09, 0.08, 0.09});
        Estimate e = WidthTrend.estimate(t);
        assertEquals(e, WidthTrend.estimate(t));
        assertTrue(e.lower() > 0.5, "every resample keeps the two widths apart: " + e.format());
        assertEquals(6, e.seeds());
        assertEquals("median threshold by width 50: 0.0550, 500: 0.0850", WidthTrend.medians(t));
    }

    @Test
    void oneWidthIsNoTrend() {
        assertTrue(!WidthTrend.estimate(Map.of(100, new double[] {0.07, 0.08})).measured());
    }
}
