package io.twinnet.experiments.catalog;

import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.ClaimSpec;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Judgement;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/** Queries over an experiment's run records, shared by the verdict rules. */
final class Runs {
    private Runs() {
    }

    /**
     * The median over seeds of {@code metric} for one configuration and implementation.
     *
     * @param count    how many runs finished (ok or diverged) and were counted
     * @param diverged how many of those diverged
     * @param failed   how many failed (not counted)
     */
    record Summary(double median, int count, int diverged, int failed, double[] values) {
    }

    /** Records of one configuration (all seeds). */
    static List<RunRecord> of(List<RunRecord> runs, String config) {
        List<RunRecord> out = new ArrayList<>();
        for (RunRecord r : runs) if (r.config().config().equals(config)) out.add(r);
        return out;
    }

    /**
     * Median of a per-side metric over the seeds of a configuration. Diverged runs count with the
     * metric's value for them (final accuracy of a diverged run is NaN, treated as chance, 0.1);
     * failed runs are left out.
     */
    static Summary median(List<RunRecord> runs, String config, Implementation impl, ToDoubleFunction<SideRecord> metric) {
        List<Double> values = new ArrayList<>();
        int diverged = 0;
        int failed = 0;
        for (RunRecord r : of(runs, config)) {
            SideRecord s = r.sides().get(impl);
            if (s == null) continue;
            switch (s.status()) {
                case FAILED, NOT_RUN -> failed++;
                case DIVERGED -> {
                    diverged++;
                    values.add(metric.applyAsDouble(s));
                }
                case FINISHED -> values.add(metric.applyAsDouble(s));
            }
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        return new Summary(Stats.median(v), v.length, diverged, failed, v);
    }

    /** The median over seeds of a recorded scalar (NaN where a side lacks it). */
    static Summary medianScalar(List<RunRecord> runs, String config, Implementation impl, String scalar) {
        return median(runs, config, impl, s -> s.scalarOr(scalar, Double.NaN));
    }

    /** One result per claim, in order, each implementation judged by {@code judge}. */
    static List<ClaimResult> judgeEach(List<ClaimSpec> claims, BiFunction<ClaimSpec, Implementation, Judgement> judge) {
        List<ClaimResult> out = new ArrayList<>();
        for (ClaimSpec claim : claims) {
            out.add(ClaimResult.of(claim, judge.apply(claim, Implementation.CORE), judge.apply(claim, Implementation.DL4J)));
        }
        return out;
    }

    /** Seconds since {@code t0} (a {@link System#nanoTime()} reading). */
    static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Final evaluation accuracy; a diverged run counts as chance level (0.1 for ten classes). */
    static double finalAccuracy(SideRecord s) {
        double a = s.scalarOr("finalEvalAccuracy", Double.NaN);
        return Double.isFinite(a) ? a : 0.1;
    }

    /** (first − last) / first of the evaluation loss curve; 0 for a diverged run. */
    static double relativeEvalLossDecrease(SideRecord s) {
        Series loss = s.seriesOrNull("evalLoss");
        if (loss == null || loss.size() < 2 || !Double.isFinite(loss.last())) return 0;
        return (loss.first() - loss.last()) / loss.first();
    }
}
