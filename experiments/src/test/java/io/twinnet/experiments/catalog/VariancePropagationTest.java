package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.SEEDS;
import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static io.twinnet.experiments.catalog.SyntheticRecords.spread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.spec.ActivationKind;
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

class VariancePropagationTest {
    private final DeclaredExperiment<VariancePropagation.Point> experiment = new DeclaredExperiment<>(new VariancePropagation());

    @Test
    void meanFieldMatchesClosedFormsForReluAndIdentity() {
        // E[relu(z)^2] = q/2 and E[relu(z)] = sqrt(q / (2 pi)) for z ~ N(0, q)
        double q = 3.7;
        assertEquals(q / 2, MeanField.expectation(z -> Math.max(0, z) * Math.max(0, z), q), 1e-10);
        assertEquals(Math.sqrt(q / (2 * Math.PI)), MeanField.expectation(z -> Math.max(0, z), q), 1e-10);
        // identity with variance 1/n keeps the std at 1 through every layer
        double[] std = MeanField.activationStd(ActivationKind.IDENTITY, 1.0 / 64, 64, 1.0, 5);
        for (double s : std) assertEquals(1.0, s, 1e-10);
        // ReLU with He variance: q_l = 2 for unit input at every layer, so std = sqrt(q/2 - q/(2 pi)) = sqrt(1 - 1/pi)
        double[] he = MeanField.activationStd(ActivationKind.RELU, 2.0 / 64, 64, 1.0, 5);
        for (double s : he) assertEquals(Math.sqrt(1 - 1 / Math.PI), s, 1e-10);
    }

    /** As {@link #records(Map, Map)} with a weight-gradient std that is the same in every layer (χ = 1) everywhere. */
    private List<RunRecord> records(Map<String, Map<String, Double>> perConfig) {
        return records(perConfig, Map.of());
    }

    /**
     * Records of five seeds where every scalar a rule reads is set per config, the same on both sides;
     * each seed's values (but the depth) are scaled by 1 + 10 % of its spread offset. The per-layer
     * weight-gradient std over the 20 layers falls by √χ per layer away from the input, χ from
     * {@code backwardFactor} (1 where not given), also scaled per seed.
     */
    private List<RunRecord> records(Map<String, Map<String, Double>> perConfig, Map<String, Double> backwardFactor) {
        List<RunRecord> runs = new ArrayList<>();
        for (RunConfig c : experiment.configurations(Profile.QUICK, SEEDS.size())) {
            Map<String, Double> s = new LinkedHashMap<>(Map.of("collapseRatio", 0.5, "meanSquareRatio", 1.0,
                    "lastLayerSaturated", 0.0, "maxGradientStd", 1e-3, "minGradientStd", 1e-3, "maxLogRatioToTheory", 0.1));
            s.putAll(perConfig.getOrDefault(c.config(), Map.of()));
            double f = 1 + 0.1 * spread(c.seed());
            s.replaceAll((k, v) -> v * f);
            s.put("depth", 20.0);
            double chi = backwardFactor.getOrDefault(c.config(), 1.0) * f;
            Series gradient = SyntheticRecords.sampled(19, 1, l -> 1e-3 * Math.pow(chi, -l / 2));
            runs.add(both(c.experiment(), c.config(), c.seed(), side(s, Map.of("weightGradientStd", gradient))));
        }
        return runs;
    }

    private static Verdict verdict(List<ClaimResult> claims, String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().verdictOf(Implementation.CORE);
    }

    @Test
    void gridKeepsTheStoredConfigurationIds() {
        List<String> ids = experiment.configurations(Profile.QUICK, 1).stream().map(RunConfig::config).toList();
        assertEquals(List.of("tanh-n0.01", "tanh-n1", "tanh-xavier", "tanh-lecun", "tanh-uniform", "relu-xavier", "relu-he", "relu-uniform"), ids);
        assertEquals(8 * 10, experiment.configurations(Profile.QUICK, 0).size());
        assertEquals(8 * 10, experiment.configurations(Profile.FULL, 0).size());
    }

