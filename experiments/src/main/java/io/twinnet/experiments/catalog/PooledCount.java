package io.twinnet.experiments.catalog;

import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.stats.ClopperPearson;
import io.twinnet.experiments.lab.stats.Estimate;
import java.util.Locale;

/**
 * A count of events over Bernoulli trials (nets drawn or trained), pooled over the measured runs of one grid point:
 * each run contributes its {@code trials} scalar and its {@code events} scalar; runs lacking either are skipped.
 *
 * @param events how many of the trials had the event
 * @param trials how many trials
 */
record PooledCount(int events, int trials) {
    PooledCount {
        if (trials < 0 || events < 0 || events > trials) throw new IllegalArgumentException("count: need 0 ≤ events ≤ trials, got " + events + " of " + trials);
    }

    static <P extends GridPoint> PooledCount of(RunTable<P> runs, P point, Scalar trialsKey, Scalar eventsKey) {
        int events = 0;
        int trials = 0;
        for (Run<P> r : runs.at(point).measured()) {
            double n = r.get(trialsKey);
            double k = r.get(eventsKey);
            if (!Double.isFinite(n) || !Double.isFinite(k)) continue;
            trials += (int) n;
            events += (int) k;
        }
        return new PooledCount(events, trials);
    }

    PooledCount plus(PooledCount other) {
        return new PooledCount(events + other.events, trials + other.trials);
    }

    /** The fraction with its 95 % Clopper–Pearson interval. */
    Estimate fraction() {
        return ClopperPearson.fraction(events, trials);
    }

    /** "k/n = f [lo, hi]". */
    String text() {
        Estimate f = fraction();
        return String.format(Locale.ROOT, "%d/%d = %.3f [%.3f, %.3f]", events, trials, f.value(), f.lower(), f.upper());
    }
}
