package io.twinnet.experiments.lab;

import java.util.List;

/**
 * One per-seed outcome an experiment asks to be distributed alike on the core and on DL4J, with the
 * margin within which the two medians count as equivalent (see {@link io.twinnet.experiments.lab.parity.StatisticalParity}).
 *
 * @param metric the scalar every run records on both sides
 * @param margin the equivalence margin
 */
public record OutcomeMetric(Scalar metric, Margin margin) {
    /** Accuracy within two points (0.02) is well inside what a change of seed moves it by on MNIST. */
    public static final OutcomeMetric FINAL_ACCURACY = new OutcomeMetric(Metrics.FINAL_EVAL_ACCURACY, Margin.absolute(0.02));
    /** A loss within 5 % of DL4J's: losses span decades across learning rates, so the margin scales with them. */
    public static final OutcomeMetric FINAL_LOSS = new OutcomeMetric(Metrics.FINAL_EVAL_LOSS, Margin.relative(0.05));
    /** What a training experiment declares unless it says otherwise. */
    public static final List<OutcomeMetric> TRAINING_DEFAULTS = List.of(FINAL_LOSS, FINAL_ACCURACY);

    public OutcomeMetric {
        if (metric == null) throw new IllegalArgumentException("metric: is missing");
        if (margin == null) throw new IllegalArgumentException("margin: is missing for " + metric.name());
    }

    public static OutcomeMetric of(Scalar metric, Margin margin) {
        return new OutcomeMetric(metric, margin);
    }
}
