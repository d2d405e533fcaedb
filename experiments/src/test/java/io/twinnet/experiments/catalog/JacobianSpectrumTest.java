package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.everySeed;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.init.Rng;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.core.spec.NetworkSpec;
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
import io.twinnet.experiments.lab.TwinNetwork;
import io.twinnet.experiments.lab.TwinNetworks;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JacobianSpectrumTest {
    private final DeclaredExperiment<JacobianSpectrum.Point> experiment = new DeclaredExperiment<>(new JacobianSpectrum());

    @ParameterizedTest
    @CsvSource({
            // the standard init, σ² = 1/(3n): σ√n = 1/√3 = 0.577350, times 8/(3π) = 0.848826 gives 0.490070, the paper's "0.5"
            "0.0033333333333333335, 100, 0.4900701",
            // the normalised init on a square layer, σ² = 2/(n + n) = 1/n: 8/(3π) = 0.848826, against the paper's "0.8"
            "0.01, 100, 0.8488264",
            // σ = 0.1, n = 400: σ√n = 2, so 16/(3π) = 1.697653
            "0.01, 400, 1.6976527"})
    void quarterCircleMeanMatchesHandComputedValues(double variance, int n, double expected) {
        assertEquals(expected, LayerJacobian.quarterCircleMean(variance, n), 1e-6);
    }

    @Test
    void theJacobianOfADenseLayerIsTheSlopeTimesTheTransposedWeights() {
        // W (nIn 2, nOut 3) = [[1, 2, 3], [4, 5, 6]] row-major, slopes (1, 0.5, 0): J[k][j] = slope_k W[j][k]
        double[][] j = LayerJacobian.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3, new double[] {1, 0.5, 0});
        assertArrayEquals(new double[] {1, 4}, j[0], 0);
        assertArrayEquals(new double[] {1, 2.5}, j[1], 0);
        assertArrayEquals(new double[] {0, 0}, j[2], 0);
    }

    @Test
    void meanSingularValuesOfHandMatrices() {
        // diag(3, 4): singular values 3 and 4
        assertEquals(3.5, LayerJacobian.meanSingularValue(new double[][] {{3, 0}, {0, 4}}), 1e-12);
        // the all-ones 2 x 2 matrix is 2·u·uᵀ with |u| = 1: singular values 2 and 0
        assertEquals(1, LayerJacobian.meanSingularValue(new double[][] {{1, 1}, {1, 1}}), 1e-12);
        // a rotation by 90° scaled by 2: both singular values 2
        assertEquals(2, LayerJacobian.meanSingularValue(new double[][] {{0, 2}, {-2, 0}}), 1e-12);
    }

    private static double[] uniform(int n, double bound, long seed) {
        Rng rng = new Rng(seed);
        double[] w = new double[n * n];
        for (int i = 0; i < w.length; i++) w[i] = bound * (2 * rng.nextDouble() - 1);
        return w;
    }

    private static double[] ones(int n, double value) {
        double[] s = new double[n];
        java.util.Arrays.fill(s, value);
        return s;
    }

    @Test
    void aLinearLayersMeanSingularValueApproachesTheQuarterCircleMean() {
        // U[±1/√n] at n = 150: σ² = 1/(3n); one matrix's mean singular value lies within 1 % of 0.4901
        int n = 150;
        double measured = LayerJacobian.meanSingularValue(LayerJacobian.of(uniform(n, 1 / Math.sqrt(n), 7), n, n, ones(n, 1)));
        assertEquals(1, measured / LayerJacobian.quarterCircleMean(1.0 / (3 * n), n), 0.01);
    }

    @Test
    void aCommonSlopeScalesTheMeanSingularValueExactlyAndMixedSlopesGiveMoreThanTheProduct() {
        int n = 120;
        double[] w = uniform(n, 1 / Math.sqrt(n), 8);
        double linear = LayerJacobian.meanSingularValue(LayerJacobian.of(w, n, n, ones(n, 1)));
        // every unit at slope 0.6: J = 0.6·Wᵀ, exactly 0.6 times W's singular values
        assertEquals(0.6 * linear, LayerJacobian.meanSingularValue(LayerJacobian.of(w, n, n, ones(n, 0.6))), 1e-10);
        // half the units at slope 0, half at 1 (E[f′] = 1/2): the n/2 live rows keep a mean near 0.97 σ√n, so the
        // mean over all n is about 0.49 σ√n, above the product E[f′]·(8/3π)σ√n = 0.42 σ√n the formula predicts
        double[] half = ones(n, 1);
        for (int k = 0; k < n / 2; k++) half[k] = 0;
        double mixed = LayerJacobian.meanSingularValue(LayerJacobian.of(w, n, n, half));
        assertTrue(mixed > 1.05 * LayerJacobian.predictedMean(1.0 / (3 * n), n, 0.5), "mixed " + mixed);
    }

    @Test
    void theSlopeIsReadFromTheUnitsOutput() {
        // tanh: 1 − h², at h = 0.5 that is 0.75; identity: 1
        assertEquals(0.75, JacobianProbe.slopeFromOutput(ActivationKind.TANH, 0.5), 1e-15);
        assertEquals(1, JacobianProbe.slopeFromOutput(ActivationKind.IDENTITY, 0.3), 0);
    }

    @Test
    void theMnistErrorsAreUnderOneStandardErrorApart() {
        // √(0.0176·0.9824/10000) = √(1.729024e-6) = 0.0013149; the errors differ by 0.0012
        assertEquals(0.0013149, JacobianSpectrum.standardError(0.0176, 10_000), 1e-7);
        assertTrue(0.0176 - 0.0164 < JacobianSpectrum.standardError(0.0164, 10_000));
    }

    @Test
    void linearRegimeGradientRatiosMatchHandComputedProducts() {
        // standard init, 5 hidden layers of 100: every gain n·σ² is 1/3, so Var dL/ds_1 / Var dL/ds_5 = (1/3)^4 = 1/81,
        // and eq. 7's weight-gradient ratio is (1/3)^4 / (1/3)^4 = 1 in every layer
        JacobianProbe standard = new JacobianProbe(ActivationKind.TANH, 100, 5, JacobianSpectrum.variances(JacobianSpectrum.TANH_STANDARD, 100, 5), 1, true);
        assertEquals(1.0 / 81, standard.theoryBackprop().y()[0], 1e-15);
        for (double r : standard.theoryWeightGradient(784).y()) assertEquals(1, r, 1e-12);
        // normalised init: square gains 1; the first layer's forward gain is 784·2/(784 + 100) = 1.773756, so layer 1's
        // weight gradient is 1/1.773756 = 0.563776 of the last layer's, and layers 2..5 are equal
        JacobianProbe normalised = new JacobianProbe(ActivationKind.TANH, 100, 5, JacobianSpectrum.variances(JacobianSpectrum.TANH_NORMALISED, 100, 5), 1, true);
        double[] w = normalised.theoryWeightGradient(784).y();
        assertEquals(0.563776, w[0], 1e-6);
        assertEquals(1, w[1], 1e-12);
        assertEquals(1, normalised.theoryBackprop().y()[0], 1e-12);
    }

    @Test
    void coreAndDl4jMeasureTheSameNumbersFromSharedParameters() {
        JacobianSpectrum.Point p = JacobianSpectrum.TANH_NORMALISED;
        NetworkSpec spec = JacobianSpectrum.spec(p, 24, 3, 5);
        TwinNetwork core = TwinNetworks.initialise(Implementation.CORE, spec);
        TwinNetwork dl4j = TwinNetworks.withParameters(Implementation.DL4J, spec, core.parameters());
        JacobianProbe probe = new JacobianProbe(p.activation(), 24, 3, JacobianSpectrum.variances(p, 24, 3), 2, true);
        var images = new SyntheticMnistEnvironment().mnistTrain().rows(new int[] {0, 31, 62});
        var a = probe.measure(core, images).measurements();
        var b = probe.measure(dl4j, images).measurements();
        for (var key : List.of(JacobianProbe.MEAN_SINGULAR_VALUE, JacobianProbe.BACKWARD_FACTOR, JacobianProbe.WEIGHT_GRADIENT_FACTOR)) {
            assertEquals(a.get(key), b.get(key), 1e-9 * Math.abs(a.get(key)), key.name());
        }
    }

    @Test
    void aRunMeasuresEverySquareLayerOnBothImplementations() {
        JacobianSpectrum.Point p = JacobianSpectrum.LINEAR_STANDARD;
        RunConfig config = experiment.configurations(Profile.QUICK, 1).stream().filter(c -> c.config().equals(p.id())).findFirst().orElseThrow();
        JacobianSpectrum.Sizes small = new JacobianSpectrum.Sizes(40, 4, 1, 1, 1);
        RunRecord r = TrialRunner.run(config, RunSeeds.of(1), new JacobianSpectrum().trial(p, RunSeeds.of(1), new SyntheticMnistEnvironment(), small),
                EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            assertEquals(3, s.seriesOrNull("meanSingularValueByLayer").size());
            // a linear net's gradients are not claimed, so not measured
            assertEquals(null, s.seriesOrNull("backpropGradientByLayer"));
            // three 40 x 40 uniform matrices: their mean singular value lies within 5 % of (8/3π)/√3
            assertEquals(1, s.scalar("ratioToQuarterCircle"), 0.05, impl.label());
        }
    }

    /** Five seeds with the given values (plus a spread of ±{@code spread} over seeds) at every point. */
    private List<RunRecord> records(double standard, double normalised, double ratio, double backward, double weight, double spread) {
        List<RunRecord> runs = new ArrayList<>();
        for (JacobianSpectrum.Point p : experiment.declaration().grid(Profile.QUICK)) {
            double sv = p.init() == InitChoice.UNIFORM ? standard : normalised;
            runs.addAll(everySeed((seed, s) -> both(JacobianSpectrum.ID, p.id(), seed, side(scalars("meanSingularValue", sv + spread * s,
                    "ratioToQuarterCircle", ratio + spread * s, "backpropFactorTowardInput", backward + spread * s,
                    "weightGradientFactorTowardInput", weight + spread * s), Map.of()))));
        }
        return runs;
    }

    private static Verdict verdict(List<ClaimResult> claims, String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().verdictOf(Implementation.CORE);
    }

    @Test
    void valuesOnThePapersFiguresAndTheTheoryReproduceEveryClaim() {
        for (ClaimResult c : experiment.evaluate(records(0.49, 0.79, 1.0, 0.33, 1.0, 0.005), Profile.QUICK)) {
            assertEquals(Verdict.REPRODUCED, c.verdictOf(Implementation.CORE), c.id());
        }
    }

    @Test
    void valuesWellOffTheFiguresRefuteAndValuesOnAnEdgeAreInconclusive() {
        // a standard init at 0.65, no shrinking gradient, growing weight gradients
        List<ClaimResult> off = experiment.evaluate(records(0.65, 0.6, 1.1, 1.0, 1.4, 0.005), Profile.QUICK);
        for (ClaimResult c : off) assertEquals(Verdict.NOT_REPRODUCED, c.verdictOf(Implementation.CORE), c.id());
        // seeds spread ±0.02 around the edges 0.55 and 0.75 and 1.02: the intervals reach across them
        List<ClaimResult> edge = experiment.evaluate(records(0.55, 0.75, 1.02, 0.2333, 1.1, 0.02), Profile.QUICK);
        for (ClaimResult c : edge) assertEquals(Verdict.INCONCLUSIVE, c.verdictOf(Implementation.CORE), c.id());
    }
}
