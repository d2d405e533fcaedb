package io.twinnet.experiments.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.stats.Bootstrap;
import io.twinnet.experiments.lab.stats.Estimate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionTest {

    private static Estimate interval(double value, double lower, double upper, int seeds) {
        return new Estimate(value, lower, upper, seeds, "test");
    }

    @ParameterizedTest(name = "[{0}, {1}] against at least 0.8, below 0.5 -> {2}")
    @CsvSource({
            "0.81, 0.95, REPRODUCED",
            "0.79, 0.95, INCONCLUSIVE",
            "0.30, 0.49, NOT_REPRODUCED",
            "0.30, 0.50, INCONCLUSIVE",
            "0.55, 0.70, INCONCLUSIVE",
    })
    void atLeastJudgesTheWholeInterval(double lower, double upper, Verdict expected) {
        Estimate e = interval((lower + upper) / 2, lower, upper, 6);
        assertEquals(expected, Decision.atLeast(0.8, 0.5).judge(e));
    }

    @Test
    void anUnboundedIntervalIsInconclusive() {
        Estimate e = interval(0.99, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1);
        assertEquals(Verdict.INCONCLUSIVE, Decision.atLeast(0.5).judge(e));
    }

    @Test
    void seedsToDecideScaleWithTheSquaredRatioOfHalfWidthToDistance() {
        // value 0.75, boundary 0.5, lower end 0.25: half-width 0.5 at distance 0.25 -> 6 · 4 = 24 seeds
        String s = Decision.atLeast(0.5).toDecide(interval(0.75, 0.25, 1.0, 6));
        assertEquals("about 24 seeds would decide at the observed spread", s);
        assertEquals("", Decision.atLeast(0.2).toDecide(interval(0.75, 0.25, 1.0, 6)));
        assertTrue(Decision.atLeast(0.8, 0.5).toDecide(interval(0.6, 0.4, 0.9, 6)).contains("inconclusive band"));
    }

    /**
     * The verdicts issue's test: simulated seed sets from a normal population with sd 0.1, the
     * median over 8 seeds judged by the lab's bootstrap against "at least 0.5". An effect sitting
     * on the boundary (true median 0.5) must come out inconclusive in most of 100 sets; a clear
     * effect (0.8) reproduced in all but a few, and a clear absence (0.2) not reproduced.
     */
    @ParameterizedTest(name = "true median {0}")
    @CsvSource({"0.5", "0.8", "0.2"})
    void medianOverSeedsIsDecidedOnlyWhenTheEffectIsClear(double truth) {
        SplittableRandom rng = new SplittableRandom(42);
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (int set = 0; set < 100; set++) {
            double[] seeds = new double[8];
            for (int i = 0; i < seeds.length; i++) seeds[i] = truth + 0.1 * gaussian(rng);
            Estimate e = Bootstrap.seeded(set, 1000).estimate(seeds, Summaries::median);
            counts.merge(Decision.atLeast(0.5).judge(e), 1, Integer::sum);
        }
        int inconclusive = counts.getOrDefault(Verdict.INCONCLUSIVE, 0);
        if (truth == 0.5) {
            assertTrue(inconclusive > 50, counts.toString());
        } else {
            Verdict right = truth > 0.5 ? Verdict.REPRODUCED : Verdict.NOT_REPRODUCED;
            assertTrue(counts.getOrDefault(right, 0) >= 95, counts.toString());
            assertEquals(0, counts.getOrDefault(truth > 0.5 ? Verdict.NOT_REPRODUCED : Verdict.REPRODUCED, 0), counts.toString());
        }
    }

    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
