package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.SEEDS;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static io.twinnet.experiments.catalog.SyntheticRecords.spread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.catalog.ReluInitRangeGrid.Init;
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
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SigmoidCentredTest {
    private final DeclaredExperiment<SigmoidCentred.Point> experiment = new DeclaredExperiment<>(new SigmoidCentred());
    private static final String CLAIM = "sigmoid-insensitive-centred";

    /** Five seeds per range; {@code accuracy} gives each range's centre, {@code noise} the seeds' spread around it. */
    private static List<RunRecord> world(ToDoubleFunction<Init> accuracy, double noise) {
        List<RunRecord> runs = new ArrayList<>();
        for (long seed : SEEDS) {
            for (Init i : List.of(Init.U01, Init.U1, Init.HALF)) {
                double a = accuracy.applyAsDouble(i) + noise * spread(seed);
                runs.add(both(SigmoidCentred.ID, "centred-" + i.label(), seed, side(scalars("finalEvalAccuracy", a), Map.of())));
            }
        }
        return runs;
    }

    private Verdict verdict(List<RunRecord> runs) {
        for (ClaimResult r : experiment.evaluate(runs, Profile.QUICK)) {
            if (r.id().equals(CLAIM)) return r.verdictOf(Implementation.CORE);
        }
        throw new AssertionError("no claim " + CLAIM);
    }

    @ParameterizedTest(name = "U[0,1] {0}, U[-1,1] {1}, U[-0.5,0.5] {2}, seed noise {3} -> {4}")
    @CsvSource({
            // every range learns about as much: the spread stays inside [0, 0.10]
            "0.80, 0.82, 0.83, 0.01, REPRODUCED",
            // U[0,1] stuck at chance while the others learn: spread 0.6, far above 0.10
            "0.10, 0.70, 0.72, 0.01, NOT_REPRODUCED",
            // a spread of 0.10 with noisy seeds: the interval straddles the edge
            "0.60, 0.70, 0.70, 0.04, INCONCLUSIVE",
            // nothing was learned (best median under 0.2): sensitivity cannot be told, even with an exact spread of 0.07
            "0.10, 0.17, 0.16, 0.005, INCONCLUSIVE"})
    void theRangeRuleIsTheMnistClaimsRule(double u01, double u1, double half, double noise, Verdict expected) {
        assertEquals(expected, verdict(world(i -> i == Init.U01 ? u01 : i == Init.U1 ? u1 : half, noise)));
    }

    @Test
    void aDivergedRunCountsAsChance() {
        List<RunRecord> runs = new ArrayList<>(world(i -> 0.8, 0.01));
        runs.removeIf(r -> r.config().config().equals("centred-u01"));
        SideRecord diverged = new SideRecord(RunStatus.DIVERGED, 12, null, Map.of("finalEvalAccuracy", Double.NaN), Map.of(), 0.1);
        for (long seed : SEEDS) runs.add(both(SigmoidCentred.ID, "centred-u01", seed, diverged));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(runs));
    }

    @Test
    void theGridIsTheSeedsThreeRangesAndDl4jRunsFewerQuickSeeds() {
        assertEquals(List.of("centred-u01", "centred-u1", "centred-u0.5"),
                experiment.configurations(Profile.QUICK, 1).stream().map(RunConfig::config).toList());
        SigmoidCentred e = new SigmoidCentred();
        assertEquals(6, e.seeds(Profile.QUICK, Implementation.CORE));
        assertEquals(SigmoidCentred.QUICK_DL4J_SEEDS, e.seeds(Profile.QUICK, Implementation.DL4J));
        assertEquals(e.seeds(Profile.FULL), e.seeds(Profile.FULL, Implementation.DL4J));
        assertThrows(IllegalArgumentException.class, () -> new SigmoidCentred.Point(Init.HE));
    }

    @Test
    void oneTinyRunTrainsOnCentredPixelsOnBothSidesWithTheSameSteps() {
        SigmoidCentred.Sizes tiny = new SigmoidCentred.Sizes(new int[] {8, 8}, 3, 2, 20, 10, 1);
        RunConfig config = experiment.configurations(Profile.QUICK, 1).get(0);
        SigmoidCentred.Point p = new SigmoidCentred.Point(Init.U01);
        var trial = new SigmoidCentred().trial(p, RunSeeds.of(1), new SyntheticMnistEnvironment(), tiny);
        RunRecord r = TrialRunner.run(config, RunSeeds.of(1), trial, EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            assertEquals(20.0, s.scalar("steps"));
        }
        assertTrue(r.data().contains("minus their means"), r.data());
        assertTrue(r.parity().lossRelDiff() < 1e-9, r.parity().toString());
    }
}
