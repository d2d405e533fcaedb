package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.SEEDS;
import static io.twinnet.experiments.catalog.SyntheticRecords.everySeed;
import static io.twinnet.experiments.catalog.SyntheticRecords.replace;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.spread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.experiments.lab.ClaimKind;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TrialRunner;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZeroInitSymmetryTest {
    private final DeclaredExperiment<ZeroInitSymmetry.Point> experiment = new DeclaredExperiment<>(new ZeroInitSymmetry());

    private static RunRecord run(String config, long seed, Map<String, Double> core, Map<String, Double> dl4j, double coreSpread,
                                 double dl4jSpread) {
        Map<String, Series> cs = Map.of("unitSpread", new Series(new double[] {0, 50, 100}, new double[] {0, 0, coreSpread}),
                "evalLoss", new Series(new double[] {0, 100}, new double[] {2.30, 2.29}));
        Map<String, Series> ds = Map.of("unitSpread", new Series(new double[] {0, 50, 100}, new double[] {0, 0, dl4jSpread}),
                "evalLoss", new Series(new double[] {0, 100}, new double[] {2.30, 2.29}));
        return SyntheticRecords.sides(ZeroInitSymmetry.ID, config, seed, Map.of(), core, cs, dl4j, ds);
    }

    /** A run with the same measurements on both sides. */
    private static RunRecord run(String config, long seed, Map<String, Double> both, double spread) {
        return run(config, seed, both, both, spread, spread);
    }

    /** A trained side: its accuracy moves by half a point of accuracy times the seed's spread offset. */
    private static Map<String, Double> trained(long seed, double accuracy, double spread, double relSpread) {
        return scalars("finalEvalAccuracy", accuracy + 0.005 * spread(seed), "maxUnitSpread", spread, "maxRelativeUnitSpread", relSpread,
                "finalRelativeUnitSpread", relSpread, "finalMaxAbsW1", 0.01, "initGradientMaxAbsHidden", 0.5,
                "finalMaxAbsHidden", 0.02, "outputBiasChange", 0.1);
    }

    private static Map<String, Double> tanhZero(double initGradient) {
        return scalars("finalEvalAccuracy", 0.1, "initGradientMaxAbsHidden", initGradient, "finalMaxAbsHidden", 0,
                "outputBiasChange", 0.02, "maxUnitSpread", 0, "maxRelativeUnitSpread", 0, "finalRelativeUnitSpread", 0);
    }

    /** Records as the seeds describe them, five seeds, with DL4J's constant-init units at the odd width drifting apart by round-off in one seed. */
    private static List<RunRecord> asTheSeedsSay() {
        List<RunRecord> runs = new ArrayList<>();
        for (long seed : SEEDS) {
            runs.add(run("tanh-zero", seed, tanhZero(0), 0));
            runs.add(run("sigmoid-zero", seed, trained(seed, 0.11, 0, 0), 0));
            runs.add(run("sigmoid-constant", seed, trained(seed, 0.1, 0, 0), 0));
            runs.add(seed == 2 ? run("sigmoid-constant-odd-width", seed, trained(seed, 0.1, 0, 0), trained(seed, 0.1, 1e-18, 1e-16), 0, 1e-18)
                    : run("sigmoid-constant-odd-width", seed, trained(seed, 0.1, 0, 0), 0));
            runs.add(run("sigmoid-xavier", seed, trained(seed, 0.83, 1.8, 1.7), 1.8));
            runs.add(run("sigmoid-xavier-zero-output", seed, trained(seed, 0.84, 1.8, 1.7), trained(seed, 0.83, 1.8, 1.7), 1.8, 1.8));
            runs.add(run("tanh-xavier", seed, trained(seed, 0.88, 1.5, 1.5), 1.5));
            runs.add(run("sigmoid-xavier-random-bias", seed, trained(seed, 0.84, 1.8, 1.7), 1.8));
            runs.add(run("tanh-xavier-random-bias", seed, trained(seed, 0.88, 1.5, 1.5), 1.5));
        }
        return runs;
    }
    private Map<String, ClaimResult> results(List<RunRecord> runs) {
        Map<String, ClaimResult> out = new LinkedHashMap<>();
        for (ClaimResult r : experiment.evaluate(runs, Profile.QUICK)) out.put(r.id(), r);
        return out;
    }

    @Test
    void recordsAsTheSeedsSayReproduceEveryClaimOnTheCore() {
        for (ClaimResult r : results(asTheSeedsSay()).values()) {
            assertEquals(Verdict.REPRODUCED, r.verdictOf(Implementation.CORE), r.id() + ": " + r.evidence());
        }
    }

    @Test
    void roundOffAtTheOddWidthIsIdenticalUpToRoundOffButNotBitExact() {
        Map<String, ClaimResult> r = results(asTheSeedsSay());
        assertEquals(Verdict.REPRODUCED, r.get("sigmoid-constant-init-units-stay-identical").verdictOf(Implementation.DL4J));
        assertEquals(Verdict.NOT_REPRODUCED, r.get("sigmoid-constant-init-units-bit-identical").verdictOf(Implementation.DL4J));
        assertTrue(r.get("sigmoid-constant-init-units-bit-identical").evidence().get(Implementation.DL4J).contains("1.00e-18"),
                r.get("sigmoid-constant-init-units-bit-identical").evidence().get(Implementation.DL4J));
    }

    @Test
    void bitIdenticalUnitsAreAnImplementationFindingTheSidesMayDisagreeOn() {
        ZeroInitSymmetry declaration = new ZeroInitSymmetry();
        for (var c : declaration.claims()) {
            ClaimKind expected = c.id().equals("sigmoid-constant-init-units-bit-identical") ? ClaimKind.IMPLEMENTATION_FINDING : ClaimKind.SEED_CLAIM;
            assertEquals(expected, c.kind(), c.id());
        }
        assertEquals(Verdict.REPRODUCED, results(asTheSeedsSay()).get("sigmoid-constant-init-units-bit-identical").verdictOf(Implementation.CORE));
    }

    @Test
    void aNonZeroGradientUnderTanhZeroInitInOneSeedRefutesTheClaim() {
        List<RunRecord> runs = replace(asTheSeedsSay(), List.of(run("tanh-zero", 3, tanhZero(1e-300), 0)));
        assertEquals(Verdict.NOT_REPRODUCED, results(runs).get("tanh-zero-init-never-moves").verdictOf(Implementation.CORE),
                "an identity: one counterexample of five seeds decides");
    }

    @Test
    void unitsThatDivergeBeyondRoundOffBreakTheSymmetryClaims() {
        List<RunRecord> runs = replace(asTheSeedsSay(), everySeed((seed, s) -> run("sigmoid-constant", seed, trained(seed, 0.1, 1e-3, 1e-2), 1e-3)));
        runs = replace(runs, List.of(run("sigmoid-zero", 4, trained(4, 0.1, 1e-3, 1e-2), 1e-3)));
        Map<String, ClaimResult> r = results(runs);
        assertEquals(Verdict.NOT_REPRODUCED, r.get("sigmoid-constant-init-units-stay-identical").verdictOf(Implementation.CORE));
        assertEquals(Verdict.NOT_REPRODUCED, r.get("zero-hidden-fc-learns-as-one-unit").verdictOf(Implementation.CORE), "one seed suffices");
    }

    @Test
    void randomBiasesThatTrainClearlyBetterRefuteHarmlessZeroBiases() {
        List<RunRecord> runs = replace(asTheSeedsSay(),
                everySeed((seed, s) -> run("tanh-xavier-random-bias", seed, trained(seed, 0.92, 1.5, 1.5), 1.5)));
        assertEquals(Verdict.NOT_REPRODUCED, results(runs).get("zero-biases-harmless").verdictOf(Implementation.CORE));
    }

    @Test
    void randomBiasesAtTheMarginGiveOrTakeTheSeedsLeaveHarmlessZeroBiasesUndecided() {
        // tanh with random biases 0.02 better than with zero biases: on the margin, with seeds a point apart
        List<RunRecord> runs = replace(asTheSeedsSay(), everySeed((seed, s) -> run("tanh-xavier-random-bias", seed,
                scalars("finalEvalAccuracy", 0.90 + 0.02 * s), 1.5)));
        assertEquals(Verdict.INCONCLUSIVE, results(runs).get("zero-biases-harmless").verdictOf(Implementation.CORE));
    }

    @Test
    void aZeroOutputLayerThatLagsTheRandomNetIsNotHarmless() {
        List<RunRecord> runs = replace(asTheSeedsSay(),
                everySeed((seed, s) -> run("sigmoid-xavier-zero-output", seed, trained(seed, 0.67, 1.8, 1.7), 1.8)));
        Map<String, ClaimResult> r = results(runs);
        assertEquals(Verdict.NOT_REPRODUCED, r.get("zero-output-layer-harmless").verdictOf(Implementation.CORE));
        assertEquals(Verdict.REPRODUCED, r.get("zero-hidden-fc-learns-as-one-unit").verdictOf(Implementation.CORE));
    }

    @Test
    void missingRunsAreInconclusive() {
        for (ClaimResult r : results(List.of()).values()) {
            assertEquals(Verdict.INCONCLUSIVE, r.verdictOf(Implementation.CORE), r.id());
        }
    }

    @Test
    void unitSpreadIsZeroForIdenticalUnitsAndSeesOneDifferingEntry() {
        ParameterLayout layout = ParameterLayout.of(ZeroInitSymmetry.spec(ZeroInitSymmetry.SIGMOID_CONSTANT, 3, 0.1, 1));
        double[] p = new double[layout.size()];
        java.util.Arrays.fill(p, 0.5);
        assertEquals(0, SymmetrySpread.unitSpread(p, layout, 0, 1));
        p[layout.block(1, "W").offset() + 2 * 10 + 7] = 0.75; // hidden unit 2's weight to output 7
        assertEquals(0.25, SymmetrySpread.unitSpread(p, layout, 0, 1), 1e-15);
        p[layout.block(1, "b").offset()] = 9; // output biases are not per hidden unit: no effect
        assertEquals(0.25, SymmetrySpread.unitSpread(p, layout, 0, 1), 1e-15);
    }

    @Test
    void gridKeepsTheStoredConfigurationIdsAndEachSideDrawsItsOwnBiases() {
        List<String> ids = experiment.configurations(Profile.QUICK, 1).stream().map(RunConfig::config).toList();
        assertEquals(List.of("tanh-zero", "sigmoid-zero", "sigmoid-constant", "sigmoid-constant-odd-width", "sigmoid-xavier",
                "tanh-xavier", "sigmoid-xavier-zero-output", "sigmoid-xavier-random-bias", "tanh-xavier-random-bias"), ids);
        assertEquals(9 * 6, experiment.configurations(Profile.FULL, 0).size());
        assertEquals(2 * 31 + 1, ZeroInitSymmetry.biasSeed(RunSeeds.of(2), Implementation.DL4J));
        assertEquals(2 * 31, ZeroInitSymmetry.biasSeed(RunSeeds.of(2), Implementation.CORE));
    }

    private static RunRecord tinyRun(ZeroInitSymmetry.Point point) {
        ZeroInitSymmetry.Sizes tiny = new ZeroInitSymmetry.Sizes(4, 5, 2, 10, 1, 2, 0.1, 1);
        Trial trial = new ZeroInitSymmetry().trial(point, RunSeeds.of(1), new SyntheticMnistEnvironment(10), tiny);
        return TrialRunner.run(new RunConfig(ZeroInitSymmetry.ID, point.id(), 1, Map.of()), RunSeeds.of(1), trial,
                EnumSet.allOf(Implementation.class));
    }

    @Test
    void smokeRunOfConstantInitKeepsUnitsIdenticalOnBothSides() {
        RunRecord r = tinyRun(ZeroInitSymmetry.SIGMOID_CONSTANT);
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            assertEquals(5, s.scalar("steps"), 1e-9);
            assertTrue(s.scalar("maxRelativeUnitSpread") <= ZeroInitSymmetry.ROUND_OFF, impl + " units drifted apart");
            assertTrue(s.scalar("finalMaxAbsW1") > 0, impl + ": W1 never moved");
            assertEquals(4, s.seriesOrNull("unitSpread").size()); // steps 0, 2, 4, 5
        }
        assertTrue(r.parity().maxRelDiff() < 1e-9, "exact parity: " + r.parity());
    }

    @Test
    void smokeRunWithRandomBiasesSharesTheCoresPreparedBiasesForParity() {
        RunRecord r = tinyRun(ZeroInitSymmetry.TANH_RANDOM_BIAS);
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            assertTrue(s.scalar("initGradientMaxAbsHidden") > 0, impl + ": no gradient at the first minibatch");
        }
        assertTrue(r.parity().maxRelDiff() < 1e-9, "exact parity from the prepared parameters: " + r.parity());
    }
}
