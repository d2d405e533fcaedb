package io.twinnet.experiments.catalog;

import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.stats.Bootstrap;
import io.twinnet.experiments.lab.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;

/**
 * Whether a per-seed threshold rises with the hidden width: Kendall's rank correlation τ_b between
 * width and threshold over every (width, seed) pair (Kendall 1945; commons-math's
 * {@link KendallsCorrelation}), with a stratified bootstrap interval that resamples each width's
 * seeds on their own ({@link Bootstrap}). τ_b is +1 when every wider net has a higher threshold,
 * 0 with no monotone relation. Ranks need no scale, so a threshold beyond the grid (+∞) simply ranks
 * above every rate; when no two thresholds differ (every seed at every width fails first at the same
 * rate) τ_b is 0/0, and is taken as 0: no pair rises or falls.
 */
final class WidthTrend {
    private WidthTrend() {
    }

    /** τ_b of threshold against width; {@code byWidth} holds each width's per-seed thresholds, in increasing width. */
    static double tau(List<Integer> widths, List<double[]> byWidth) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int g = 0; g < widths.size(); g++) {
            for (double t : byWidth.get(g)) {
                x.add((double) widths.get(g));
                y.add(Double.isInfinite(t) ? Double.MAX_VALUE : t);
            }
        }
        double tau = new KendallsCorrelation().correlation(x.stream().mapToDouble(Double::doubleValue).toArray(),
                y.stream().mapToDouble(Double::doubleValue).toArray());
        return Double.isNaN(tau) ? 0 : tau;
    }

    /** τ_b with its interval; none with fewer than two widths measured. */
    static Estimate estimate(Map<Integer, double[]> thresholdsByWidth) {
        if (thresholdsByWidth.size() < 2) return Estimate.none();
        List<Integer> widths = List.copyOf(thresholdsByWidth.keySet());
        List<double[]> strata = List.copyOf(thresholdsByWidth.values());
        return Bootstrap.seeded(RunTable.BOOTSTRAP_SEED).estimate(strata, drawn -> tau(widths, drawn));
    }

    /** "50: 0.06, 100: 0.07" — the median threshold of each width (∞ beyond the grid). */
    static String medians(Map<Integer, double[]> thresholdsByWidth) {
        List<String> parts = new ArrayList<>();
        thresholdsByWidth.forEach((w, t) -> {
            double m = CollapseThreshold.median(t);
            parts.add(w + ": " + (Double.isInfinite(m) ? "∞" : String.format(Locale.ROOT, "%.3g", m)));
        });
        return "median threshold by width " + String.join(", ", parts);
    }
}
