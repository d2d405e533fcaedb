package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.curve;
import static io.twinnet.experiments.catalog.SyntheticRecords.scalars;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static io.twinnet.experiments.catalog.SyntheticRecords.spread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.catalog.DyingReluGrid.Point;
import io.twinnet.experiments.catalog.DyingReluGrid.Variant;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Synthetic records of {@link DyingReluLr}'s quick grid for the claim tests: seed i trains below its threshold and
 * collapses (with a given dead output fraction) from it on, every fix trains unless a test replaces its runs.
 */
final class DyingReluWorld {
    private DyingReluWorld() {
    }

    static final DeclaredExperiment<Point> EXPERIMENT = new DeclaredExperiment<>(new DyingReluLr());
    static final DyingReluReading PRIMARY = DyingReluGrid.PRIMARY;
    /** The quick grid's six seeds. */
    static final List<Long> SEEDS = List.of(1L, 2L, 3L, 4L, 5L, 6L);
    static final double[] LRS = {0.03, 0.05, 0.08, 0.1, 0.12};
    static final double FIX_LR = 0.12;
    /** A threshold beyond the grid: the seed trains at every rate. */
    static final double NEVER = Double.POSITIVE_INFINITY;

    static SideRecord trained(long seed) {
        return side(scalars("finalDeadOutputFraction", 0.0), Map.of("evalAccuracy", curve(0.1, 0.8, 0.9, 0.92 - 0.01 * spread(seed))));
    }

    static SideRecord collapsed(long seed, double deadAtEnd) {
        return side(scalars("finalDeadOutputFraction", deadAtEnd), Map.of("evalAccuracy", curve(0.1, 0.8, 0.4, 0.2 + 0.05 * spread(seed))));
    }

    static Point point(Variant v, double lr) {
        return new Point(v, PRIMARY.loss(), PRIMARY.init(), lr, DyingReluGrid.ASKER_WIDTH);
    }

    static RunRecord record(Point p, long seed, SideRecord s) {
        return both("dying-relu-lr", p.id(), seed, s);
    }

    static RunRecord plain(double lr, long seed, SideRecord s) {
        return record(point(Variant.PLAIN, lr), seed, s);
    }

    static RunRecord fix(DyingReluFix fix, long seed, SideRecord s) {
        return record(fix.at(FIX_LR), seed, s);
    }

    /**
     * The primary reading's quick grid for six seeds, seed i failing (with a dead output fraction of
     * {@code dead}) at every rate from {@code thresholds[i]} on and training below it; every fix trains at 0.12.
     */
    static List<RunRecord> world(double dead, double... thresholds) {
        assertEquals(SEEDS.size(), thresholds.length);
        List<RunRecord> runs = new ArrayList<>();
        for (long seed : SEEDS) {
            for (double lr : LRS) {
                runs.add(plain(lr, seed, lr >= thresholds[(int) seed - 1] ? collapsed(seed, dead) : trained(seed)));
            }
            for (DyingReluFix f : DyingReluFix.values()) runs.add(fix(f, seed, trained(seed)));
        }
        return runs;
    }

    /** Every seed trains at 0.03 and 0.05 and collapses, with dead outputs, from 0.08 on; every fix trains. */
    static List<RunRecord> askersWorld() {
        return world(0.5, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08);
    }

    /** The asker's world, plus the plain primary grid at the other scanned widths, seed i failing from {@code thresholds.get(w)[i]}. */
    static List<RunRecord> widthWorld(Map<Integer, double[]> thresholds) {
        List<RunRecord> runs = new ArrayList<>(askersWorld());
        thresholds.forEach((w, t) -> {
            for (long seed : SEEDS) {
                for (double lr : LRS) {
                    Point p = new Point(Variant.PLAIN, PRIMARY.loss(), PRIMARY.init(), lr, w);
                    runs.removeIf(r -> r.config().config().equals(p.id()) && r.config().seed() == seed);
                    runs.add(record(p, seed, lr >= t[(int) seed - 1] ? collapsed(seed, 0.5) : trained(seed)));
                }
            }
        });
        return runs;
    }

    static Map<String, ClaimResult> evaluate(List<RunRecord> runs) {
        return evaluate(runs, Profile.QUICK);
    }

    static Map<String, ClaimResult> evaluate(List<RunRecord> runs, Profile profile) {
        Map<String, ClaimResult> m = new LinkedHashMap<>();
        for (ClaimResult r : EXPERIMENT.evaluate(runs, profile)) {
            assertTrue(r.agree(), r.id());
            m.put(r.id(), r);
        }
        return m;
    }

    static Verdict verdict(List<RunRecord> runs, String claim) {
        return evaluate(runs).get(claim).verdictOf(Implementation.CORE);
    }

    static String evidence(List<RunRecord> runs, String claim) {
        return evaluate(runs).get(claim).evidence().get(Implementation.CORE);
    }
}
