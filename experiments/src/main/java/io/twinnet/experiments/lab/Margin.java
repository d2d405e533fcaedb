package io.twinnet.experiments.lab;

import java.util.Locale;

/**
 * How far apart the two implementations' medians of one outcome may lie and still count as the same:
 * an absolute margin δ (e.g. 0.02 accuracy) or a relative one, δ = r·|median of DL4J's seeds| (e.g. 5 % of
 * the loss, whose scale changes from configuration to configuration). DL4J is the reference because the
 * question is whether the core reproduces the framework.
 *
 * @param value    δ, or r for a relative margin; positive and finite
 * @param relative true for a margin relative to DL4J's median
 */
public record Margin(double value, boolean relative) {

    public Margin {
        if (!(value > 0 && Double.isFinite(value))) throw new IllegalArgumentException("margin: must be positive and finite, got " + value);
        if (relative && value >= 1) throw new IllegalArgumentException("margin: a relative margin must lie below 1 (100 %), got " + value);
    }

    /** ±{@code delta} in the metric's own unit. */
    public static Margin absolute(double delta) {
        return new Margin(delta, false);
    }

    /** ±{@code fraction}·|DL4J's median|. */
    public static Margin relative(double fraction) {
        return new Margin(fraction, true);
    }

    /** δ for a configuration whose DL4J median is {@code reference} (NaN when a relative margin has no finite reference). */
    public double resolve(double reference) {
        if (!relative) return value;
        double d = value * Math.abs(reference);
        return Double.isFinite(d) && d > 0 ? d : Double.NaN;
    }

    /** "±0.02" or "±5 % of DL4J's median". */
    public String format() {
        return relative ? String.format(Locale.ROOT, "±%.3g %% of DL4J's median", 100 * value) : String.format(Locale.ROOT, "±%.3g", value);
    }
}
