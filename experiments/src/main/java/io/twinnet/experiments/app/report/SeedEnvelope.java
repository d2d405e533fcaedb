package io.twinnet.experiments.app.report;

import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One curve summarised over seeds, as a figure draws it: at each x the median of the seeds' y
 * values and their minimum and maximum (the band).
 *
 * <p>The seeds need not share an x grid: a run that diverged stops recording early, and a resumed
 * sweep may mix budgets. Every x that any seed recorded is kept, and the summary at that x is taken
 * over the seeds that recorded it, so a diverged seed neither truncates the others nor drags the
 * median after its last point. Non-finite y values (the NaN of a diverged step) are left out; an x
 * where no seed has a finite value gets NaN, and the line breaks there.
 *
 * @param x      the x values, ascending, each once
 * @param median the median over seeds at each x
 * @param lower  the minimum over seeds at each x
 * @param upper  the maximum over seeds at each x
 * @param seeds  how many curves were summarised
 */
record SeedEnvelope(double[] x, double[] median, double[] lower, double[] upper, int seeds) {

    SeedEnvelope {
        if (x.length != median.length || x.length != lower.length || x.length != upper.length) {
            throw new IllegalArgumentException("x, median, lower and upper differ in length");
        }
        if (seeds < 1) throw new IllegalArgumentException("seeds: an envelope needs at least one curve, got " + seeds);
        x = x.clone();
        median = median.clone();
        lower = lower.clone();
        upper = upper.clone();
    }

    /** The envelope of {@code curves} (one per seed; at least one). */
    static SeedEnvelope of(List<Series> curves) {
        if (curves == null || curves.isEmpty()) throw new IllegalArgumentException("curves: an envelope needs at least one curve");
        TreeMap<Double, List<Double>> byX = new TreeMap<>();
        for (Series s : curves) {
            double[] xs = s.x();
            double[] ys = s.y();
            for (int i = 0; i < xs.length; i++) {
                List<Double> at = byX.computeIfAbsent(xs[i], k -> new ArrayList<>());
                if (Double.isFinite(ys[i])) at.add(ys[i]);
            }
        }
        int n = byX.size();
        double[] x = new double[n];
        double[] median = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        int i = 0;
        for (var e : byX.entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            x[i] = e.getKey();
            median[i] = Stats.median(v);
            lower[i] = v.length == 0 ? Double.NaN : java.util.Arrays.stream(v).min().getAsDouble();
            upper[i] = v.length == 0 ? Double.NaN : java.util.Arrays.stream(v).max().getAsDouble();
            i++;
        }
        return new SeedEnvelope(x, median, lower, upper, curves.size());
    }
}
