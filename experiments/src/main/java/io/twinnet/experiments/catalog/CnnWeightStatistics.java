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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
        return measuredAt(description, needed, t -> t.largest(r -> r.get(spread)));
    }

    private static Statistic<Point> measuredAt(String description, List<Point> needed, Function<RunTable<Point>, Estimate> estimate) {
        return Statistic.of(description, runs -> {
            for (Point p : needed) if (runs.at(p).measured().isEmpty()) return Estimate.none();
            return estimate.apply(runs.where(needed::contains));
        });
    }

    static final Statistic<Point> PRIMARY_LOSS_DROP = over("the literal reading (every kernel the identity matrix, no hidden FC "
            + "layer, zero output weights, pixels in [0,1]), no batch norm, the grid's first learning rate: the median over seeds of "
            + "the relative test-loss decrease", List.of(Point.LITERAL), t -> t.median(LOSS_DROP));

    static final Statistic<Point> PRIMARY_CONV_CHANGE = over("the same runs: the median over seeds of the conv layer's final "
            + "||W - W0|| / ||W0|| (the one non-zero layer at the start)", List.of(Point.LITERAL), t -> CONV.median(t, FINAL_CHANGE));

    /** The answer's figures: an update of about 1e-3 in the first layers and 1e-4 in the last. */
    static final double FIRST_LAYER_UPDATE = 1e-3;
    static final double LAST_LAYER_UPDATE = 1e-4;

    /** How many decades the conv layer's update lies from 1e-3 or the output layer's from 1e-4, whichever is further. */
    private static double decadesOff(RunTable<Point> t, Curve update) {
        return Math.max(Math.abs(Math.log10(CONV.median(t, update) / FIRST_LAYER_UPDATE)),
                Math.abs(Math.log10(OUTPUT.median(t, update) / LAST_LAYER_UPDATE)));
    }

    static final Statistic<Point> UPDATE_SIZES = over("XAVIER, no batch norm, pixels in [-1,1] (the answer's assumption), the grid's "
            + "first learning rate: how many decades the conv layer's mean absolute update lr*mean|g| lies from 1e-3 or the output "
            + "layer's from 1e-4, whichever is further (medians over seeds of the median over checkpoints after step 0)",
            List.of(Point.ANSWER_DATA), t -> decadesOff(t, MEDIAN_MEAN_ABS_UPDATE));

    /** The four update sizes at the answer's data, each against the answer's figure, for the evidence text. */
    static String updateFigures(RunTable<Point> runs) {
        RunTable<Point> t = runs.at(Point.ANSWER_DATA);
        return String.format(Locale.ROOT, "absolute lr*mean|g|: conv %.2e (answer %.0e), output %.2e (answer %.0e); "
                        + "relative lr*||g||/||W||: conv %.2e, output %.2e (medians over %d seeds, lr %s)",
                CONV.median(t, MEDIAN_MEAN_ABS_UPDATE), FIRST_LAYER_UPDATE, OUTPUT.median(t, MEDIAN_MEAN_ABS_UPDATE), LAST_LAYER_UPDATE,
                CONV.median(t, MEDIAN_UPDATE_RATIO), OUTPUT.median(t, MEDIAN_UPDATE_RATIO), t.measured().size(), LRS[0]);
    }

    static final Statistic<Point> CONV_UPDATES_MORE = over("XAVIER, no batch norm, pixels in [-1,1] (the answer's assumption), the "
            + "grid's first learning rate: the median over seeds of the conv layer's relative update lr*||g||/||W|| over the output "
            + "layer's (each the median over checkpoints after step 0; lr cancels in the ratio):", List.of(Point.ANSWER_DATA),
            t -> t.median(r -> ratio(CONV.in(r.get(MEDIAN_UPDATE_RATIO)), OUTPUT.in(r.get(MEDIAN_UPDATE_RATIO)))));

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
            + "at least 0.1 below XAVIER's at that rate:", Point.all(CnnInit.CROSSED, PLAIN, LRS), t -> Arrays.stream(LRS)
            .filter(lr -> ASKER.stream().allMatch(i -> t.at(Point.plain(i, lr)).median(LOSS_DROP) >= LOSS_FALLS
                    && t.at(Point.plain(i, lr)).median(ACCURACY) <= t.at(Point.plain(XAVIER, lr)).median(ACCURACY) - 0.1)).count());

    static final Statistic<Point> CHANNEL_SPREAD = worstOver("the asker's init: centre-delta and all-ones kernels with and without "
            + "batch norm at every learning rate, and the literal identity-matrix kernels: the worst relative spread between conv "
            + "channels over every checkpoint of every seed:", withLiteral(Point.all(ASKER, BOTH, LRS)), CnnLayerProbe.MAX_RELATIVE_CHANNEL_SPREAD);

    private static List<Point> withLiteral(List<Point> points) {
        List<Point> out = new ArrayList<>(points);
        out.add(Point.LITERAL);
        return List.copyOf(out);
    }

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
