package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.SEEDS;
import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static io.twinnet.experiments.catalog.SyntheticRecords.spread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.TrialRunner;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BornDeadTest {
    private final DeclaredExperiment<BornDead.Point> experiment = new DeclaredExperiment<>(new BornDead());

    @ParameterizedTest
    @CsvSource({
            // N = 3, H = 10: (7/8)^2 = 0.765625, ^4 = 0.5861816, ^8 = 0.3436089, ^10 = 0.3436089 x 0.765625 = 0.2630756
            "3, 10, 0.7369244",
            // N = 2, H = 1: one layer of two units is all-zero with probability 1/4
            "2, 1, 0.25",
            // N = 5, H = 2: 1 - (31/32)^2 = 1 - 961/1024 = 63/1024
            "5, 2, 0.0615234"})
    void formulaMatchesHandComputedCases(int width, int hidden, double expected) {
        assertEquals(expected, BornDead.bornDeadAtX(width, hidden), 1e-7);
    }

    @Test
    void theFirstAllZeroHiddenLayerIsFoundPerExample() {
        BornDead.Point p = new BornDead.Point(2, 3);
        // [input, hidden 1, hidden 2, hidden 3, output], two examples, width 2
        double[][] a = {{1, -1}, {0.5, 0, 0, 0.3}, {0, 0, 0, 1}, {0, 0, 0, 0}, {0, 0}};
        assertEquals(2, BornDeadProbe.firstDeadLayer(a, p, 0));
        assertEquals(3, BornDeadProbe.firstDeadLayer(a, p, 1));
        double[][] alive = {{1}, {1, 0}, {0, 2}, {3, 0}, {1}};
        assertEquals(4, BornDeadProbe.firstDeadLayer(alive, p, 0), "hidden + 1 when no layer is dead");
    }

    @Test
    void aRunCountsNetsDeadAtXOnTheDomainAndByDepthOnBothImplementations() {
        BornDead.Point p = new BornDead.Point(2, 10);
        RunConfig config = experiment.configurations(Profile.QUICK, 1).stream().filter(c -> c.config().equals(p.id())).findFirst().orElseThrow();
        RunRecord r = TrialRunner.run(config, RunSeeds.of(1), new BornDead().trial(p, RunSeeds.of(1), new BornDead.Sizes(400, 5, 1)),
                EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            double draws = s.scalar("draws");
            assertEquals(impl == Implementation.CORE ? 400 : 5, draws);
            double atX = s.scalar("deadAtX");
            assertTrue(s.scalar("deadEverywhere") <= atX && atX <= s.scalar("deadSomewhere"), impl + ": everywhere ≤ at x ≤ somewhere");
            assertEquals(10, s.seriesOrNull("deadByDepth").size());
            assertEquals(atX / draws, s.seriesOrNull("deadByDepth").last(), 1e-12, "the curve ends at the fraction dead at x");
        }
        // 400 core nets at N = 2, H = 10 (formula 0.9437): the count lies within 4 binomial standard deviations (±0.046)
        double fraction = r.side(Implementation.CORE).scalar("deadAtX") / 400;
        assertEquals(BornDead.bornDeadAtX(2, 10), fraction, 4 * Math.sqrt(0.9437 * 0.0563 / 400));
    }

    /**
     * Records of every cell for five seeds with {@code draws} nets each, the counts given per cell
     * and seed by {@code atX} (nets dead at x), and the domain counts at x ± {@code domainShift}·draws.
     */
    private List<RunRecord> records(int draws, ToDoubleBiFunction<BornDead.Point, Long> atX, double domainShift) {
        List<RunRecord> runs = new ArrayList<>();
        for (RunConfig c : experiment.configurations(Profile.QUICK, SEEDS.size())) {
            BornDead.Point p = experiment.point(Profile.QUICK, c.config());
            double k = Math.round(atX.applyAsDouble(p, c.seed()));
            double somewhere = Math.min(draws, Math.max(0, Math.round(k + domainShift * draws)));
            double everywhere = Math.min(draws, Math.max(0, Math.round(k - domainShift * draws)));
            runs.add(both(c.experiment(), c.config(), c.seed(), side(scalars("draws", draws, "deadAtX", k, "deadSomewhere", somewhere,
                    "deadEverywhere", everywhere), Map.of())));
        }
        return runs;
    }

    /**
     * The formula's count, off by 2 % of the draws one way or the other per seed (sampling noise); an RAI cell
     * counts {@code raiFactor} times its He cell's formula.
     */
    private static double onFormula(BornDead.Point p, long seed, int draws, double raiFactor) {
        double f = BornDead.bornDeadAtX(p.width(), p.hidden()) * (p.init() == NarrowInit.RAI ? raiFactor : 1);
        return Math.max(0, Math.min(draws, draws * (f + 0.02 * spread(seed) * Math.min(f, 1 - f) * 4)));
    }

    private static Verdict verdict(List<ClaimResult> claims, String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().verdictOf(Implementation.CORE);
    }

    @Test
    void countsOnTheFormulaReproduceEveryClaim() {
        List<ClaimResult> claims = experiment.evaluate(records(200, (p, s) -> onFormula(p, s, 200, 0.5), 0.15), Profile.QUICK);
        for (ClaimResult c : claims) assertEquals(Verdict.REPRODUCED, c.verdictOf(Implementation.CORE), c.id());
    }

    @Test
    void oneCellOffTheFormulaRefutesIt() {
        BornDead.Point off = new BornDead.Point(3, 20);
        // 1000 nets in the cell, formula 0.931; counting 0.83 of them is about 13 standard deviations off
        List<ClaimResult> claims = experiment.evaluate(records(200, (p, s) -> p.equals(off) ? 0.83 * 200 : onFormula(p, s, 200, 0.5), 0.15),
                Profile.QUICK);
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "born-dead-at-x-follows-formula"));
    }

    @Test
    void aWrongFormulaIsRejectedWhereAHalfIsSubstitutedForTwoToTheMinusN() {
        // layers dead with probability 1/(2N) instead of 2^-N: equal at N = 2, off from N = 3 on
        List<ClaimResult> claims = experiment.evaluate(records(200, (p, s) -> 200 * (1 - Math.pow(1 - 0.5 / p.width(), p.hidden())), 0.15),
                Profile.QUICK);
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "born-dead-at-x-follows-formula"));
    }

    @Test
    void tooFewNetsPerCellLeaveTheFormulaInconclusive() {
        // 2 nets per seed, 10 per cell: a Clopper-Pearson half-width near 0.3 at a fraction of one half
        List<ClaimResult> claims = experiment.evaluate(records(2, (p, s) -> onFormula(p, s, 2, 0.5), 0.15), Profile.QUICK);
        assertEquals(Verdict.INCONCLUSIVE, verdict(claims, "born-dead-at-x-follows-formula"));
    }

    @Test
    void domainCountsOnTheWrongSideRefuteAndOnTheFormulaLeaveInconclusive() {
        List<ClaimResult> wrong = experiment.evaluate(records(200, (p, s) -> onFormula(p, s, 200, 0.5), -0.15), Profile.QUICK);
        assertEquals(Verdict.NOT_REPRODUCED, verdict(wrong, "born-dead-somewhere-in-domain-is-likelier"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(wrong, "constant-on-domain-is-rarer"));
        List<ClaimResult> equal = experiment.evaluate(records(200, (p, s) -> onFormula(p, s, 200, 0.5), 0), Profile.QUICK);
        assertEquals(Verdict.INCONCLUSIVE, verdict(equal, "born-dead-somewhere-in-domain-is-likelier"));
        assertEquals(Verdict.INCONCLUSIVE, verdict(equal, "constant-on-domain-is-rarer"));
    }

    @Test
    void raiBornDeadAsOftenAsHeIsNotALoweringAndMoreOftenRefutesIt() {
        List<ClaimResult> same = experiment.evaluate(records(200, (p, s) -> onFormula(p, s, 200, 1), 0.15), Profile.QUICK);
        assertEquals(Verdict.INCONCLUSIVE, verdict(same, "rai-lowers-born-dead"));
        List<ClaimResult> more = experiment.evaluate(records(200, (p, s) -> onFormula(p, s, 200, 1.3), 0.15), Profile.QUICK);
        assertEquals(Verdict.NOT_REPRODUCED, verdict(more, "rai-lowers-born-dead"));
        assertEquals(Verdict.REPRODUCED, verdict(more, "born-dead-at-x-follows-formula"), "the He cells alone judge the formula");
    }

    @Test
    void aRaiCellRunsOnBothImplementationsDl4jFromTheCoresDraw() {
        BornDead.Point p = new BornDead.Point(2, 10, NarrowInit.RAI);
        assertEquals("n2-h10-rai", p.id());
        RunConfig config = experiment.configurations(Profile.QUICK, 1).stream().filter(c -> c.config().equals(p.id())).findFirst().orElseThrow();
        RunRecord r = TrialRunner.run(config, RunSeeds.of(1), new BornDead().trial(p, RunSeeds.of(1), new BornDead.Sizes(50, 3, 1)),
                EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            assertTrue(s.scalar("deadEverywhere") <= s.scalar("deadAtX") && s.scalar("deadAtX") <= s.scalar("deadSomewhere"), impl.label());
        }
    }

    @Test
    void aCellWithoutRunsLeavesEveryClaimInconclusive() {
        List<RunRecord> runs = records(200, (p, s) -> onFormula(p, s, 200, 0.5), 0.15);
        runs.removeIf(r -> r.config().config().equals("n5-h50") || r.config().config().equals("n4-h10"));
        for (ClaimResult c : experiment.evaluate(runs, Profile.QUICK)) assertEquals(Verdict.INCONCLUSIVE, c.verdictOf(Implementation.CORE), c.id());
    }
}
