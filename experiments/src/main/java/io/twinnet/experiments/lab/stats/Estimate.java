package io.twinnet.experiments.lab.stats;

import java.util.Locale;

/**
 * A statistic's value over the seeds of a claim, with its interval: a point estimate has
 * {@code lower == upper == value}; an interval estimate (a bootstrap or exact binomial 95 %
 * interval, see {@code lab.stats}) has {@code lower ≤ value ≤ upper}. A {@link Decision} judges the
 * whole interval, so a point estimate is judged by its value alone.
 *
 * @param value  the estimate; NaN when nothing was measured
 * @param lower  lower end of the interval
 * @param upper  upper end of the interval
 * @param seeds  how many seeds (runs) the estimate rests on
 * @param method how the interval was obtained ("point" when there is none)
 */
public record Estimate(double value, double lower, double upper, int seeds, String method) {

    public Estimate {
        if (seeds < 0) throw new IllegalArgumentException("seeds: must not be negative, got " + seeds);
        if (method == null || method.isBlank()) throw new IllegalArgumentException("method: is missing");
        if (Double.isFinite(value) && Double.isFinite(lower) && Double.isFinite(upper) && !(lower <= value && value <= upper)) {
            throw new IllegalArgumentException("interval: [" + lower + ", " + upper + "] does not contain " + value);
        }
    }

    /** A value without an interval, from {@code seeds} runs. */
    public static Estimate point(double value, int seeds) {
        return new Estimate(value, value, value, seeds, "point");
    }

    /**
     * A value that needs no interval: an exact identity checked on every seed (e.g. the worst
     * deviation from 2^d over all runs), where {@code method} says what was taken.
     */
    public static Estimate exact(double value, int seeds, String method) {
        return new Estimate(value, value, value, seeds, method);
    }

    /** Nothing measured. */
    public static Estimate none() {
        return point(Double.NaN, 0);
    }

    /** True when there is a finite value resting on at least one seed. */
    public boolean measured() {
        return seeds > 0 && Double.isFinite(value);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isPoint() {
        return lower == upper;
    }

    /** True when the interval has two finite ends. */
    public boolean bounded() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }

    /** "0.812 [0.75, 0.86], 6 seeds" or, without an interval, "0.812 (6 seeds)". */
    public String format() {
        if (!measured()) return "not measured";
        String v = num(value);
        return isPoint() ? v + " (" + seeds + " seeds)" : v + " [" + num(lower) + ", " + num(upper) + "] " + seeds + " seeds";
    }

    private static String num(double v) {
        if (v == Double.POSITIVE_INFINITY) return "∞";
        if (v == Double.NEGATIVE_INFINITY) return "−∞";
        double a = Math.abs(v);
        return a != 0 && (a < 1e-3 || a >= 1e4) ? String.format(Locale.ROOT, "%.3g", v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
