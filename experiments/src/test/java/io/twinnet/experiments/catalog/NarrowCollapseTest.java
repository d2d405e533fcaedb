package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.SEEDS;
import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.nn.Network;
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
import io.twinnet.experiments.lab.TwinNetworks;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NarrowCollapseTest {
    private final DeclaredExperiment<NarrowCollapse.Point> experiment = new DeclaredExperiment<>(new NarrowCollapse());

    @ParameterizedTest
    @CsvSource({"0, 0.25, 0.25, 0.25", "1.5, -2, 0.5, 3.5", "7, 7, 7, 0"})
    void theRangeIsMaxMinusMin(double a, double b, double c, double expected) {
        assertEquals(expected, NarrowCollapse.range(new double[]{a, b, c}), 1e-15);
    }

    @Test
    void aNonFiniteOutputHasNoRangeAndTheDomainIsSymmetric() {
        assertTrue(Double.isNaN(NarrowCollapse.range(new double[]{1, Double.POSITIVE_INFINITY})));
        double[] x = NarrowCollapse.points(5);
        assertArrayEquals(new double[]{-Math.sqrt(3), -Math.sqrt(3) / 2, 0, Math.sqrt(3) / 2, Math.sqrt(3)}, x, 1e-15);
    }

    @Test
    void aRunTrainsNetsOnBothImplementationsAndTheCollapseCurveEndsAtTheCount() {
        for (NarrowInit init : NarrowInit.values()) {
            NarrowCollapse.Point p = new NarrowCollapse.Point(2, 10, init);
            RunConfig config = experiment.configurations(Profile.QUICK, 1).stream().filter(c -> c.config().equals(p.id())).findFirst().orElseThrow();
            RunRecord r = TrialRunner.run(config, RunSeeds.of(1), new NarrowCollapse().trial(p, RunSeeds.of(1),
                    new NarrowCollapse.Sizes(6, 2, 1, 20, List.of(2), List.of(10))), EnumSet.allOf(Implementation.class));
            for (Implementation impl : Implementation.values()) {
                SideRecord s = r.side(impl);
                assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
                double nets = s.scalar("nets");
                assertEquals(impl == Implementation.CORE ? 6 : 2, nets);
                assertTrue(s.scalar("exactlyConstant") <= s.scalar("collapsed"), "exactly constant is collapsed");
                assertEquals(s.scalar("collapsed") / nets, s.seriesOrNull("collapsedByStep").last(), 1e-12);
                assertEquals(s.scalar("collapsedAtInit") / nets, s.seriesOrNull("collapsedByStep").first(), 1e-12);
            }
        }
    }

    @Test
    void theNetsAreTrainedByAdamWithDl4jsConstants() {
        for (NarrowInit init : NarrowInit.values()) {
            assertEquals(io.twinnet.core.spec.Updater.adam(), NarrowCollapse.spec(new NarrowCollapse.Point(4, 10, init), 3).updater());
        }
    }

    @Test
    void inTheQuickBudgetWidthFourHeNetsThatDoNotCollapseFitAbsX() {
        // the budget's criterion: the median final MSE of the nets that did not collapse is below 0.01 (|x|'s variance: 0.25)
        NarrowCollapse.Point p = new NarrowCollapse.Point(4, 10, NarrowInit.HE);
        int steps = NarrowCollapse.sizes(Profile.QUICK).steps();
        io.twinnet.experiments.lab.Measurements m = NarrowCollapse.measure(
                TwinNetworks.initialise(Implementation.CORE, NarrowCollapse.spec(p, 11)), RunSeeds.of(11), 8, steps);
        double alive = m.get(NarrowCollapse.ALIVE_LOSS);
        assertTrue(alive < 0.01, "median final MSE of the nets not collapsed: " + alive + ", collapsed " + m.get(NarrowCollapse.COLLAPSED) + " of 8");
    }

    @Test
    void dl4jTrainsRaiFromTheCoresDrawAndHeFromItsOwn() {
        long seed = 5;
        NarrowCollapse.Point rai = new NarrowCollapse.Point(2, 10, NarrowInit.RAI);
        double[] core = Network.initialise(NarrowCollapse.spec(rai, seed)).parameters();
        assertArrayEquals(core, TwinNetworks.initialise(Implementation.DL4J, NarrowCollapse.spec(rai, seed)).parameters());
        NarrowCollapse.Point he = new NarrowCollapse.Point(2, 10, NarrowInit.HE);
        double[] coreHe = Network.initialise(NarrowCollapse.spec(he, seed)).parameters();
        double[] dl4jHe = TwinNetworks.initialise(Implementation.DL4J, NarrowCollapse.spec(he, seed)).parameters();
        assertTrue(!java.util.Arrays.equals(coreHe, dl4jHe), "He: DL4J draws its own weights");
    }

    /** Records of every quick cell for five seeds with 20 nets each, {@code collapsed} of them collapsed per cell. */
    private List<RunRecord> records(ToDoubleFunction<NarrowCollapse.Point> collapsed) {
        List<RunRecord> runs = new ArrayList<>();
        for (RunConfig c : experiment.configurations(Profile.QUICK, SEEDS.size())) {
            NarrowCollapse.Point p = experiment.point(Profile.QUICK, c.config());
            runs.add(both(c.experiment(), c.config(), c.seed(), side(scalars("nets", 20, "collapsed", collapsed.applyAsDouble(p)), Map.of())));
        }
        return runs;
    }

    private static Verdict verdict(List<ClaimResult> claims, String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().verdictOf(Implementation.CORE);
    }

    @Test
    void mostHeNetsCollapsingAndFewerRaiNetsReproduceBothClaims() {
        // He: 18 of 20 per seed (90 of 100 pooled, CP lower end about 0.82); RAI: 8 of 20
        List<ClaimResult> claims = experiment.evaluate(records(p -> p.init() == NarrowInit.HE ? 18 : 8), Profile.QUICK);
        assertEquals(Verdict.REPRODUCED, verdict(claims, "he-narrow-nets-collapse"));
        assertEquals(Verdict.REPRODUCED, verdict(claims, "rai-collapses-less"));
    }

    @Test
    void fewHeCollapsesAndRaiCollapsingMoreRefuteTheClaims() {
        List<ClaimResult> claims = experiment.evaluate(records(p -> p.init() == NarrowInit.HE ? 4 : 12), Profile.QUICK);
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "he-narrow-nets-collapse"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "rai-collapses-less"));
    }

    @Test
    void equalCountsLeaveTheDifferenceInconclusiveAndAMissingCellLeavesItUnmeasured() {
        assertEquals(Verdict.INCONCLUSIVE, verdict(experiment.evaluate(records(p -> 10), Profile.QUICK), "rai-collapses-less"));
        List<RunRecord> runs = records(p -> p.init() == NarrowInit.HE ? 18 : 8);
        runs.removeIf(r -> r.config().config().equals("rai-n4-h10"));
        assertEquals(Verdict.INCONCLUSIVE, verdict(experiment.evaluate(runs, Profile.QUICK), "rai-collapses-less"));
    }
}
