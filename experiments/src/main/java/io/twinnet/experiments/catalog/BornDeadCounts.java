package io.twinnet.experiments.catalog;

import io.twinnet.dl4j.inits.HolmBonferroni;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.stats.ClopperPearson;
import io.twinnet.experiments.lab.stats.Estimate;
import io.twinnet.experiments.lab.stats.NewcombeDifference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The statistics of {@link BornDead}: each cell's counts pooled over its measured seeds (every net
 * drawn is one Bernoulli trial), its exact binomial interval, and the family of cells judged with
 * Holm's correction ({@link HolmBonferroni}).
 */
final class BornDeadCounts {
    /** The family-wise level of the per-cell tests. */
    static final double FAMILY_ALPHA = 0.05;

    private BornDeadCounts() {
    }

    /** One cell's pooled count of {@code key} out of its nets drawn. */
    record Cell(BornDead.Point point, int dead, int draws) {
        double formula() {
            return BornDead.bornDeadAtX(point.width(), point.hidden());
        }

        /**
         * The exact two-sided p-value of "P = formula" for {@code dead} of {@code draws}: twice the
         * smaller binomial tail, capped at 1. The formula lies outside the Clopper–Pearson interval
         * at level 1 − a exactly when this is at most a.
         */
        double pValue() {
            BinomialDistribution b = new BinomialDistribution(null, draws, formula());
            double lower = b.cumulativeProbability(dead);
            double upper = 1 - b.cumulativeProbability(dead - 1);
            return Math.min(1, 2 * Math.min(lower, upper));
        }

        Estimate fraction() {
            return ClopperPearson.fraction(dead, draws);
        }
    }

    /** The pooled cell of {@code point} for {@code key}; zero draws when it has no measured run. */
    static Cell cell(RunTable<BornDead.Point> runs, BornDead.Point point, Scalar key) {
        PooledCount c = PooledCount.of(runs, point, BornDead.DRAWS, key);
        return new Cell(point, c.events(), c.trials());
    }

    /** Every He grid point of {@code runs} pooled for {@link BornDead#DEAD_AT_X}; empty when some point has no draws. */
    static List<Cell> cellsAtX(RunTable<BornDead.Point> runs) {
        List<Cell> out = new ArrayList<>();
        for (BornDead.Point p : runs.points()) {
            if (p.init() != NarrowInit.HE) continue;
            Cell c = cell(runs, p, BornDead.DEAD_AT_X);
            if (c.draws == 0) return List.of();
            out.add(c);
        }
        return out;
    }

    /** The largest half-width of the cells' 95 % Clopper–Pearson intervals: how precisely the runs can tell. */
    static Estimate widestHalfWidth(RunTable<BornDead.Point> runs) {
        List<Cell> cells = cellsAtX(runs);
        if (cells.size() < BornDead.WIDTHS.size() * BornDead.DEPTHS.size()) return Estimate.none();
        double widest = 0;
        int least = Integer.MAX_VALUE;
        for (Cell c : cells) {
            Estimate f = c.fraction();
            widest = Math.max(widest, (f.upper() - f.lower()) / 2);
            least = Math.min(least, c.draws);
        }
        return Estimate.exact(widest, least, "the widest cell's interval, at least " + least + " nets per cell");
    }

    /** How many cells Holm's procedure rejects, with every cell's fraction, interval and formula in the method text. */
    static Estimate holmRejections(RunTable<BornDead.Point> runs) {
        List<Cell> cells = cellsAtX(runs);
        if (cells.size() < BornDead.WIDTHS.size() * BornDead.DEPTHS.size()) return Estimate.none();
        double[] p = cells.stream().mapToDouble(Cell::pValue).toArray();
        HolmBonferroni holm = HolmBonferroni.of(FAMILY_ALPHA, p);
        StringBuilder cellsText = new StringBuilder();
        int least = Integer.MAX_VALUE;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            Estimate f = c.fraction();
            least = Math.min(least, c.draws);
            cellsText.append(String.format(Locale.ROOT, "%s%s %d/%d = %.3f [%.3f, %.3f] vs %.4f%s", i == 0 ? "" : "; ", c.point.id(), c.dead,
                    c.draws, f.value(), f.lower(), f.upper(), c.formula(), holm.rejected().get(i) ? " (rejected)" : ""));
        }
        return Estimate.exact(holm.rejections(), least, "Holm over " + cells.size() + " cells at " + FAMILY_ALPHA + ": " + cellsText);
    }

    /**
     * RAI's fraction born dead at x less He's, each pooled over the widths {@link BornDead#RAI_WIDTHS} at
     * {@link BornDead#RAI_DEPTH} hidden layers and the seeds, with Newcombe's interval; none unless every such cell
     * was measured on both inits.
     */
    static Estimate raiMinusHe(RunTable<BornDead.Point> runs) {
        PooledCount rai = new PooledCount(0, 0);
        PooledCount he = new PooledCount(0, 0);
        StringBuilder text = new StringBuilder();
        for (int n : BornDead.RAI_WIDTHS) {
            PooledCount r = PooledCount.of(runs, new BornDead.Point(n, BornDead.RAI_DEPTH, NarrowInit.RAI), BornDead.DRAWS, BornDead.DEAD_AT_X);
            PooledCount h = PooledCount.of(runs, new BornDead.Point(n, BornDead.RAI_DEPTH), BornDead.DRAWS, BornDead.DEAD_AT_X);
            if (r.trials() == 0 || h.trials() == 0) return Estimate.none();
            rai = rai.plus(r);
            he = he.plus(h);
            text.append("; N = ").append(n).append(": rai ").append(r.text()).append(", he ").append(h.text());
        }
        Estimate d = NewcombeDifference.of(rai.events(), rai.trials(), he.events(), he.trials());
        return new Estimate(d.value(), d.lower(), d.upper(), d.seeds(), d.method() + text);
    }

    /** The 95 % Clopper–Pearson interval of {@code key}'s pooled fraction at {@code point}, shifted by the formula at x. */
    static Estimate excessOverFormula(RunTable<BornDead.Point> runs, BornDead.Point point, Scalar key) {
        Cell c = cell(runs, point, key);
        if (c.draws == 0) return Estimate.none();
        Estimate f = c.fraction();
        double ref = c.formula();
        return new Estimate(f.value() - ref, f.lower() - ref, f.upper() - ref, f.seeds(),
                String.format(Locale.ROOT, "%s; %d/%d against %.4f", f.method(), c.dead, c.draws, ref));
    }
}
