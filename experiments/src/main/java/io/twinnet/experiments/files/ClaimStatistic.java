package io.twinnet.experiments.files;

import io.twinnet.experiments.lab.CurveShape;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.Statistic;
import io.twinnet.experiments.lab.Summaries;
import io.twinnet.experiments.lab.stats.Medians;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The statistics a file's claims are built from, each rendered as a lab {@link Statistic} (its
 * words and its computation in one place), each with the lab's 95 % interval: a seeded bootstrap
 * over seeds, stratified by configuration ({@link RunTable#estimateWhere}, {@link RunTable#medianEstimate},
 * {@link RunTable#bootstrap}), or the exact Clopper–Pearson interval for a fraction of seeds
 * ({@link RunTable#fraction}). A decision then needs the whole interval on one side.
 */
public sealed interface ClaimStatistic {

    /** The lab statistic: the description the report shows and the computation that judges. */
    Statistic<FilePoint> statistic();

    /** Where on a curve {@link Compare} reads: the last point, the first checkpoint at or after a step, or the mean over the last fifth (convergence). */
    record At(String kind, long step) {
        public static final At FINAL = new At("final", -1);
        public static final At CONVERGENCE = new At("convergence", -1);

        public static At step(long step) {
            if (step < 0) throw new IllegalArgumentException("at: a step must not be negative, got " + step);
            return new At("step", step);
        }

        double read(Metric m, Run<FilePoint> r) {
            if (this.equals(FINAL) || !m.isCurve()) return m.last(r);
            Series s = r.get(m.curve());
            if (s == null || s.size() == 0) return Double.NaN;
            if (this.equals(CONVERGENCE)) {
                int from = (int) Math.floor(s.size() * 0.8);
                return Arrays.stream(s.y(), Math.min(from, s.size() - 1), s.size()).average().orElse(Double.NaN);
            }
            return CurveShape.at(s, step);
        }

        String words() {
            return switch (kind) {
                case "final" -> "at the end of training";
                case "convergence" -> "at convergence (the mean over the last fifth of its checkpoints)";
                default -> "at the first checkpoint at or after step " + step;
            };
        }
    }

    /** The median over seeds of {@code metric} in configurations {@code a} minus the same in {@code b}. */
    record Compare(Metric metric, Selector a, Selector b, At at) implements ClaimStatistic {
        @Override
        public Statistic<FilePoint> statistic() {
            return Statistic.of("the median over seeds of " + metric.name() + " " + at.words() + " with " + a.describe()
                    + ", minus the same with " + b.describe() + ":", runs -> runs.estimateWhere(List.of(a, b), r -> at.read(metric, r),
                    strata -> Medians.difference(strata.stream().map(Summaries::finite).toList())));
        }
    }

    /**
     * "Flat": the median over seeds of the relative slope of {@code metric} per 1000 steps over the
     * last {@code lastFraction} of each run, 1000·b/ȳ ({@link CurveShape#relativeSlopePer1000Steps},
     * the catalog's own reading: a statistic that does not grow with the budget, as DESIGN.md's
     * verdict rules require; 0 for a run whose curve ended non-finite; the catalog calls a loss flat
     * under 1 % of its level per 1000 steps).
     */
    record Flat(Metric metric, Selector where, double lastFraction) implements ClaimStatistic {
        public Flat {
            if (!metric.isCurve()) throw new IllegalArgumentException("metric: 'flat' needs a curve, " + metric.name() + " is a single number");
            if (!(lastFraction > 0 && lastFraction <= 1)) throw new IllegalArgumentException("lastFraction: must be in (0, 1], got " + lastFraction);
        }

        @Override
        public Statistic<FilePoint> statistic() {
            return Statistic.of(String.format(Locale.ROOT, "the median over seeds (%s) of the relative slope of %s per 1000 steps (the "
                    + "least-squares slope over the last %.0f%% of the run, divided by the curve's mean there; 0 for a run whose curve ended non-finite, which made no progress):", where.describe(),
                    metric.name(), 100 * lastFraction), runs -> runs.where(where).medianEstimate(r -> CurveShape.relativeSlopePer1000Steps(
                    r.get(metric.curve()), lastFraction)));
        }
    }

    /**
     * A metric against a formula: over the configurations {@code where}, the median of each
     * configuration's median-over-seeds of {@code metric} divided by {@code formula} at that
     * configuration (1 when the formula holds exactly).
     */
    record AgainstFormula(Metric metric, Selector where, Formula formula) implements ClaimStatistic {
        @Override
        public Statistic<FilePoint> statistic() {
            return Statistic.of("over the configurations with " + where.describe() + ", the median of (median over seeds of " + metric.name()
                    + ") / (" + formula.text() + "):", runs -> runs.where(where).bootstrap(t -> ratio(t)));
        }

        private double ratio(RunTable<FilePoint> runs) {
            return Summaries.median(runs.byPoint().entrySet().stream()
                    .mapToDouble(e -> Summaries.median(e.getValue().values(metric::last)) / formula.at(e.getKey())).toArray());
        }
    }

    /** The fraction of seeds that fail: diverged, or {@code metric} at the end below (or above) {@code threshold}. */
    record Failing(Metric metric, Selector where, double threshold, boolean failsBelow) implements ClaimStatistic {
        @Override
        public Statistic<FilePoint> statistic() {
            return Statistic.of("the fraction of seeds (" + where.describe() + ") that fail — diverge, or end with " + metric.name()
                    + (failsBelow ? " below " : " above ") + threshold + ":", runs -> runs.where(where).fraction(this::fails));
        }

        boolean fails(Run<FilePoint> r) {
            if (r.side().status() == RunStatus.DIVERGED) return true;
            double v = metric.last(r);
            return !Double.isFinite(v) || (failsBelow ? v < threshold : v > threshold);
        }
    }
}
