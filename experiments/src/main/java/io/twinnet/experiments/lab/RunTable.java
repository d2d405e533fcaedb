package io.twinnet.experiments.lab;

import io.twinnet.experiments.lab.stats.Estimate;
import io.twinnet.experiments.lab.stats.Bootstrap;
import io.twinnet.experiments.lab.stats.ClopperPearson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The runs of one experiment on one implementation, in grid order (seed by seed), with the
 * queries claims ask of them. Runs that were not measured (failed, or not run) stay in the table
 * so they can be counted, but the value queries read only {@link #measured} runs.
 */
public final class RunTable<P extends GridPoint> {
    private final Implementation implementation;
    private final List<Run<P>> runs;

    public RunTable(Implementation implementation, List<Run<P>> runs) {
        if (implementation == null) throw new IllegalArgumentException("implementation: is missing");
        this.implementation = implementation;
        this.runs = List.copyOf(runs);
    }

    public Implementation implementation() {
        return implementation;
    }

    /** Every run, measured or not. */
    public List<Run<P>> all() {
        return runs;
    }

    /** The runs whose point satisfies {@code condition}. */
    public RunTable<P> where(Predicate<? super P> condition) {
        return new RunTable<>(implementation, runs.stream().filter(r -> condition.test(r.point())).toList());
    }

    /** The runs of one point. */
    public RunTable<P> at(P point) {
        return where(point::equals);
    }

    /** Finished or diverged runs (the ones with measurements). */
    public List<Run<P>> measured() {
        return runs.stream().filter(r -> r.side().status().measured()).toList();
    }

    /** Runs that ended finished. */
    public List<Run<P>> finished() {
        return runs.stream().filter(r -> r.side().status() == RunStatus.FINISHED).toList();
    }

    public int count(RunStatus status) {
        return (int) runs.stream().filter(r -> r.side().status() == status).count();
    }

    /** The distinct points, in grid order. */
    public List<P> points() {
        List<P> out = new ArrayList<>();
        for (Run<P> r : runs) if (!out.contains(r.point())) out.add(r.point());
        return Collections.unmodifiableList(out);
    }

    /** The runs grouped by point, in grid order. */
    public Map<P, RunTable<P>> byPoint() {
        Map<P, RunTable<P>> out = new LinkedHashMap<>();
        for (P p : points()) out.put(p, at(p));
        return out;
    }

    /** {@code metric} of every measured run, in order. */
    public double[] values(ToDoubleFunction<Run<P>> metric) {
        return measured().stream().mapToDouble(metric).toArray();
    }

    /** A scalar of every measured run (NaN where a run lacks it). */
    public double[] values(Scalar key) {
        return values(r -> r.get(key));
    }

    /** The median of the finite values of {@code metric} over measured runs, or NaN when there are none. */
    public double median(ToDoubleFunction<Run<P>> metric) {
        return Summaries.median(values(metric));
    }

    public double median(Scalar key) {
        return median(r -> r.get(key));
    }

    /**
     * The median of {@code metric} over the measured runs with a finite value, with its bootstrap
     * interval ({@link #estimate(List, ToDoubleFunction, ToDoubleFunction)} with one stratum).
     */
    public Estimate medianEstimate(ToDoubleFunction<Run<P>> metric) {
        return BOOTSTRAP.estimate(values(metric), Summaries::median);
    }

    /**
     * The largest value of {@code metric} over every measured run, as an exact estimate (no interval): the worst case
     * of a quantity an identity bounds (a spread between units that must be 0, a deviation from 2^d under round-off).
     * One counterexample refutes such a bound, so no resample may leave a run out. A run whose value is NaN (not
     * computable, e.g. from NaN weights) cannot confirm the bound and counts as the largest double, and so does +∞,
     * which keeps the estimate finite and judged; none when no run was measured.
     */
    public Estimate largest(ToDoubleFunction<Run<P>> metric) {
        return extreme(metric, Double.MAX_VALUE, "the largest over every measured run: a bound, exact");
    }

    /** As {@link #largest}, the least value: a NaN or −∞ counts as the most negative double. */
    public Estimate least(ToDoubleFunction<Run<P>> metric) {
        return extreme(metric, -Double.MAX_VALUE, "the least over every measured run: a bound, exact");
    }

    private Estimate extreme(ToDoubleFunction<Run<P>> metric, double worst, String method) {
        double[] v = values(metric);
        if (v.length == 0) return Estimate.none();
        double out = -worst;
        for (double x : v) {
            double clamped = Double.isNaN(x) ? worst : Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, x));
            out = worst > 0 ? Math.max(out, clamped) : Math.min(out, clamped);
        }
        return Estimate.exact(out, v.length, method);
    }

    /**
     * A statistic of several configurations' per-seed values with its stratified bootstrap
     * interval: {@code combine} receives one array per point of {@code points} (the finite values
     * of {@code metric} over that point's measured runs, in seed order), e.g. the difference of two
     * medians. Every interval of the lab uses the same bootstrap seed, {@value #BOOTSTRAP_SEED}, so
     * the same runs always give the same interval.
     */
    public Estimate estimate(List<P> points, ToDoubleFunction<Run<P>> metric, ToDoubleFunction<List<double[]>> combine) {
        return estimateWhere(points.stream().<Predicate<? super P>>map(p -> p::equals).toList(), metric, combine);
    }

    /**
     * As {@link #estimate(List, ToDoubleFunction, ToDoubleFunction)}, with each stratum the runs
     * whose point satisfies one condition (e.g. every learning rate of one init, for a quantity
     * measured at initialisation).
     */
    public Estimate estimateWhere(List<Predicate<? super P>> strata, ToDoubleFunction<Run<P>> metric,
                                  ToDoubleFunction<List<double[]>> combine) {
        List<double[]> values = new ArrayList<>();
        for (Predicate<? super P> s : strata) values.add(where(s).values(metric));
        return BOOTSTRAP.estimate(values, combine);
    }

    /**
     * The fraction of measured runs for which {@code success} holds, with its exact binomial
     * (Clopper–Pearson) interval; none when no run was measured.
     */
    public Estimate fraction(Predicate<Run<P>> success) {
        List<Run<P>> m = measured();
        return ClopperPearson.fraction((int) m.stream().filter(success).count(), m.size());
    }

    /**
     * Any statistic of this table with a bootstrap interval over seeds: the runs of each point
     * are one stratum, resampled with replacement to its size (only measured runs; a point with
     * none makes the statistic not measured), and {@code statistic} is recomputed on each
     * resampled table. The general tool for statistics built from several points' medians; a
     * resampled table can hold a run twice, so {@code statistic} must not key on seeds.
     */
    public Estimate bootstrap(ToDoubleFunction<RunTable<P>> statistic) {
        List<List<Run<P>>> strata = byPoint().values().stream().map(RunTable::measured).toList();
        int[] sizes = strata.stream().mapToInt(List::size).toArray();
        RunTable<P> measuredOnly = new RunTable<>(implementation, strata.stream().flatMap(List::stream).toList());
        if (sizes.length == 0) return Estimate.none();
        return BOOTSTRAP.resampled(statistic.applyAsDouble(measuredOnly), sizes, indices -> {
            List<Run<P>> drawn = new ArrayList<>();
            for (int g = 0; g < indices.length; g++) for (int i : indices[g]) drawn.add(strata.get(g).get(i));
            return statistic.applyAsDouble(new RunTable<>(implementation, drawn));
        });
    }

    /** The lab's bootstrap seed: fixed, so that an interval is a function of the runs alone. */
    public static final long BOOTSTRAP_SEED = 20211001L;
    private static final Bootstrap BOOTSTRAP = Bootstrap.seeded(BOOTSTRAP_SEED);

    @Override
    public String toString() {
        return implementation.label() + ": " + runs.size() + " runs";
    }
}
