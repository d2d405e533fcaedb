package io.twinnet.experiments.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariancePropagationTest {
    private final VariancePropagation experiment = new VariancePropagation();

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

    private static SideRecord side(Map<String, Double> scalars) {
        return new SideRecord(RunStatus.FINISHED, -1, null, scalars, Map.of(), 0);
    }

    /** Records where every scalar a rule reads is set per config, the same on both sides. */
    private List<RunRecord> records(Map<String, Map<String, Double>> perConfig) {
        List<RunRecord> runs = new ArrayList<>();
        for (RunConfig c : experiment.configurations(Profile.QUICK, 1)) {
            Map<String, Double> s = new LinkedHashMap<>(Map.of("depth", 20.0, "collapseRatio", 0.5, "meanSquareRatio", 1.0,
                    "lastLayerSaturated", 0.0, "maxGradientStd", 1e-3, "minGradientStd", 1e-3, "maxLogRatioToTheory", 0.1));
            s.putAll(perConfig.getOrDefault(c.config(), Map.of()));
            Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
            sides.put(Implementation.CORE, side(s));
            sides.put(Implementation.DL4J, side(s));
            runs.add(new RunRecord(c, sides, null, 0));
        }
        return runs;
    }

    private static Verdict verdict(List<ClaimResult> claims, String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().verdictOf(Implementation.CORE);
    }

    @Test
    void rulesReproduceWhenTheMeasurementsShowThePhenomena() {
        List<ClaimResult> claims = experiment.evaluate(records(Map.of(
                "tanh-n0.01", Map.of("collapseRatio", 1e-12, "maxGradientStd", 1e-15),
                "tanh-n1", Map.of("lastLayerSaturated", 0.8),
                "relu-xavier", Map.of("meanSquareRatio", Math.pow(2, -19)),
                "tanh-lecun", Map.of("minGradientStd", 1e-4))), Profile.QUICK);
        for (ClaimResult c : claims) assertEquals(Verdict.REPRODUCED, c.verdictOf(Implementation.CORE), c.id());
    }

    @Test
    void rulesRejectMeasurementsThatContradictTheClaims() {
        List<ClaimResult> claims = experiment.evaluate(records(Map.of(
                "tanh-n0.01", Map.of("collapseRatio", 1e-3, "maxGradientStd", 1e-6),
                "tanh-n1", Map.of("lastLayerSaturated", 0.2),
                "relu-he", Map.of("meanSquareRatio", 10.0),
                "relu-uniform", Map.of("maxLogRatioToTheory", Math.log(3)))), Profile.QUICK);
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "tanh-std-0.01-collapses"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "tanh-std-1-saturates"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "relu-keeps-scale-only-with-he"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "recursion-predicts-std"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(claims, "tanh-std-0.01-gradients-vanish"));
    }

    @Test
    void aReluHeRunMeasuresEveryLayerOnBothImplementations() throws Exception {
        RunConfig config = experiment.configurations(Profile.QUICK, 1).stream()
                .filter(c -> c.config().equals("relu-he")).findFirst().orElseThrow();
        RunRecord r = experiment.run(config, new RunEnvironment() {
            @Override
            public Profile profile() {
                return Profile.QUICK;
            }

            @Override
            public Dataset mnistTrain() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Dataset mnistTest() {
                throw new UnsupportedOperationException();
            }
        });
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            assertEquals(20, s.series().get("activationStd").size());
            // He init keeps the scale: within a factor 2 of the recursion on every layer
            assertTrue(s.scalar("maxLogRatioToTheory") < Math.log(2), impl + " " + s.scalars());
        }
    }
}
