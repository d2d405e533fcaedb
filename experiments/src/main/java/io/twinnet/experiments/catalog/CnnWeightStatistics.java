package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.CnnInit.ASKER;
import static io.twinnet.experiments.catalog.CnnInit.XAVIER;
import static io.twinnet.experiments.catalog.CnnLayerProbe.FINAL_CHANGE;
import static io.twinnet.experiments.catalog.CnnLayerProbe.MEDIAN_GRAD_RMS;
import static io.twinnet.experiments.catalog.CnnLayerProbe.MEDIAN_MEAN_ABS_UPDATE;
import static io.twinnet.experiments.catalog.CnnLayerProbe.MEDIAN_UPDATE_RATIO;
import static io.twinnet.experiments.catalog.CnnWeightChange.BARELY;
import static io.twinnet.experiments.catalog.CnnWeightChange.LOSS_FALLS;
import static io.twinnet.experiments.catalog.CnnWeightChange.LRS;
import static io.twinnet.experiments.catalog.CnnWeightLayer.CONV;
import static io.twinnet.experiments.catalog.CnnWeightLayer.OUTPUT;

import io.twinnet.experiments.catalog.CnnWeightChange.Point;
import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.stats.Estimate;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Statistic;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * What the claims of {@link CnnWeightChange} compute from the runs of one implementation, each with
 * the words the rule text shows; the experiment puts each against its decision boundary. Medians are
 * over seeds (the measured runs of a point), of the probe's per-run summaries ({@link CnnLayerProbe}:
 * per-layer values are medians over the checkpoints after step 0, or final values). A statistic that
 * needs a point with no measured run is not measured (the verdict is then inconclusive).
 */
final class CnnWeightStatistics {
    private CnnWeightStatistics() {
    }

    private static final boolean[] PLAIN = {false};
    private static final boolean[] BOTH = {false, true};
    private static final ToDoubleFunction<Run<Point>> LOSS_DROP = r -> Runs.relativeEvalLossDecrease(r.side());
    private static final ToDoubleFunction<Run<Point>> ACCURACY = r -> Runs.finalAccuracy(r.side());
    /** Final test loss; a diverged run counts as Double.MAX_VALUE (never "lower"). */
    private static final ToDoubleFunction<Run<Point>> FINAL_LOSS = r -> Double.isFinite(r.get(Metrics.FINAL_EVAL_LOSS)) ? r.get(Metrics.FINAL_EVAL_LOSS) : Double.MAX_VALUE;

    /** a / b, with an infinite quotient held at ±Double.MAX_VALUE so that it still decides. */
    private static double ratio(double a, double b) {
        double q = a / b;
        return Double.isInfinite(q) ? Math.copySign(Double.MAX_VALUE, q) : q;
    }

    /**
     * A statistic of the runs of {@code needed}, which must all have a measured run (else it is not
     * measured), with its bootstrap interval over seeds (each point a stratum, {@link RunTable#bootstrap}).
     */
    private static Statistic<Point> over(String description, List<Point> needed, ToDoubleFunction<RunTable<Point>> value) {
        return measuredAt(description, needed, t -> t.bootstrap(value));
    }

    /**
     * The worst {@code spread} over every measured run of {@code needed}, exact: it bounds an identity,
     * which one counterexample refutes, so no resample may leave a run out.
     */
    private static Statistic<Point> worstOver(String description, List<Point> needed, Scalar spread) {
        return measuredAt(description, needed, t -> Estimate.exact(CnnLayerProbe.worst(t, spread), t.measured().size(),
                "the worst over every run: an identity"));
    }

    private static Statistic<Point> measuredAt(String description, List<Point> needed, Function<RunTable<Point>, Estimate> estimate) {
        return Statistic.of(description, runs -> {
            for (Point p : needed) if (runs.at(p).measured().isEmpty()) return Estimate.none();
            return estimate.apply(runs.where(needed::contains));
        });
    }

    /** The primary reading of the asker's kernels, fixed before the data: centre-delta ("identity") kernels. */
    static final CnnInit PRIMARY = CnnInit.IDENTITY;

    static final Statistic<Point> PRIMARY_LOSS_DROP = over("centre-delta kernels (the primary reading), no batch norm, the grid's first "
            + "learning rate: the median over seeds of the relative test-loss decrease", List.of(Point.plain(PRIMARY, LRS[0])), t -> t.median(LOSS_DROP));

    static final Statistic<Point> PRIMARY_CONV_CHANGE = over("the same runs: the median over seeds of the conv layer's final "
            + "||W - W0|| / ||W0|| (the one non-zero layer at the start)", List.of(Point.plain(PRIMARY, LRS[0])), t -> CONV.median(t, FINAL_CHANGE));

    /** How many decades the conv layer's update lies from 1e-3 or the output layer's from 1e-4, whichever is further. */
    private static double decadesOff(RunTable<Point> t, Curve update) {
        return Math.max(Math.abs(Math.log10(CONV.median(t, update) / 1e-3)), Math.abs(Math.log10(OUTPUT.median(t, update) / 1e-4)));
    }