    @Test
    void rulesReproduceWhenTheMeasurementsShowThePhenomena() {
        List<ClaimResult> claims = experiment.evaluate(records(Map.of(
                "tanh-n0.01", Map.of("collapseRatio", 1e-12, "maxGradientStd", 1e-15),
                "tanh-n1", Map.of("lastLayerSaturated", 0.8),
                "relu-xavier", Map.of("meanSquareRatio", Math.pow(2, -19)),
                "tanh-lecun", Map.of("minGradientStd", 1e-4)), Map.of("tanh-n1", 8.7)), Profile.QUICK);
        assertEquals(6, claims.size());
        for (ClaimResult c : claims) assertEquals(Verdict.REPRODUCED, c.verdictOf(Implementation.CORE), c.id());
    }

    @Test
    void rulesRejectMeasurementsThatContradictTheClaims() {
        List<ClaimResult> claims = experiment.evaluate(records(Map.of(
                "tanh-n0.01", Map.of("collapseRatio", 1e-3, "maxGradientStd", 1e-6),
                "tanh-n1", Map.of("lastLayerSaturated", 0.2),
                "relu-he", Map.of("meanSquareRatio", 10.0),
                "relu-uniform", Map.of("maxLogRatioToTheory", Math.log(3))), Map.of("tanh-n1", 0.5)), Profile.QUICK);
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "tanh-std-0.01-collapses"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "tanh-std-1-saturates"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "relu-keeps-scale-only-with-he"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "recursion-predicts-std"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "tanh-std-0.01-gradients-vanish"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "tanh-std-1-backward-signal-grows"), "χ = 0.5: saturation wins");
    }

    @Test
    void xavierReluThatKeepsItsScaleRefutesTheHalving() {
        // He keeps the scale, but Xavier's ratio 1 is log2 = 0, 19 away from the theory -(L - 1)
        List<ClaimResult> claims = experiment.evaluate(records(Map.of()), Profile.QUICK);
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "relu-keeps-scale-only-with-he"));
    }

    @Test
    void measurementsThatStraddleTheirBoundariesAreInconclusive() {
        List<ClaimResult> claims = experiment.evaluate(records(Map.of(
                "tanh-n1", Map.of("lastLayerSaturated", 0.5),
                "relu-xavier", Map.of("meanSquareRatio", Math.pow(2, -19)),
                "relu-uniform", Map.of("maxLogRatioToTheory", Math.log(2)))), Profile.QUICK);
        assertEquals(Verdict.INCONCLUSIVE, verdict(claims, "tanh-std-1-saturates"), "0.5 give or take 10 %");
        assertEquals(Verdict.INCONCLUSIVE, verdict(claims, "recursion-predicts-std"), "a factor 2^(1 ± 0.1)");
        assertEquals(Verdict.REPRODUCED, verdict(claims, "relu-keeps-scale-only-with-he"));
    }

    @Test
    void aConfigurationWithoutRunsLeavesTheRecursionClaimInconclusive() {
        List<RunRecord> runs = records(Map.of());
        runs.removeIf(r -> r.config().config().equals("tanh-uniform"));
        assertEquals(Verdict.INCONCLUSIVE, verdict(experiment.evaluate(runs, Profile.QUICK), "recursion-predicts-std"));
        for (ClaimResult c : experiment.evaluate(List.of(), Profile.QUICK)) assertEquals(Verdict.INCONCLUSIVE, c.verdictOf(Implementation.CORE), c.id());
    }

    @Test
    void aReluHeRunMeasuresEveryLayerOnBothImplementations() {
        VariancePropagation.Point point = new VariancePropagation.Point(ActivationKind.RELU, InitChoice.HE);
        RunConfig config = experiment.configurations(Profile.QUICK, 1).stream()
                .filter(c -> c.config().equals("relu-he")).findFirst().orElseThrow();
        Trial trial = new VariancePropagation().trial(point, RunSeeds.of(1), new SyntheticMnistEnvironment(), new VariancePropagation.Sizes(256, 20, 256, 1));
        RunRecord r = TrialRunner.run(config, RunSeeds.of(1), trial, EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            assertEquals(20, s.seriesOrNull("activationStd").size());
            assertEquals(20, s.seriesOrNull("theoryActivationStd").size());
            // He init keeps the scale: within a factor 2 of the recursion on every layer
            assertTrue(s.scalar("maxLogRatioToTheory") < Math.log(2), impl + " " + s.scalars());
        }
        assertTrue(r.data().contains("seed 5001"), r.data());
        assertTrue(r.spec().contains("variance-propagation-relu-he"), r.spec());
    }
}
