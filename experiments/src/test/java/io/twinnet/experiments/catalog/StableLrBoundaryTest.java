package io.twinnet.experiments.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.catalog.StableLrBoundary.Cell;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StableLrBoundaryTest {

    @Test
    void theBoundaryIsTheLargestRateBelowTheFirstUnstableOneWhateverTheOrder() {
        // 0.5 is stable again above the unstable 0.25 (a lucky run); the boundary stops at the first unstable rate
        assertEquals(0.125, StableLrBoundary.boundary(List.of(new Cell(0.5, false), new Cell(0.0625, false), new Cell(0.25, true),
                new Cell(0.125, false))));
    }

    @Test
    void aBoundaryOutsideTheGridIsNotMeasured() {
        assertTrue(Double.isNaN(StableLrBoundary.boundary(List.of(new Cell(0.1, true), new Cell(0.2, true)))), "below the grid");
        assertTrue(Double.isNaN(StableLrBoundary.boundary(List.of(new Cell(0.1, false), new Cell(0.2, false)))), "above the grid");
    }

    @Test
    void theSlopeOfAnExactPowerIsItsExponentAndAMissingBoundaryLeavesItUnmeasured() {
        Map<Double, Double> fourPerDoubling = new TreeMap<>(Map.of(0.25, 256.0, 1.0, 1.0, 4.0, 1.0 / 256));
        assertEquals(-4, StableLrBoundary.slope(fourPerDoubling), 1e-12);
        // boundaries 2^0, 2^0, 2^-4 at log2 s = -2, 0, 2: slope = Σ x·y / Σ x² = (0 + 0 - 8) / 8 = -1
        assertEquals(-1, StableLrBoundary.slope(new TreeMap<>(Map.of(0.25, 1.0, 1.0, 1.0, 4.0, 1.0 / 16))), 1e-12);
        assertTrue(Double.isNaN(StableLrBoundary.slope(new TreeMap<>(Map.of(0.25, Double.NaN, 1.0, 1.0)))));
        assertTrue(Double.isNaN(StableLrBoundary.slope(Map.of(1.0, 1.0))), "one scale has no slope");
    }

    @Test
    void theMedianSlopeLeavesUnmeasuredSeedsOutAndIsNoneWithoutAny() {
        assertEquals(-4, StableLrBoundary.medianOverSeeds(new double[] {-4, Double.NaN, -3.5, -4.5, -4}).value(), 0.0);
        assertEquals(4, StableLrBoundary.medianOverSeeds(new double[] {-4, Double.NaN, -3.5, -4.5, -4}).seeds());
        assertTrue(!StableLrBoundary.medianOverSeeds(new double[] {Double.NaN}).measured());
    }
}
