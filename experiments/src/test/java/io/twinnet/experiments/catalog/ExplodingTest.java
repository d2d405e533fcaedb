package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.curve;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static io.twinnet.experiments.catalog.SyntheticRecords.spread;
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
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.TrialRunner;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplodingTest {
    private final DeclaredExperiment<Exploding.Point> experiment = new DeclaredExperiment<>(new Exploding());

    @ParameterizedTest
    @CsvSource({
            // c = 1 (Xavier with equal widths): halves per layer, 2^-20 = 1 / 1,048,576 after 20 layers
            "1, 20, 9.5367431640625e-7",
            // He keeps it
            "2, 50, 1",
            // c = 4 doubles per layer: 2^10 = 1024
            "4, 10, 1024",
            // c = 32: 16 per layer, 16^10 = 2^40
            "32, 10, 1099511627776"})
    void meanSquareRatioMatchesHandComputedPowers(double c, int layers, double expected) {
        assertEquals(expected, Exploding.meanSquareRatio(c, layers), expected * 1e-12);
    }

    @Test
    void theFittedSlopeOfAnExactPowerIsItsLog2() {
        assertEquals(-1, Exploding.log2Slope(curve(1, 0.5, 0.25, 0.125)), 1e-12);
        assertEquals(3, Exploding.log2Slope(curve(1, 8, 64)), 1e-12);
    }

    @Test
    void atInitialisationBothSidesGrowByAboutLog2OfCOverTwoPerLayer() {
        Exploding.Sizes small = new Exploding.Sizes(128, 8, 16, 3, 8, 0.01, 5, 1);
        for (Exploding.Point p : List.of(Exploding.C1, Exploding.C4)) {
            RunConfig config = experiment.configurations(Profile.QUICK, 1).stream().filter(c -> c.config().equals(p.id())).findFirst().orElseThrow();
            RunRecord r = TrialRunner.run(config, RunSeeds.of(1), new Exploding().trial(p, RunSeeds.of(1), small), EnumSet.allOf(Implementation.class));
            for (Implementation impl : Implementation.values()) {
                SideRecord s = r.side(impl);
                assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
                assertEquals(8, s.seriesOrNull("meanSquareRatio").size());
                // one net of width 128: its fitted slope lies within 0.3 of log2(c/2) (a scatter of about 0.1)
                assertEquals(Math.log(p.c() / 2) / Math.log(2), s.scalar("log2GrowthPerLayer"), 0.3, impl + " " + p.id());
            }
        }
    }

    @Test
    void aFarTooLargeInitIsReportedDivergedWithinAFewStepsWhereHeTrains() {
        Exploding.Sizes s = Exploding.sizes(Profile.QUICK);
        for (Exploding.Point p : List.of(Exploding.TRAIN_LARGE, Exploding.TRAIN_HE)) {
            RunConfig config = experiment.configurations(Profile.QUICK, 1).stream().filter(c -> c.config().equals(p.id())).findFirst().orElseThrow();
            RunRecord r = TrialRunner.run(config, RunSeeds.of(1), new Exploding().trial(p, RunSeeds.of(1), s), EnumSet.of(Implementation.CORE));
            SideRecord side = r.side(Implementation.CORE);
            if (p.equals(Exploding.TRAIN_HE)) {
                assertEquals(RunStatus.FINISHED, side.status());
            } else {
                assertEquals(RunStatus.DIVERGED, side.status());
                assertTrue(side.divergedAtStep() >= 0 && side.divergedAtStep() <= Exploding.FEW_STEPS, "step " + side.divergedAtStep());
            }
        }
    }

    /** As {@link #records(double, long, int)} with eight seeds (six or more are needed for a fraction of 1 to clear 0.5). */
    private List<RunRecord> records(double offset, long largeStep) {
        return records(offset, largeStep, 8);
    }

    /**
     * Records for {@code seeds} seeds: at init, slopes log2(c/2) + offset + 0.05·spread; trained, the large init
     * diverged at {@code largeStep} (or finished when negative) and He finished.
     */
    private List<RunRecord> records(double offset, long largeStep, int seeds) {
        List<RunRecord> runs = new ArrayList<>();
        for (Exploding.Point p : experiment.declaration().grid(Profile.QUICK)) {
            runs.addAll(LongStream.rangeClosed(1, seeds).mapToObj(seed -> {
                double spread = spread(seed);
                if (!p.trained()) {
                    double slope = Math.log(p.c() / 2) / Math.log(2) + offset + 0.05 * spread;
                    return both(Exploding.ID, p.id(), seed, side(scalars("log2GrowthPerLayer", slope), Map.of()));
                }
                boolean diverges = p.equals(Exploding.TRAIN_LARGE) && largeStep >= 0;
                SideRecord s = new SideRecord(diverges ? RunStatus.DIVERGED : RunStatus.FINISHED, diverges ? largeStep : -1, null, Map.of(), Map.of(), 0.1);
                return both(Exploding.ID, p.id(), seed, s);
            }).toList());
        }
        return runs;
    }

    private static Verdict verdict(List<ClaimResult> claims, String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().verdictOf(Implementation.CORE);
    }

    @Test
    void slopesOnTheTheoryAndAnEarlyDivergenceReproduceBothClaims() {
        List<ClaimResult> claims = experiment.evaluate(records(0, 2), Profile.QUICK);
        for (ClaimResult c : claims) assertEquals(Verdict.REPRODUCED, c.verdictOf(Implementation.CORE), c.id());
    }

    @Test
    void slopesOffByHalfALayerRefuteAndOnTheToleranceAreInconclusive() {
        assertEquals(Verdict.NOT_REPRODUCED, verdict(experiment.evaluate(records(0.5, 2), Profile.QUICK), "signal-grows-as-c-over-2-per-layer"));
        assertEquals(Verdict.INCONCLUSIVE, verdict(experiment.evaluate(records(Exploding.GROWTH_TOLERANCE, 2), Profile.QUICK),
                "signal-grows-as-c-over-2-per-layer"));
    }

    @Test
    void aLateOrMissingDivergenceRefutesTheDivergenceClaim() {
        assertEquals(Verdict.NOT_REPRODUCED, verdict(experiment.evaluate(records(0, Exploding.FEW_STEPS + 5), Profile.QUICK),
                "too-large-init-diverges-within-few-steps"));
        assertEquals(Verdict.NOT_REPRODUCED, verdict(experiment.evaluate(records(0, -1), Profile.QUICK), "too-large-init-diverges-within-few-steps"));
    }

    @Test
    void fiveSeedsAllDivergingAreNotYetEnoughForTheClopperPearsonBound() {
        // 5 of 5: the interval [0.48, 1] reaches below one half; the quick profile runs 6 seeds for this reason
        List<ClaimResult> claims = experiment.evaluate(records(0, 2, 5), Profile.QUICK);
        assertEquals(Verdict.INCONCLUSIVE, verdict(claims, "too-large-init-diverges-within-few-steps"));
    }
}
