package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.NarrowCollapse.ALIVE_LOSS;
import static io.twinnet.experiments.catalog.NarrowCollapse.COLLAPSED;
import static io.twinnet.experiments.catalog.NarrowCollapse.EXACTLY_CONSTANT;
import static io.twinnet.experiments.catalog.NarrowCollapse.NETS;

import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.stats.Medians;
import java.util.Arrays;
import java.util.Locale;
import io.twinnet.experiments.lab.stats.Estimate;
import io.twinnet.experiments.lab.stats.NewcombeDifference;

/** The statistics of {@link NarrowCollapse}: collapse counts pooled over seeds (every net trained is one Bernoulli trial). */
final class NarrowCollapseCounts {
    private NarrowCollapseCounts() {
    }

    /**
     * Every cell's pooled collapse fraction, how many of those nets are exactly constant, and the median over seeds of the
     * final training MSE of the nets that did not collapse (whether the budget let them fit |x|), He and RAI side by side.
     */
    static String cellsText(RunTable<NarrowCollapse.Point> runs) {
        StringBuilder b = new StringBuilder();
        for (NarrowCollapse.Point p : runs.points()) {
            double[] alive = Arrays.stream(runs.at(p).values(ALIVE_LOSS)).filter(Double::isFinite).toArray();
            b.append(b.length() == 0 ? "" : "; ").append(p.id()).append(' ').append(PooledCount.of(runs, p, NETS, COLLAPSED).text())
                    .append(", exactly constant ").append(PooledCount.of(runs, p, NETS, EXACTLY_CONSTANT).events())
                    .append(", final MSE of the others ").append(alive.length == 0 ? "none" : String.format(Locale.ROOT, "%.2g", Medians.of(alive)));
        }
        return b.toString();
    }

    /** He's collapse fraction at {@link NarrowCollapse#HE_CELL}, pooled over seeds, with its Clopper–Pearson interval. */
    static Estimate heCollapse(RunTable<NarrowCollapse.Point> runs) {
        PooledCount c = PooledCount.of(runs, NarrowCollapse.HE_CELL, NETS, COLLAPSED);
        if (c.trials() == 0) return Estimate.none();
        Estimate f = c.fraction();
        return new Estimate(f.value(), f.lower(), f.upper(), f.seeds(), f.method() + "; " + cellsText(runs));
    }

    /** RAI's collapse fraction less He's, each pooled over every cell of its init present in {@code runs} and the seeds. */
    static Estimate raiMinusHe(RunTable<NarrowCollapse.Point> runs) {
        PooledCount rai = new PooledCount(0, 0);
        PooledCount he = new PooledCount(0, 0);
        for (NarrowCollapse.Point p : runs.points()) {
            NarrowCollapse.Point twin = new NarrowCollapse.Point(p.width(), p.hidden(), p.init() == NarrowInit.HE ? NarrowInit.RAI : NarrowInit.HE);
            PooledCount c = PooledCount.of(runs, p, NETS, COLLAPSED);
            if (c.trials() == 0 || PooledCount.of(runs, twin, NETS, COLLAPSED).trials() == 0) return Estimate.none();
            if (p.init() == NarrowInit.RAI) rai = rai.plus(c);
            else he = he.plus(c);
        }
        Estimate d = NewcombeDifference.of(rai.events(), rai.trials(), he.events(), he.trials());
        return new Estimate(d.value(), d.lower(), d.upper(), d.seeds(), d.method() + "; " + cellsText(runs));
    }
}
