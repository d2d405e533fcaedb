package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.DyingReluWorld.EXPERIMENT;
import static io.twinnet.experiments.catalog.DyingReluWorld.PRIMARY;
import static io.twinnet.experiments.catalog.DyingReluWorld.askersWorld;
import static io.twinnet.experiments.catalog.DyingReluWorld.evaluate;
import static io.twinnet.experiments.catalog.DyingReluWorld.point;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.experiments.catalog.DyingReluGrid.Point;
import io.twinnet.experiments.catalog.DyingReluGrid.Variant;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.DeadUnitProbe;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dying-relu-lr's grid, its readings' specs, one tiny run on both sides, and the asker's world end to end. */
class DyingReluLrTest {

    @Test
    void inTheAskersWorldTheCollapseItsRateItsMechanismAndEveryFixAreReproduced() {
        Map<String, ClaimResult> r = evaluate(askersWorld());
        for (String id : List.of("collapse-above-threshold", "threshold-near-0.06", "output-units-die", "fix-leaky", "fix-softmax", "fix-decay",
                "fix-wide")) {
            assertEquals(Verdict.REPRODUCED, r.get(id).verdictOf(Implementation.CORE), id + ": " + r.get(id).evidence());
        }
        assertEquals(Verdict.INCONCLUSIVE, r.get("seed-decides-near-threshold").verdictOf(Implementation.CORE), "every seed agrees");
        assertEquals(Verdict.INCONCLUSIVE, r.get("threshold-rises-with-width").verdictOf(Implementation.CORE));
        assertTrue(r.get("threshold-rises-with-width").evidence().get(Implementation.CORE).contains("fewer than two widths"), "no width scan in quick");
        assertTrue(r.get("fix-softmax").evidence().get(Implementation.CORE).contains("6 judged at lr 0.12"), r.get("fix-softmax").evidence().toString());
    }

    @Test
    void theQuickGridRunsThePrimaryReadingAtFiveRatesAndEveryFixAtTheFixRate() {
        List<RunConfig> configs = EXPERIMENT.configurations(Profile.QUICK, 1);
        List<String> ids = configs.stream().map(RunConfig::config).toList();
        assertEquals(List.of("plain-half-sum-std0.01-lr0.03", "plain-half-sum-std0.01-lr0.05", "plain-half-sum-std0.01-lr0.08",
                "plain-half-sum-std0.01-lr0.1", "plain-half-sum-std0.01-lr0.12", "fix-leaky-half-sum-std0.01-lr0.12",
                "fix-softmax-half-sum-std0.01-lr0.12", "fix-decay-half-sum-std0.01-lr0.12", "plain-w500-half-sum-std0.01-lr0.12"), ids);
        assertEquals(Map.of("variant", "plain", "loss", "half-sum", "init", "std0.01", "lr", 0.03, "width", 100), configs.get(0).params());
        assertEquals(6 * 9, EXPERIMENT.configurations(Profile.QUICK, 0).size(), "six seeds");
        int full = 9 + 5 * 8 + 3 * 9 + 3 * 3;
        assertEquals(6 * full, EXPERIMENT.configurations(Profile.FULL, 0).size(),
                "the primary reading at nine rates and three more widths, five readings at eight, three fixes at three rates (wide: the width scan's)");
        Point var = new Point(Variant.PLAIN, SquaredErrorReading.SUM, DyingReluReading.Scale.VAR, 0.1, 100);
        assertEquals(0.1, ((DenseLayerSpec) DyingReluLr.spec(var, 100, 1).layers().get(0)).weightInit().std());
        assertEquals(500, ((DenseLayerSpec) DyingReluLr.spec(DyingReluFix.WIDE.at(0.12), 100, 1).layers().get(0)).nOut());
    }

    @Test
    void theHalfSumReadingRunsAsTheSumOfSquaresAtHalfTheRate() {
        NetworkSpec halfSum = DyingReluLr.spec(point(Variant.PLAIN, 0.1), 100, 1);
        assertEquals(LossFunction.L2, ((OutputLayerSpec) halfSum.layers().get(1)).loss());
        assertEquals(0.05, halfSum.learningRate().valueAt(0), 1e-15, "gradient 2(a - t) at rate 0.05 is (a - t) at 0.1");
        NetworkSpec sum = DyingReluLr.spec(new Point(Variant.PLAIN, SquaredErrorReading.SUM, DyingReluReading.Scale.STD, 0.1, 100), 100, 1);
        assertEquals(0.1, sum.learningRate().valueAt(0), 1e-15);
        NetworkSpec decay = DyingReluLr.spec(point(Variant.DECAY, 0.1), 800, 1);
        assertEquals(0.025, decay.learningRate().valueAt(100), 1e-15, "halved after an eighth of the run, from the half-sum's 0.05");
    }

    @Test
    void oneTinyRunOnBothSidesRecordsDeadUnitsAtEveryCheckpoint() {
        DyingReluGrid.Sizes tiny = new DyingReluGrid.Sizes(3, 20, 5, 2, 1, Map.of(PRIMARY, new double[] {0.05}), new double[] {0.1}, List.of());
        RunConfig config = EXPERIMENT.configurations(Profile.QUICK, 1).stream()
                .filter(c -> c.config().equals("fix-decay-half-sum-std0.01-lr0.12")).findFirst().orElseThrow();
        Trial trial = new DyingReluLr().trial(point(Variant.DECAY, 0.1), RunSeeds.of(1), new SyntheticMnistEnvironment(), tiny);
        RunRecord r = TrialRunner.run(config, RunSeeds.of(1), trial, EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            Series dead = s.get(DeadUnitProbe.DEAD_OUTPUT);
            assertNotNull(dead);
            assertEquals(5, dead.size(), "checkpoints at 0, 5, 10, 15, 20");
            assertEquals(5, s.get(DeadUnitProbe.DEAD_HIDDEN).size());
            double finalDead = s.get(DeadUnitProbe.FINAL_DEAD_OUTPUT);
            assertTrue(finalDead >= 0 && finalDead <= 1, "final dead output fraction " + finalDead);
            assertEquals(20.0, s.scalar("steps"));
            for (io.twinnet.experiments.lab.OutcomeMetric o : new DyingReluLr().outcomes()) {
                assertTrue(o.recordedBy(s) && Double.isFinite(o.value(s)), impl + ": declared outcome " + o.metric().name() + " not measured");
            }
        }
        assertEquals(RunSeeds.of(1), r.seeds());
        assertTrue(r.parity().lossRelDiff() < 1e-9, "exact parity with the step schedule: " + r.parity());
    }
}
