package io.twinnet.experiments.catalog;

import io.twinnet.experiments.catalog.WidthMinima.Point;
import io.twinnet.experiments.catalog.WidthMinima.Schedule;
import io.twinnet.experiments.lab.ConvergencePoint;
import io.twinnet.experiments.lab.Judgement;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Rule;
import io.twinnet.experiments.lab.Rules;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.Statistic;
import io.twinnet.experiments.lab.Stats;
import io.twinnet.experiments.lab.Summaries;
import io.twinnet.experiments.lab.TrainingLog;
import io.twinnet.experiments.lab.Verdict;
import io.twinnet.experiments.lab.stats.Bootstrap;
import io.twinnet.experiments.lab.stats.Estimate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * What {@link WidthMinima}'s claims compute, per schedule: the ratio widest / narrowest width of a dispersion over
 * seeds of the final training loss (std, or the coefficient of variation std / mean) at the middle rate, and of the
 * relative range over learning rates of the per-rate median. Intervals: the lab's seeded bootstrap, stratified by point.
 */
final class WidthMinimaStatistics {
    private WidthMinimaStatistics() {
    }

    /**
     * The annealed reading's convergence point, fixed before its first judged run: the training loss (on the whole training
     * subset) changed by less than 1 % of its final value over the last 10 % of the steps.
     */
    static final ConvergencePoint CONVERGENCE = new ConvergencePoint(0.1, 0.01);
    static final Scalar LAST_TENTH_CHANGE = Scalar.of("lastTenthLossChange",
            "|L(T) - L(0.9 T)| / L(T) of the training loss over the last 10 % of the steps");
    static final Scalar CONVERGED = Scalar.of("converged", "1 when the run reached the convergence point (" + CONVERGENCE.describe() + "), else 0");

    /** A finished annealed run's change over the last tenth and whether it reached the convergence point. */
    static void recordConvergence(TrainingLog log, Measurements into) {
        Series loss = log.series().get(Metrics.EVAL_LOSS.name());
        into.put(LAST_TENTH_CHANGE, CONVERGENCE.relativeChange(loss)).put(CONVERGED, CONVERGENCE.reached(loss) ? 1 : 0);
    }

    /**
     * {@code rule}, judged only when every measured run it reads reached {@link #CONVERGENCE} (a diverged run has not):
     * otherwise inconclusive, the evidence giving how many did. The estimate is always the rule's own (its statistic and
     * interval, shown as what the unconverged losses give), never the converged fraction, which would read as a value of
     * the ratio. {@code reads} names the runs, e.g. "the annealed runs at the middle rate, narrowest and widest width".
     */
    static Rule<Point> atConvergence(Schedule schedule, boolean middleRateOnly, String reads, Rule<Point> rule) {
        return Rules.custom("judged only when every run it reads (" + reads + ") reached the convergence point, " + CONVERGENCE.describe()
                + " (otherwise inconclusive, with the count of runs that did); then " + rule.text(), runs -> {
                    RunTable<Point> read = extremeWidths(runs.where(p -> p.schedule() == schedule
                            && (!middleRateOnly || p.lr() == WidthMinima.QUICK.middleLr())));
                    int n = read.measured().size();
                    if (n == 0) return Judgement.inconclusive("no finished run to compute it from");
                    long k = read.measured().stream().filter(r -> r.get(CONVERGED) == 1).count();
                    Judgement j = rule.judge(runs);
                    if (k < n) {
                        double[] change = read.values(LAST_TENTH_CHANGE);
                        return new Judgement(Verdict.INCONCLUSIVE, k + " of " + n + " runs reached the convergence point (their change over "
                                + "the last tenth of the steps: " + percentRange(change) + "): the final losses are still moving in "
                                + "this budget, so they are not judged; unjudged, they give " + j.evidence(), j.estimate(),
                                "a budget in which every run it reads converges");
                    }
                    return new Judgement(j.verdict(), "all " + n + " runs reached the convergence point; " + j.evidence(), j.estimate(), j.toDecide());
                });
    }

