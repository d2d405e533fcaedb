package io.twinnet.experiments.lab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.Summaries;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static double medianDifference(List<double[]> s) {
        return Summaries.median(s.get(0)) - Summaries.median(s.get(1));
    }

    @Test
    void sameSeedAndDataGiveTheSameIntervalBitForBit() {
        double[] v = {0.3, 0.1, 0.7, 0.4, 0.9, 0.2};
        Estimate a = Bootstrap.seeded(7).estimate(v, Summaries::median);
        Estimate b = Bootstrap.seeded(7).estimate(v, Summaries::median);
        assertEquals(a, b);
        Estimate c = Bootstrap.seeded(8).estimate(v, Summaries::median);
        assertEquals(a.value(), c.value());
    }

    @Test
    void intervalOfTheMedianOfTwoSeedsIsTheirRange() {
        // resampling two values gives medians {a, (a+b)/2, b} with probabilities 1/4, 1/2, 1/4
        Estimate e = Bootstrap.seeded(1).estimate(new double[] {2.0, 4.0}, Summaries::median);
        assertEquals(3.0, e.value());
        assertEquals(2.0, e.lower());
        assertEquals(4.0, e.upper());
        assertEquals(2, e.seeds());
    }

    @Test
    void oneSeedGivesAnUnboundedInterval() {
        Estimate e = Bootstrap.seeded(1).estimate(new double[] {0.5, Double.NaN}, Summaries::median);
        assertEquals(0.5, e.value());
        assertFalse(e.bounded());
        assertEquals(1, e.seeds());
    }

    @Test
    void emptyStratumMeansNothingMeasured() {
        assertFalse(Bootstrap.seeded(1).estimate(List.of(new double[] {1, 2}, new double[0]), BootstrapTest::medianDifference).measured());
    }

    @Test
    void stratifiedResamplingKeepsEachConfigurationsOwnValues() {
        // two strata far apart: every resampled difference of medians lies between the extreme pairings
        double[] high = {10, 11, 12, 13};
        double[] low = {0, 1, 2, 3};
        Estimate e = Bootstrap.seeded(3).estimate(List.of(high, low), BootstrapTest::medianDifference);
        assertEquals(10.0, e.value(), 1e-12);
        assertTrue(e.lower() >= 7 && e.upper() <= 13, e.format());
        assertTrue(e.lower() < e.value() && e.value() < e.upper(), e.format());
    }

    @Test
    void intervalOfTheMeanCoversTheTrueMeanAboutNinetyFivePercentOfTheTime() {
        // 400 simulated seed sets of 20 normal values; the percentile interval of the mean should cover 0
        // in about 95 % of them (binomial sd ≈ 1.1 %, so [0.90, 0.98] is a wide acceptance band)
        SplittableRandom rng = new SplittableRandom(11);
        int covered = 0;
        int sets = 400;
        for (int s = 0; s < sets; s++) {
            double[] v = new double[20];
            for (int i = 0; i < v.length; i++) v[i] = gaussian(rng);
            Estimate e = Bootstrap.seeded(s, 500).estimate(v, x -> java.util.Arrays.stream(x).average().orElse(Double.NaN));
            if (e.lower() <= 0 && 0 <= e.upper()) covered++;
        }
        double rate = (double) covered / sets;
        assertTrue(rate > 0.90 && rate < 0.98, "coverage " + rate);
    }

    static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
