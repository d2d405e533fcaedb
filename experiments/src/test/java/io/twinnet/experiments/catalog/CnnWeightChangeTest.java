package io.twinnet.experiments.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CnnWeightChangeTest {
    private final CnnWeightChange experiment = new CnnWeightChange();

    /** The values a config's side reports; tests overwrite single entries. */
    private static Map<String, Double> asker() {
        return SyntheticRecords.scalars("finalEvalAccuracy", 0.2, "finalEvalLoss", 1.9, "finalChangeConv", 0.01,
                "finalChangeDense", 0.02, "finalChangeOut", 0.03, "finalAbsChangeDense", 0.2, "finalAbsChangeOut", 0.1,
                "medianUpdateRatioConv", 1e-5, "medianUpdateRatioDense", 1e-3, "medianUpdateRatioOut", 1e-3,
                "medianMeanAbsUpdateConv", 1e-7, "medianMeanAbsUpdateDense", 1e-5, "medianMeanAbsUpdateOut", 1e-4,
                "medianGradRmsConv", 1e-5, "medianGradRmsOut", 1e-3, "initGradRmsConv", 0, "maxRelativeUnitSpread", 0,
                "maxUnitSpread", 0, "maxRelativeChannelSpread", 0);
    }

    private static Map<String, Double> askerWithBatchNorm() {
        Map<String, Double> m = asker();
        m.put("medianGradRmsConv", 1e-4);
        m.put("finalEvalLoss", 1.7);
        return m;
    }

    private static Map<String, Double> xavier() {
        return SyntheticRecords.scalars("finalEvalAccuracy", 0.85, "finalEvalLoss", 0.5, "finalChangeConv", 0.5,
                "finalChangeDense", 0.3, "finalChangeOut", 0.3, "finalAbsChangeDense", 1.0, "finalAbsChangeOut", 0.5,
                "medianUpdateRatioConv", 1.2e-3, "medianUpdateRatioDense", 5e-4, "medianUpdateRatioOut", 1.1e-4,
                "medianMeanAbsUpdateConv", 3e-5, "medianMeanAbsUpdateDense", 1e-5, "medianMeanAbsUpdateOut", 2e-5,
                "medianGradRmsConv", 5e-3, "medianGradRmsOut", 6e-3, "initGradRmsConv", 5e-3, "maxRelativeUnitSpread", 1.5,
                "maxUnitSpread", 0.4, "maxRelativeChannelSpread", 1.7);
    }

    private static Map<String, Double> xavierWithBatchNorm() {
        Map<String, Double> m = xavier();
        m.put("medianGradRmsConv", 3e-2);
        m.put("finalEvalLoss", 0.3);
        return m;
    }

    /** Records as the seed and its answers describe things, at both learning rates of the quick grid and two seeds. */
    private static List<RunRecord> asTheSeedSays(Map<String, Map<String, Double>> overrides) {
        List<RunRecord> runs = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) {
            for (double lr : new double[] {0.1, 1.0}) {
                Map<String, Map<String, Double>> byConfig = new LinkedHashMap<>();
                for (String reading : CnnWeightChange.ASKER_READINGS) {
                    byConfig.put(CnnWeightChange.configId(reading, false, lr), asker());
                    byConfig.put(CnnWeightChange.configId(reading, true, lr), askerWithBatchNorm());
                }
                byConfig.put(CnnWeightChange.configId("xavier", false, lr), xavier());
                byConfig.put(CnnWeightChange.configId("xavier", true, lr), xavierWithBatchNorm());
                for (Map.Entry<String, Map<String, Double>> e : byConfig.entrySet()) {
                    Map<String, Double> scalars = new LinkedHashMap<>(e.getValue());
                    Map<String, Double> o = overrides.get(e.getKey());
                    if (o != null) scalars.putAll(o);
                    double start = 2.3026;
                    double end = scalars.get("finalEvalLoss");
                    runs.add(SyntheticRecords.sides(CnnWeightChange.ID, e.getKey(), seed, Map.of(), scalars,
                            SyntheticRecords.evalLoss(start, end), scalars, SyntheticRecords.evalLoss(start, end)));
                }
            }
        }
        return runs;
    }

    private Map<String, ClaimResult> results(List<RunRecord> runs) {
        Map<String, ClaimResult> out = new LinkedHashMap<>();
        for (ClaimResult r : experiment.evaluate(runs, Profile.QUICK)) out.put(r.id(), r);
        return out;
    }

    private Verdict verdict(Map<String, Map<String, Double>> overrides, String claim) {
        ClaimResult r = results(asTheSeedSays(overrides)).get(claim);
        return r.verdictOf(Implementation.CORE);
    }

    @Test
    void recordsAsTheSeedAndAnswersSayReproduceEveryClaim() {
        for (ClaimResult r : results(asTheSeedSays(Map.of())).values()) {
            assertEquals(Verdict.REPRODUCED, r.verdictOf(Implementation.CORE), r.id() + ": " + r.evidence());
            assertEquals(Verdict.REPRODUCED, r.verdictOf(Implementation.DL4J), r.id());
        }
    }

    @Test
    void aConvLayerThatMovedTwentyPercentIsNotBarelyMovingUnderEitherReading() {
        Map<String, Map<String, Double>> o = new LinkedHashMap<>();
        for (String reading : CnnWeightChange.ASKER_READINGS) {
            for (double lr : new double[] {0.1, 1.0}) o.put(CnnWeightChange.configId(reading, false, lr), Map.of("finalChangeConv", 0.2));
        }
        assertEquals(Verdict.NOT_REPRODUCED, verdict(o, "loss-falls-weights-barely-move"));
        // one reading at one learning rate suffices
        o.remove(CnnWeightChange.configId("ones", false, 1.0));
        assertEquals(Verdict.REPRODUCED, verdict(o, "loss-falls-weights-barely-move"));
    }

    @Test
    void aLossThatDoesNotFallRefutesTheAskersObservation() {
        Map<String, Map<String, Double>> o = new LinkedHashMap<>();
        for (String reading : CnnWeightChange.ASKER_READINGS) {
            for (double lr : new double[] {0.1, 1.0}) o.put(CnnWeightChange.configId(reading, false, lr), Map.of("finalEvalLoss", 2.2));
        }
        assertEquals(Verdict.NOT_REPRODUCED, verdict(o, "loss-falls-weights-barely-move")); // 4.5% < 10%
        assertEquals(Verdict.NOT_REPRODUCED, verdict(o, "zero-fc-units-identical-loss-still-falls"));
    }

    @Test
    void updatesOfEqualSizeInEveryLayerRefuteTheOrderAndTheDirection() {
        Map<String, Map<String, Double>> o = Map.of(CnnWeightChange.configId("xavier", false, 0.1), Map.of("medianUpdateRatioConv", 3e-3,
                "medianUpdateRatioOut", 3.1e-3, "medianMeanAbsUpdateConv", 4e-4, "medianMeanAbsUpdateOut", 4e-4));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(o, "update-size-1e-3-first-1e-4-last"));
        Map<String, Map<String, Double>> both = new LinkedHashMap<>();
        for (double lr : new double[] {0.1, 1.0}) {
            both.put(CnnWeightChange.configId("xavier", false, lr), Map.of("medianUpdateRatioConv", 3e-3, "medianUpdateRatioOut", 3.1e-3));
        }
        assertEquals(Verdict.NOT_REPRODUCED, verdict(both, "first-layers-update-more"));
    }

    @Test
    void aDirectionThatFlipsWithTheLearningRateIsInconclusive() {
        Map<String, Map<String, Double>> o = new LinkedHashMap<>();
        o.put(CnnWeightChange.configId("xavier", false, 0.1), Map.of("medianUpdateRatioConv", 3.6e-3, "medianUpdateRatioOut", 3.0e-3));
        o.put(CnnWeightChange.configId("xavier", false, 1.0), Map.of("medianUpdateRatioConv", 1.0e-2, "medianUpdateRatioOut", 2.4e-2));
        assertEquals(Verdict.INCONCLUSIVE, verdict(o, "first-layers-update-more"));
    }

    @Test
    void theAbsoluteReadingAloneCanMatchTheStatedSizes() {
        // relative sizes far off, absolute ones at 1e-3 and 1e-4 (within half a decade: 3e-4 <= x <= 3.16e-3)
        Map<String, Map<String, Double>> o = Map.of(CnnWeightChange.configId("xavier", false, 0.1), Map.of("medianUpdateRatioConv", 5e-2,
                "medianUpdateRatioOut", 1e-2, "medianMeanAbsUpdateConv", 3e-3, "medianMeanAbsUpdateOut", 4e-5));
        assertEquals(Verdict.REPRODUCED, verdict(o, "update-size-1e-3-first-1e-4-last"));
        Map<String, Map<String, Double>> outside = Map.of(CnnWeightChange.configId("xavier", false, 0.1), Map.of("medianUpdateRatioConv",
                5e-2, "medianUpdateRatioOut", 1e-2, "medianMeanAbsUpdateConv", 3.3e-3, "medianMeanAbsUpdateOut", 4e-5));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(outside, "update-size-1e-3-first-1e-4-last"));
    }

    @Test
    void aConvGradientOnlyFiveTimesSmallerIsNotVanishing() {
        Map<String, Map<String, Double>> o = Map.of(CnnWeightChange.configId("ones", false, 0.1), Map.of("medianGradRmsConv", 2e-4));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(o, "gradient-vanishes-toward-first-layer"));
    }

    @Test
    void unitsOrChannelsThatDriftApartBreakTheSymmetryClaims() {
        Map<String, Map<String, Double>> units = Map.of(CnnWeightChange.configId("identity", false, 1.0), Map.of("maxRelativeUnitSpread", 1e-3));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(units, "zero-fc-units-identical-loss-still-falls"));
        Map<String, Map<String, Double>> channels = Map.of(CnnWeightChange.configId("ones", true, 1.0), Map.of("maxRelativeChannelSpread", 1e-3));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(channels, "unit-matrix-kernels-channels-identical"));
    }

    @Test
    void aZeroFcNetThatLearnsAsWellAsXavierIsNotWorthOneUnit() {
        Map<String, Map<String, Double>> o = new LinkedHashMap<>();
        for (String reading : CnnWeightChange.ASKER_READINGS) {
            for (double lr : new double[] {0.1, 1.0}) o.put(CnnWeightChange.configId(reading, false, lr), Map.of("finalEvalAccuracy", 0.8));
        }
        assertEquals(Verdict.NOT_REPRODUCED, verdict(o, "zero-fc-units-identical-loss-still-falls"));
    }

    @Test
    void batchNormWithTooSmallAGainOrAHigherLossDoesNotHelp() {
        Map<String, Map<String, Double>> gain = Map.of(CnnWeightChange.configId("xavier", true, 0.1), Map.of("medianGradRmsConv", 9e-3));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(gain, "batch-norm-helps-random-init")); // 1.8x < 2x
        Map<String, Map<String, Double>> loss = Map.of(CnnWeightChange.configId("identity", true, 0.1), Map.of("finalEvalLoss", 2.0));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(loss, "batch-norm-helps-asker-init"));
        assertEquals(Verdict.REPRODUCED, verdict(loss, "batch-norm-helps-random-init"));
    }

    @Test
    void missingRunsAreInconclusive() {
        for (ClaimResult r : results(List.of()).values()) {
            assertEquals(Verdict.INCONCLUSIVE, r.verdictOf(Implementation.CORE), r.id());
        }
    }

    @Test
    void identityKernelsCopyTheInputIntoEveryChannel() {
        CnnWeightChange.Setup s = new CnnWeightChange.Setup(3, 5, 4, 1, 1, 1, 2, 1, 1, new double[] {0.1}, 1);
        ParameterLayout layout = ParameterLayout.of(CnnWeightChange.spec("identity", false, 0.1, 1, s));
        double[] p = CnnWeightChange.identityKernels(new double[layout.size()], layout);
        int w = layout.block(0, "W").offset();
        for (int c = 0; c < 3; c++) {
            for (int k = 0; k < 25; k++) assertEquals(k == 12 ? 1.0 : 0.0, p[w + c * 25 + k], "channel " + c + " entry " + k);
        }
        assertEquals(0, CnnLayerProbe.channelSpread(p, layout, 0));
        p[w + 25 + 3] = 0.25; // channel 1 differs in one entry
        assertEquals(0.25, CnnLayerProbe.channelSpread(p, layout, 0), 1e-15);
    }

    @Test
    void unitSpreadSeesOneHiddenUnitThatDiffers() {
        CnnWeightChange.Setup s = new CnnWeightChange.Setup(2, 3, 4, 1, 1, 1, 2, 1, 1, new double[] {0.1}, 1);
        ParameterLayout layout = ParameterLayout.of(CnnWeightChange.spec("ones", true, 0.1, 1, s));
        double[] p = new double[layout.size()];
        assertEquals(0, CnnLayerProbe.unitSpread(p, layout, 3, 4));
        p[layout.block(4, "W").offset() + 2 * 10 + 7] = -0.5; // hidden unit 2's weight to output 7
        assertEquals(0.5, CnnLayerProbe.unitSpread(p, layout, 3, 4), 1e-15);
    }

    @Test
    void smokeRunOfTheAskersInitKeepsChannelsAndUnitsIdenticalOnBothSides() {
        CnnWeightChange.Setup tiny = new CnnWeightChange.Setup(2, 3, 4, 3, 2, 1, 4, 5, 2, new double[] {0.5}, 1);
        RunConfig config = new RunConfig(CnnWeightChange.ID, CnnWeightChange.configId("identity", true, 0.5), 1,
                Map.of("init", "identity", "batchNorm", true, "lr", 0.5));
        RunRecord r = experiment.run(config, new SyntheticMnistEnvironment(), tiny);
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            assertEquals(5, s.scalar("steps"), 1e-9);
            assertEquals(4, s.seriesOrNull("changeConv").size()); // steps 0, 2, 4, 5
            // zero dense weights pass no gradient back to the conv layer at the start: exactly 0
            assertEquals(0.0, s.scalar("initGradRmsConv"), impl.toString());
            assertTrue(s.scalar("finalAbsChangeDense") > 0, impl + ": the zero dense layer never moved");
            assertTrue(s.scalar("maxRelativeUnitSpread") <= CnnWeightChange.ROUND_OFF, impl + ": units drifted apart");
            assertTrue(s.scalar("maxRelativeChannelSpread") <= CnnWeightChange.ROUND_OFF, impl + ": channels drifted apart");
        }
        assertTrue(r.parity().maxRelDiff() < 1e-9, "exact parity: " + r.parity());
    }
}