    static final Statistic<Point> UPDATE_SIZES = over("XAVIER, no batch norm, the grid's first learning rate: how many decades "
            + "the conv layer's update lies from 1e-3 or the output layer's from 1e-4, whichever is further (medians over seeds of the "
            + "median over checkpoints after step 0), under the closer reading, relative lr*||g||/||W|| or absolute lr*mean|g|:",
            List.of(Point.plain(XAVIER, LRS[0])), t -> {
                double rel = decadesOff(t, MEDIAN_UPDATE_RATIO);
                double abs = decadesOff(t, MEDIAN_MEAN_ABS_UPDATE);
                return Double.isNaN(rel) ? abs : Double.isNaN(abs) ? rel : Math.min(rel, abs);
            });

    static final Statistic<Point> CONV_UPDATES_MORE = over("XAVIER, no batch norm: the fraction of the grid's learning rates at "
            + "which the conv layer's relative update lr*||g||/||W|| exceeds the output layer's (medians over seeds of the median over "
            + "checkpoints after step 0):", Point.all(List.of(XAVIER), PLAIN, LRS), t -> Arrays.stream(LRS).filter(lr -> {
                RunTable<Point> at = t.at(Point.plain(XAVIER, lr));
                return CONV.median(at, MEDIAN_UPDATE_RATIO) > OUTPUT.median(at, MEDIAN_UPDATE_RATIO);
            }).count() / (double) LRS.length);

    static final Statistic<Point> GRADIENT_FALL = over("the asker's init, no batch norm, the grid's first learning rate, the "
            + "smaller over both readings: the output layer's per-weight gradient RMS over the conv layer's (medians over seeds of the "
            + "median over checkpoints after step 0):", Point.all(ASKER, PLAIN, LRS[0]), t -> ASKER.stream()
            .mapToDouble(i -> ratio(OUTPUT.median(t.at(Point.plain(i, LRS[0])), MEDIAN_GRAD_RMS), CONV.median(t.at(Point.plain(i, LRS[0])), MEDIAN_GRAD_RMS)))
            .min().getAsDouble());

    static final Statistic<Point> UNIT_SPREAD = worstOver("the asker's init, no batch norm, both readings, every learning rate: the "
            + "worst relative spread between hidden units over every checkpoint of every seed:", Point.all(ASKER, PLAIN, LRS),
            CnnLayerProbe.MAX_RELATIVE_UNIT_SPREAD);

    static final Statistic<Point> ONE_UNIT_LEARNS = over("the number of learning rates at which, for both readings of the "
            + "asker's init without batch norm, the median test loss falls by at least 10% while the median final test accuracy stays "
            + "at least 0.1 below XAVIER's at that rate:", Point.all(List.of(CnnInit.values()), PLAIN, LRS), t -> Arrays.stream(LRS)
            .filter(lr -> ASKER.stream().allMatch(i -> t.at(Point.plain(i, lr)).median(LOSS_DROP) >= LOSS_FALLS
                    && t.at(Point.plain(i, lr)).median(ACCURACY) <= t.at(Point.plain(XAVIER, lr)).median(ACCURACY) - 0.1)).count());

    static final Statistic<Point> CHANNEL_SPREAD = worstOver("the asker's init, with and without batch norm, every learning rate, "
            + "both readings: the worst relative spread between conv channels over every checkpoint of every seed:",
            Point.all(ASKER, BOTH, LRS), CnnLayerProbe.MAX_RELATIVE_CHANNEL_SPREAD);

    /** Batch norm's gain on the conv layer's gradient, for the weakest of {@code inits}. */
    static Statistic<Point> batchNormGain(List<CnnInit> inits) {
        List<Point> needed = Point.all(inits, BOTH, LRS[0]);
        String which = inits.equals(List.of(XAVIER)) ? "XAVIER" : "the asker's init, the weaker of both readings";
        return over(which + ", the grid's first learning rate: the conv layer's per-weight gradient RMS with batch norm "
                + "over that without (medians over seeds of the median over checkpoints after step 0):", needed, t -> inits.stream()
                .mapToDouble(i -> ratio(CONV.median(t.at(new Point(i, true, LRS[0])), MEDIAN_GRAD_RMS), CONV.median(t.at(Point.plain(i, LRS[0])), MEDIAN_GRAD_RMS)))
                .min().getAsDouble());
    }

    /** Batch norm's change of the final test loss, for the worst of {@code inits}. */
    static Statistic<Point> batchNormLossChange(List<CnnInit> inits) {
        List<Point> needed = Point.all(inits, BOTH, LRS[0]);
        String which = inits.equals(List.of(XAVIER)) ? "XAVIER" : "the asker's init, the weaker of both readings";
        return over(which + ": the median final test loss with batch norm minus that without (a diverged run's loss "
                + "counts as the largest number):", needed, t -> inits.stream()
                .mapToDouble(i -> t.at(new Point(i, true, LRS[0])).median(FINAL_LOSS) - t.at(Point.plain(i, LRS[0])).median(FINAL_LOSS)).max().getAsDouble());
    }
}
