package io.twinnet.experiments.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.twinnet.experiments.lab.DeadUnitProbe;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;

/**
 * How a run of a threshold grid ended: trained, or one of the ways it failed. The one place that
 * classifies (seed 004's learning curves "rise, then give up"; the verdicts issue asks that diverged,
 * collapsed and dead runs be told apart). With a the final and p the peak test accuracy:
 * <ol>
 *   <li>{@link #DIVERGED}: the loss became non-finite (the runner marks the side);</li>
 *   <li>{@link #TRAINED}: a ≥ {@value CollapseThreshold#TRAINED_ACCURACY} and a &gt; p − {@value CollapseThreshold#COLLAPSE_DROP}
 *       (a run with a dead output unit that still passes both counts as trained);</li>
 *   <li>{@link #DEAD}: failed, with at least one output unit zero on every probe image at the end
 *       ({@link DeadUnitProbe#FINAL_DEAD_OUTPUT} &gt; 0);</li>
 *   <li>{@link #NEVER_TRAINED}: failed, no dead output, p &lt; {@value CollapseThreshold#TRAINED_ACCURACY} (or no accuracy recorded);</li>
 *   <li>{@link #COLLAPSED}: failed, no dead output, a ≤ p − {@value CollapseThreshold#COLLAPSE_DROP};</li>
 *   <li>{@link #ENDED_LOW}: the rest of the failures: p ≥ 0.5 and a &lt; 0.5 with less than a
 *       {@value CollapseThreshold#COLLAPSE_DROP} drop and no dead output.</li>
 * </ol>
 * The first that applies is the run's kind, so every run has exactly one.
 */
enum FailureKind {
    TRAINED("trained"), DIVERGED("diverged"), DEAD("dead"), NEVER_TRAINED("never trained"), COLLAPSED("collapsed"), ENDED_LOW("ended low");

    @JsonValue
    final String label;

    FailureKind(String label) {
        this.label = label;
    }

    /** True for every kind but {@link #TRAINED}. */
    boolean failed() {
        return this != TRAINED;
    }

    /** The kind of one measured side. */
    static FailureKind of(SideRecord s) {
        if (s.status() == RunStatus.DIVERGED) return DIVERGED;
        Series acc = s.get(Metrics.EVAL_ACCURACY);
        double last = acc == null || acc.size() == 0 ? Double.NaN : acc.last();
        double peak = acc == null || acc.size() == 0 ? Double.NaN : acc.max();
        boolean collapsed = last <= peak - CollapseThreshold.COLLAPSE_DROP;
        if (last >= CollapseThreshold.TRAINED_ACCURACY && !collapsed) return TRAINED;
        if (s.get(DeadUnitProbe.FINAL_DEAD_OUTPUT) > 0) return DEAD;
        if (!(peak >= CollapseThreshold.TRAINED_ACCURACY)) return NEVER_TRAINED;
        return collapsed ? COLLAPSED : ENDED_LOW;
    }
}
