package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.everySeed;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
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
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.TrialRunner;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ActivationLengthTest {
    private final DeclaredExperiment<ActivationLength.Point> experiment = new DeclaredExperiment<>(new ActivationLength());

    @Test
    void productMatchesHandComputedCases() {
        // (1 + 5/60)^3 = (13/12)^3 = 2197/1728 = 1.2714120...
        assertEquals(2197.0 / 1728, ActivationLength.secondMoment(ActivationLength.CONSTANT.widths(), 3), 1e-12);
        // (1 + 5/50)(1 + 5/60)(1 + 5/75) = 1.1 x 13/12 x 16/15 = 1.1 x 208/180 = 1.2711111...
        assertEquals(1.2711111111, ActivationLength.secondMoment(ActivationLength.VARYING.widths(), 3), 1e-9);
        // the first layer alone: 1 + 5/50 = 1.1
        assertEquals(1.1, ActivationLength.secondMoment(ActivationLength.VARYING.widths(), 1), 1e-15);
        // width 5, one layer: (6 + 4)/5 = 2, the Gaussian fourth moment over a mean of five
        assertEquals(2, ActivationLength.secondMoment(List.of(5), 1), 1e-15);
    }

    @Test
    void aRunRecordsEveryNetsLengthAndTheMomentsByLayerOnBothImplementations() {
        ActivationLength.Point p = ActivationLength.VARYING;
        RunConfig config = experiment.configurations(Profile.QUICK, 1).stream().filter(c -> c.config().equals(p.id())).findFirst().orElseThrow();
        RunRecord r = TrialRunner.run(config, RunSeeds.of(1), new ActivationLength().trial(p, RunSeeds.of(1), new ActivationLength.Sizes(20, 400, 5, 1)),
                EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            assertEquals(impl == Implementation.CORE ? 400 : 5, s.seriesOrNull("lengthRatio").size());
            assertEquals(3, s.seriesOrNull("secondMomentByLayer").size());
            for (double v : s.seriesOrNull("lengthRatio").y()) assertTrue(v > 0 && Double.isFinite(v), impl + ": " + v);
        }
        // 400 core nets: the mean of r_d/r_0 (variance about 0.27 per net, standard error 0.026) lies within 4 standard errors of 1
        double[] ratios = r.side(Implementation.CORE).seriesOrNull("lengthRatio").y();
        assertEquals(1, java.util.Arrays.stream(ratios).average().orElseThrow(), 4 * Math.sqrt(0.27 / 400));
    }

    /**
     * Records for five seeds, each with {@code nets} values of r_d/r_0 drawn from a log-normal with mean
     * {@code mean} and second moment {@code secondMoment}·∏(1 + 5/n_j) per architecture.
     */
    private List<RunRecord> records(int nets, double mean, double secondMoment) {
        List<RunRecord> runs = new ArrayList<>();
        for (ActivationLength.Point p : List.of(ActivationLength.CONSTANT, ActivationLength.VARYING)) {
            double m2 = secondMoment * ActivationLength.secondMoment(p.widths(), p.widths().size());
            // log-normal: E = exp(mu + s^2/2), E[X^2] = exp(2 mu + 2 s^2), so s^2 = ln(m2 / mean^2), mu = ln(mean) - s^2/2
            double s2 = Math.log(m2 / (mean * mean));
            double mu = Math.log(mean) - s2 / 2;
            runs.addAll(everySeed((seed, spread) -> {
                SplittableRandom rng = new SplittableRandom(seed * 7919 + p.widths().get(0));
                double[] x = new double[nets];
                double[] y = new double[nets];
                for (int k = 0; k < nets; k++) {
                    x[k] = k;
                    y[k] = Math.exp(mu + Math.sqrt(s2) * gaussian(rng));
                }
                return both(ActivationLength.ID, p.id(), seed, side(Map.of(), Map.of("lengthRatio", new Series(x, y))));
            }));
        }
        return runs;
    }

    private static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    private static Verdict verdict(List<ClaimResult> claims, String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().verdictOf(Implementation.CORE);
    }

    @Test
    void lengthsWithTheTheorysMomentsReproduceBothClaims() {
        List<ClaimResult> claims = experiment.evaluate(records(2000, 1, 1), Profile.QUICK);
        for (ClaimResult c : claims) assertEquals(Verdict.REPRODUCED, c.verdictOf(Implementation.CORE), c.id() + " " + c);
    }

    @Test
    void aShrinkingMeanOrAMissingFourthMomentTermRefutes() {
        assertEquals(Verdict.NOT_REPRODUCED, verdict(experiment.evaluate(records(2000, 0.7, 0.7 * 0.7), Profile.QUICK), "mean-length-preserved"));
        // E[r^2] = r^2 (1 + 1/n) instead of (1 + 5/n): over three layers of 60, (61/60)^3 = 1.0508 against 1.2714, a ratio of 0.83
        assertEquals(Verdict.NOT_REPRODUCED, verdict(experiment.evaluate(records(2000, 1, 0.83), Profile.QUICK), "second-moment-follows-product"));
    }

    @Test
    void fewNetsOfAHeavyTailedLengthAreInconclusive() {
        // 4 nets per seed, 20 per architecture: the second moment's interval is far wider than ±10 %
        List<ClaimResult> claims = experiment.evaluate(records(4, 1, 1), Profile.QUICK);
        assertEquals(Verdict.INCONCLUSIVE, verdict(claims, "second-moment-follows-product"));
    }

    @Test
    void anArchitectureWithoutRunsLeavesBothClaimsInconclusive() {
        List<RunRecord> runs = records(2000, 1, 1);
        runs.removeIf(r -> r.config().config().equals(ActivationLength.VARYING.id()));
        for (ClaimResult c : experiment.evaluate(runs, Profile.QUICK)) assertEquals(Verdict.INCONCLUSIVE, c.verdictOf(Implementation.CORE), c.id());
    }
}
