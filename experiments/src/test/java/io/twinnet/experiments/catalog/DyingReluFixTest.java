package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.DyingReluWorld.FIX_LR;
import static io.twinnet.experiments.catalog.DyingReluWorld.NEVER;
import static io.twinnet.experiments.catalog.DyingReluWorld.SEEDS;
import static io.twinnet.experiments.catalog.DyingReluWorld.askersWorld;
import static io.twinnet.experiments.catalog.DyingReluWorld.collapsed;
import static io.twinnet.experiments.catalog.DyingReluWorld.evaluate;
import static io.twinnet.experiments.catalog.DyingReluWorld.evidence;
import static io.twinnet.experiments.catalog.DyingReluWorld.fix;
import static io.twinnet.experiments.catalog.DyingReluWorld.plain;
import static io.twinnet.experiments.catalog.DyingReluWorld.trained;
import static io.twinnet.experiments.catalog.DyingReluWorld.verdict;
import static io.twinnet.experiments.catalog.DyingReluWorld.world;
import static io.twinnet.experiments.catalog.SyntheticRecords.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dying-relu-lr's fix claims, each seed judged at 1.2–1.5× its own plain threshold, on synthetic worlds ({@link DyingReluWorld}). */
class DyingReluFixTest {

    @Test
    void aFixThatFailsWherePlainReluDoesNotCollapseIsInconclusive() {
        List<RunRecord> runs = replace(world(0.5, NEVER, NEVER, NEVER, NEVER, NEVER, NEVER),
                SEEDS.stream().map(seed -> fix(DyingReluFix.LEAKY, seed, collapsed(seed, 0.3))).toArray(RunRecord[]::new));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "fix-leaky"), "the gate, not a conjunction");
    }

    @Test
    void aFixThatStillCollapsesIsNotReproduced() {
        List<RunRecord> runs = replace(askersWorld(),
                SEEDS.stream().map(seed -> fix(DyingReluFix.DECAY, seed, collapsed(seed, 0.3))).toArray(RunRecord[]::new));
        Map<String, ClaimResult> r = evaluate(runs);
        assertEquals(Verdict.NOT_REPRODUCED, r.get("fix-decay").verdictOf(Implementation.CORE));
        assertEquals(Verdict.REPRODUCED, r.get("fix-wide").verdictOf(Implementation.CORE));
    }

    @Test
    void aFixThatTrainsHalfTheSeedsIsInconclusive() {
        List<RunRecord> runs = replace(askersWorld(), SEEDS.stream().filter(seed -> seed % 2 == 0)
                .map(seed -> fix(DyingReluFix.SOFTMAX, seed, collapsed(seed, 0.3))).toArray(RunRecord[]::new));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "fix-softmax"));
    }

    @Test
    void seedsWithoutAFixRateInTheirWindowAreLeftOutAndCounted() {
        List<RunRecord> runs = world(0.5, 0.08, 0.05, 0.1, NEVER, 0.1, 0.08);
        String e = evidence(runs, "fix-leaky");
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "fix-leaky"), "4 of 4 judged: the exact interval reaches below 0.5");
        assertTrue(e.startsWith("1.000 [0.3976, 1.000] 4 seeds"), e);
        assertTrue(e.contains("1 left out (threshold beyond the plain grid)") && e.contains("1 left out (no fix rate within 1.2–1.5× the threshold)"), e);
    }

    @Test
    void aFixThatDidNotRunIsCountedAsMissingNotAsOutOfWindow() {
        List<RunRecord> runs = askersWorld();
        runs.removeIf(r -> r.config().config().equals(DyingReluFix.WIDE.at(FIX_LR).id()));
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "fix-wide"));
        assertTrue(evidence(runs, "fix-wide").contains("6 left out (no fix run at the chosen rate)"), evidence(runs, "fix-wide"));
    }

    @Test
    void aSeedWhosePlainRunTrainsAtItsFixRateIsNotJudged() {
        List<RunRecord> runs = replace(askersWorld(), plain(FIX_LR, 3, trained(3)));
        String e = evidence(runs, "fix-decay");
        assertTrue(e.contains("5 judged at lr 0.12") && e.contains("1 left out (the plain run trains at the chosen rate)"), e);
    }
}
