package io.twinnet.experiments.lab;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** A point estimate of the median of {@code metric}, resting on the runs with a finite value. */
    public Estimate medianEstimate(ToDoubleFunction<Run<P>> metric) {
        double[] v = Arrays.stream(values(metric)).filter(Double::isFinite).toArray();
        return Estimate.point(Summaries.median(v), v.length);
    }

    @Override
    public String toString() {
        return implementation.label() + ": " + runs.size() + " runs";
    }
}
