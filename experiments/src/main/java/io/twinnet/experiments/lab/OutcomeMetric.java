package io.twinnet.experiments.lab;

import java.util.List;

/**
 * One per-seed outcome an experiment asks to be distributed alike on the core and on DL4J, with the
 * margin within which the two medians count as equivalent (see {@link io.twinnet.experiments.lab.parity.StatisticalParity}).
 *
 * @param metric the scalar every run records on both sides, or, with {@code lastOf}, the name of the outcome read from a curve
 * @param margin the equivalence margin
 * @param lastOf a curve whose last value is the outcome (e.g. a layer's relative weight change at the last checkpoint), or
 *               null when the outcome is the scalar {@code metric} itself
 */
public record OutcomeMetric(Scalar metric, Margin margin, Curve lastOf) {
    /** Accuracy within two points (0.02) is well inside what a change of seed moves it by on MNIST. */
    public static final OutcomeMetric FINAL_ACCURACY = of(Metrics.FINAL_EVAL_ACCURACY, Margin.absolute(0.02));
    /** A loss within 5 % of DL4J's: losses span decades across learning rates, so the margin scales with them. */
    public static final OutcomeMetric FINAL_LOSS = of(Metrics.FINAL_EVAL_LOSS, Margin.relative(0.05));
    /** What a training experiment declares unless it says otherwise. */
    public static final List<OutcomeMetric> TRAINING_DEFAULTS = List.of(FINAL_LOSS, FINAL_ACCURACY);

    public OutcomeMetric {
        if (metric == null) throw new IllegalArgumentException("metric: is missing");
        if (margin == null) throw new IllegalArgumentException("margin: is missing for " + metric.name());
    }

    /** The scalar {@code metric}, within {@code margin}. */
    public static OutcomeMetric of(Scalar metric, Margin margin) {
        return new OutcomeMetric(metric, margin, null);
    }

    /** The last value of {@code curve}, compared under the name {@code name}, within {@code margin}. */
    public static OutcomeMetric finalValueOf(Scalar name, Curve curve, Margin margin) {
        if (curve == null) throw new IllegalArgumentException("curve: is missing for " + (name == null ? "the outcome" : name.name()));
        return new OutcomeMetric(name, margin, curve);
    }

    /** This outcome on one side of one run: NaN when it did not finish or did not record it. */
    public double value(SideRecord side) {
        if (side == null || !side.ok()) return Double.NaN;
        if (lastOf == null) return side.get(metric);
        Series s = side.get(lastOf);
        return s == null ? Double.NaN : s.last();
    }

    /** True when {@code side} recorded this outcome (finished or not). */
    public boolean recordedBy(SideRecord side) {
        return lastOf == null ? side.scalars().containsKey(metric.name()) : side.series().containsKey(lastOf.name());
    }
}
