package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static io.twinnet.experiments.catalog.SyntheticRecords.spread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.data.Dataset;
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
import io.twinnet.experiments.catalog.LearningTime.Point;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LearningTimeTest {
    private final DeclaredExperiment<Point> experiment = new DeclaredExperiment<>(new LearningTime());

    @Test
    void saxesPinnedCaseTakesNinePointTwoOneTau() {
        // s = τ = 1, u0 = 1e-4, uf = 1 − 1e-4: (1/2)·ln[(0.9999 · 0.9999) / (1e-4 · 1e-4)] = (1/2)·ln(99,980,001)
        // = (1/2)·(18.420681 − 0.000200) = 9.210240
        assertEquals(9.210240, LinearModes.time(1, 1e-4, 1 - 1e-4, 1), 1e-6);
        // τ scales the time; s = 2 with uf = 2(1 − 1e-4): (1/4)·ln[1.9998 · 1.9999 / (1e-4 · 2e-4)] = (1/4)·ln(1.9997e8)
        // = (1/4)·(18.420681 + 0.692997) = 4.778420
        assertEquals(2 * 9.210240, LinearModes.time(1, 1e-4, 1 - 1e-4, 2), 2e-6);
        assertEquals(4.778420, LinearModes.time(2, 1e-4, 2 * (1 - 1e-4), 1), 1e-6);
    }

    @ParameterizedTest
    @CsvSource({"1, 1e-4", "2, 1e-4", "3, 0.01", "0.5, 1e-3"})
    void theStrengthStartsAtU0EndsAtSAndReachesUfAtTheFormulasTime(double s, double u0) {
        double uf = (1 - 1e-4) * s;
        assertEquals(u0, LinearModes.strength(s, u0, 0, 1), u0 * 1e-12);
        assertEquals(uf, LinearModes.strength(s, u0, LinearModes.time(s, u0, uf, 1), 1), s * 1e-9);
        assertEquals(s, LinearModes.strength(s, u0, 100 / s, 1), s * 1e-12);
    }

    @Test
    void theDesignedTaskIsWhitenedWithTheDesignedSingularValues() {
        double[] s = {1, 2, 3, 4};
        LinearModes.Task task = LinearModes.task(s, 8, 5001);
        Dataset d = task.data();
        int n = 4, p = d.size();
        double[][] xx = new double[n][n], yx = new double[n][n];
        for (int mu = 0; mu < p; mu++) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    xx[a][b] += d.features()[mu * n + a] * d.features()[mu * n + b] / p;
                    yx[a][b] += d.labels()[mu * n + a] * d.features()[mu * n + b] / p;
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                assertEquals(a == b ? 1 : 0, xx[a][b], 1e-13, "Σxx");
                double m = 0;
                for (int k = 0; k < n; k++) m += task.u()[a][k] * s[k] * task.v()[b][k];
                assertEquals(m, yx[a][b], 1e-12, "Σyx");
            }
        }
        double[] sigma = EndToEndMap.singularValues(yx);
        for (int k = 0; k < n; k++) assertEquals(s[n - 1 - k], sigma[k], 1e-12);
    }

    private RunRecord run(Point p, LearningTime.Sizes z) {
        RunConfig config = experiment.configurations(Profile.QUICK, 1).stream().filter(c -> c.config().equals(p.id())).findFirst().orElseThrow();
        return TrialRunner.run(config, RunSeeds.of(1), new LearningTime().trial(p, RunSeeds.of(1), z), EnumSet.allOf(Implementation.class));
    }

    @Test
    void bothSidesStartEveryModeAtU0AndArriveWithinTheBoundAtTheLargestRate() {
        LearningTime.Sizes quick = LearningTime.sizes(Profile.QUICK);
        RunRecord r = run(Point.train(0.08), quick);
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            assertTrue(s.scalar("initialStrengthError") < 1e-10, impl + " u(0) off by " + s.scalar("initialStrengthError"));
            assertEquals(4, s.seriesOrNull("passageTime").size(), impl + ": every mode arrives");
            // Euler's early arrival at η = 0.08: about −s·η/4 = −2 % for s = 1 (the scalar map gives −2.10 %)
            assertEquals(-0.0210, s.scalar("relativeErrorAtS1"), 0.002, impl.label());
            assertTrue(s.scalar("worstRelativeErrorOverSEta") < LearningTimeClaims.SCALED_ERROR_BOUND, impl.label());
        }
        assertNotNull(r.parity());
        assertTrue(r.parity().maxRelDiff() < 1e-12, "exact parity from the shared start: " + r.parity());
    }

    @Test
    void orthogonalEndToEndMapsAreIsometriesOnBothSidesWhereGaussianOnesSpread() {
        LearningTime.Sizes small = new LearningTime.Sizes(new double[]{1, 2}, new double[]{0.08, 0.04}, new int[]{10, 50}, 8, 1);
        for (Implementation impl : Implementation.values()) {
            SideRecord orthogonal = run(new Point(LearningTime.Kind.ORTHOGONAL, 0, 50), small).side(impl);
            assertEquals(RunStatus.FINISHED, orthogonal.status(), impl + ": " + orthogonal.failure());
            assertTrue(orthogonal.scalar("maxAbsSingularValueMinusOne") < 1e-13, impl + ": " + orthogonal.scalar("maxAbsSingularValueMinusOne"));
            SideRecord gaussian = run(new Point(LearningTime.Kind.GAUSSIAN, 0, 50), small).side(impl);
            // 50 layers at about 0.3 nats a layer (width 8: ½[ψ(4) − ψ(2.5)] = 0.27): far beyond a factor 100
            assertTrue(gaussian.scalar("log10LargestOverMedianSingularValue") > 2, impl + ": " + gaussian.scalar("log10LargestOverMedianSingularValue"));
        }
    }

    @Test
    void theSpreadIsTheLog10RatioOfTheLargestToTheMedianSingularValue() {
        // N = 4: the median is the second largest
        assertEquals(2, DeepLinearSpectrum.log10Spread(new double[]{100, 1, 0.5, 0.1}), 1e-15);
        assertEquals(0, DeepLinearSpectrum.log10Spread(new double[]{1, 1, 1, 1, 1, 1}), 0);
    }

    /**
     * Synthetic records: relative error e(η) = a·η at s = 1 and a scaled error of {@code scaled}, orthogonal deviations
     * {@code deviation}, Gaussian spreads 0.136·depth (as 0.31 nats a layer), each with a small spread over seeds.
     */
    private List<RunRecord> records(double a, double scaled, double deviation, double spreadPerLayer) {
        List<RunRecord> runs = new ArrayList<>();
        for (Point p : experiment.declaration().grid(Profile.QUICK)) {
            for (long seed : SyntheticRecords.SEEDS) {
                double jitter = 1 + 0.01 * spread(seed);
                Map<String, Double> values = switch (p.kind()) {
                    case TRAIN -> scalars("relativeErrorAtS1", a * p.rate() * jitter, "worstRelativeErrorOverSEta", scaled * jitter);
                    case ORTHOGONAL -> scalars("maxAbsSingularValueMinusOne", deviation * jitter);
                    case GAUSSIAN -> scalars("log10LargestOverMedianSingularValue", spreadPerLayer * p.depth() * jitter);
                };
                runs.add(both(LearningTime.ID, p.id(), seed, side(values, Map.of())));
            }
        }
        return runs;
    }

    private Verdict verdict(List<RunRecord> runs, String claim) {
        List<ClaimResult> claims = experiment.evaluate(runs, Profile.QUICK);
        return claims.stream().filter(c -> c.id().equals(claim)).findFirst().orElseThrow().verdictOf(Implementation.CORE);
    }

    @Test
    void recordsOnTheTheoryReproduceEveryClaim() {
        for (ClaimResult c : experiment.evaluate(records(-0.25, 0.26, 3e-15, 0.136), Profile.QUICK)) {
            assertEquals(Verdict.REPRODUCED, c.verdictOf(Implementation.CORE), c.id() + ": " + c);
        }
    }

    @Test
    void aTauOffByTwoAnErrorThatDoesNotShrinkAFloatOrthogonalInitOrAFlatSpreadRefute() {
        assertEquals(Verdict.NOT_REPRODUCED, verdict(records(-0.25, 0.5 / 0.04, 3e-15, 0.136), "passage-time-matches-formula"));
        List<RunRecord> constantError = new ArrayList<>();
        ToDoubleFunction<Point> noShrink = p -> -0.01;
        for (RunRecord r : records(-0.25, 0.26, 3e-15, 0.136)) {
            Point p = experiment.declaration().grid(Profile.QUICK).stream().filter(q -> q.id().equals(r.config().config())).findFirst().orElseThrow();
            constantError.add(p.kind() != LearningTime.Kind.TRAIN ? r
                    : both(LearningTime.ID, p.id(), r.config().seed(), side(scalars("relativeErrorAtS1", noShrink.applyAsDouble(p),
                    "worstRelativeErrorOverSEta", 0.26), Map.of())));
        }
        assertEquals(Verdict.NOT_REPRODUCED, verdict(constantError, "passage-time-error-halves-with-eta"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(records(-0.25, 0.26, 1e-6, 0.136), "orthogonal-end-to-end-isometry"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(records(-0.25, 0.26, 3e-15, 0.01), "gaussian-spread-grows-with-depth"));
    }

    @Test
    void aSlowestModeThatNeverArrivesLeavesTheTimeClaimWithoutAVerdict() {
        List<RunRecord> runs = records(-0.25, Double.NaN, 3e-15, 0.136);
        assertEquals(Verdict.INCONCLUSIVE, verdict(runs, "passage-time-matches-formula"));
    }

    @Test
    void theStepBudgetCoversTheSlowestModeWithTenPerCentToSpare() {
        LearningTime.Sizes quick = LearningTime.sizes(Profile.QUICK);
        assertEquals((int) Math.ceil(1.1 * 9.210240 / 0.04), LearningTime.steps(quick, 0.04));
        // the lab's rate under L2 (gradient 2(a − t)) is half of Saxe's η
        assertEquals(0.02, LearningTime.labRate(0.04, 4), 0);
    }
}