    /** "1.4–3.5 %": the least and largest finite value in percent (a diverged run has none); "not recorded" when none is finite. */
    static String percentRange(double[] fractions) {
        double[] v = Arrays.stream(fractions).filter(Double::isFinite).toArray();
        if (v.length == 0) return "not recorded";
        return String.format(Locale.ROOT, "%.2g–%.2g %%", 100 * Arrays.stream(v).min().getAsDouble(), 100 * Arrays.stream(v).max().getAsDouble());
    }

    /** The runs at the narrowest and the widest width of {@code runs}: the two the ratios compare. */
    private static RunTable<Point> extremeWidths(RunTable<Point> runs) {
        int narrow = runs.points().stream().mapToInt(Point::width).min().orElse(0);
        int wide = runs.points().stream().mapToInt(Point::width).max().orElse(0);
        return runs.where(p -> p.width() == narrow || p.width() == wide);
    }

    /** The final training loss of the finished runs of one point (a diverged run has none). */
    private static double[] finalLosses(RunTable<Point> runs, Point p) {
        return runs.at(p).finished().stream().mapToDouble(r -> r.get(Metrics.FINAL_EVAL_LOSS)).filter(Double::isFinite).toArray();
    }

    /** Coefficient of variation: the population std over seeds divided by the mean. */
    static double cv(double[] losses) {
        return Stats.std(losses) / Stats.mean(losses);
    }

    /**
     * At the middle learning rate under {@code schedule}, {@code dispersion} of the final training losses over seeds at the
     * widest width the runs hold divided by that at the narrowest, with a bootstrap interval stratified by width.
     */
    static Statistic<Point> spreadRatio(Schedule schedule, String dispersion, ToDoubleFunction<double[]> of) {
        String reading = schedule == Schedule.CONSTANT ? "" : " (" + schedule.label() + " reading)";
        return Statistic.of("at the middle learning rate" + reading + ", the " + dispersion + " over seeds of the final training loss "
                + "at the widest width divided by that at the narrowest:", runs -> {
                    RunTable<Point> read = runs.where(p -> p.schedule() == schedule);
                    int narrow = read.points().stream().mapToInt(Point::width).min().orElse(0);
                    int wide = read.points().stream().mapToInt(Point::width).max().orElse(0);
                    double[] n = finalLosses(read, new Point(narrow, WidthMinima.QUICK.middleLr(), schedule));
                    double[] w = finalLosses(read, new Point(wide, WidthMinima.QUICK.middleLr(), schedule));
                    if (n.length < 2 || w.length < 2) return Estimate.none();
                    return Bootstrap.seeded(RunTable.BOOTSTRAP_SEED).estimate(List.of(n, w), g -> of.applyAsDouble(g.get(1)) / of.applyAsDouble(g.get(0)));
                });
    }

    /** (max − min) / mean over learning rates of the per-rate median final training loss at one width. */
    private static double relativeRange(RunTable<Point> runs, int width) {
        double[] medians = runs.where(p -> p.width() == width).byPoint().values().stream()
                .mapToDouble(t -> Summaries.median(t.finished().stream().mapToDouble(r -> r.get(Metrics.FINAL_EVAL_LOSS)).toArray()))
                .toArray();
        if (medians.length < 2 || !Stats.allFinite(medians)) return Double.NaN;
        return (Arrays.stream(medians).max().getAsDouble() - Arrays.stream(medians).min().getAsDouble()) / Stats.mean(medians);
    }

    static Statistic<Point> sensitivityRatio(Schedule schedule) {
        String reading = schedule == Schedule.CONSTANT ? "" : " (" + schedule.label() + " reading; the quick grid runs it at the middle "
                + "rate only, so only the full profile can decide)";
        return Statistic.of("the relative range over learning rates" + reading + ", (max - min) / mean, of the median final training "
                + "loss at the widest width divided by that at the narrowest:", runs -> {
                    RunTable<Point> read = runs.where(p -> p.schedule() == schedule);
                    int narrow = read.points().stream().mapToInt(Point::width).min().orElse(0);
                    int wide = read.points().stream().mapToInt(Point::width).max().orElse(0);
                    return read.bootstrap(t -> relativeRange(t, wide) / relativeRange(t, narrow));
                });
    }
}
