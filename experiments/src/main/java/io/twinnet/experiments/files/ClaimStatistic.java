package io.twinnet.experiments.files;

import io.twinnet.experiments.lab.Estimate;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.Statistic;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The statistics a file's claims are built from, each rendered as a lab {@link Statistic} (its
 * words and its computation in one place). Values are read per run; the estimate's interval comes
 * from {@link FileIntervals}.
 */
public sealed interface ClaimStatistic {

    /** The lab statistic: the description the report shows and the computation that judges. */
    Statistic<FilePoint> statistic();

    /** Where on a curve {@link Compare} reads: the last point, a step, or the mean over the last fifth (convergence). */
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
            double v = Double.NaN;
            for (int i = 0; i < s.size() && s.x()[i] <= step; i++) v = s.y()[i];
            return v;
        }

        String words() {
            return switch (kind) {
                case "final" -> "at the end of training";
                case "convergence" -> "at convergence (the mean over the last fifth of its checkpoints)";
                default -> "at step " + step;
            };
        }
    }

    /** The median over seeds of {@code metric} in configurations {@code a} minus the same in {@code b}. */
    record Compare(Metric metric, Selector a, Selector b, At at) implements ClaimStatistic {
        @Override
        public Statistic<FilePoint> statistic() {
            return Statistic.of("the median over seeds of " + metric.name() + " " + at.words() + " with " + a.describe()
                    + ", minus the same with " + b.describe() + ":", runs -> FileIntervals.differenceOfMedians(
                    values(runs.where(a)), values(runs.where(b))));
        }

        private double[] values(RunTable<FilePoint> runs) {
            return runs.measured().stream().mapToDouble(r -> at.read(metric, r)).filter(Double::isFinite).toArray();
        }
    }

    /**
     * "Flat": the median over seeds of the least-squares slope of {@code metric} against the step,
     * per 1000 steps, over the last {@code lastFraction} of each run's checkpoints (a statistic that
     * does not grow with the budget, as DESIGN.md's verdict rules require).
     */
    record Flat(Metric metric, Selector where, double lastFraction) implements ClaimStatistic {
        public Flat {
            if (!metric.isCurve()) throw new IllegalArgumentException("metric: 'flat' needs a curve, " + metric.name() + " is a single number");
            if (!(lastFraction > 0 && lastFraction <= 1)) throw new IllegalArgumentException("lastFraction: must be in (0, 1], got " + lastFraction);
        }

        @Override
        public Statistic<FilePoint> statistic() {
            return Statistic.of(String.format(Locale.ROOT, "the median over seeds (%s) of the least-squares slope of %s per 1000 steps over the "
                    + "last %.0f%% of its checkpoints:", where.describe(), metric.name(), 100 * lastFraction),
                    runs -> FileIntervals.median(runs.where(where).measured().stream().mapToDouble(this::slope).filter(Double::isFinite).toArray()));
        }

        double slope(Run<FilePoint> r) {
            Series s = r.get(metric.curve());
            if (s == null || s.size() < 2) return Double.NaN;
            int from = Math.min(s.size() - 2, (int) Math.floor(s.size() * (1 - lastFraction)));
            SimpleRegression reg = new SimpleRegression();
            for (int i = from; i < s.size(); i++) reg.addData(s.x()[i], s.y()[i]);
            return reg.getSlope() * 1000;
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
                    + ") / (" + formula.text() + "):", runs -> FileIntervals.ratioToFormula(runs.where(where), metric::last, formula::at));
        }
    }

    /** The fraction of seeds that fail: diverged, or {@code metric} at the end below (or above) {@code threshold}. */
    record Failing(Metric metric, Selector where, double threshold, boolean failsBelow) implements ClaimStatistic {
        @Override
        public Statistic<FilePoint> statistic() {
            return Statistic.of("the fraction of seeds (" + where.describe() + ") that fail — diverge, or end with " + metric.name()
                    + (failsBelow ? " below " : " above ") + threshold + ":", runs -> {
                List<Run<FilePoint>> measured = runs.where(where).measured();
                long failed = measured.stream().filter(this::fails).count();
                return measured.isEmpty() ? Estimate.none() : FileIntervals.fraction((int) failed, measured.size());
            });
        }

        boolean fails(Run<FilePoint> r) {
            if (r.side().status() == RunStatus.DIVERGED) return true;
            double v = metric.last(r);
            return !Double.isFinite(v) || (failsBelow ? v < threshold : v > threshold);
        }
    }
}
