package io.twinnet.experiments.lab;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one training loop every experiment uses, identical for both implementations: SGD over a
 * fixed minibatch order, with a checkpoint every {@code checkpointEvery} steps (and at step 0 and
 * at the end) that records the mean training score since the last checkpoint and the loss and
 * accuracy on an evaluation set. A non-finite score (checked every step) or parameter (checked at
 * checkpoints) stops the run as diverged at that step; it never throws.
 */
public final class TrainingProtocol {
    private final Dataset train;
    private final MinibatchOrder order;
    private final Dataset eval;
    private final int checkpointEvery;

    /**
     * @param train           the training examples the order indexes
     * @param order           minibatches, shared by both implementations
     * @param eval            the evaluation set (e.g. an MNIST test subset)
     * @param checkpointEvery steps between checkpoints, &gt; 0
     */
    public TrainingProtocol(Dataset train, MinibatchOrder order, Dataset eval, int checkpointEvery) {
        if (checkpointEvery <= 0) throw new IllegalArgumentException("checkpointEvery: must be positive, got " + checkpointEvery);
        this.train = train;
        this.order = order;
        this.eval = eval;
        this.checkpointEvery = checkpointEvery;
    }

    /** Trains {@code net} over the whole order. */
    public TrainingLog run(TwinNetwork net) {
        return run(net, null);
    }

    /**
     * Trains {@code net} over the whole order, calling {@code atCheckpoint} at every checkpoint
     * (after the metrics are recorded) so an experiment can probe the network there.
     */
    public TrainingLog run(TwinNetwork net, CheckpointHook atCheckpoint) {
        int maxBatch = order.maxBatchSize();
        double[] f = new double[maxBatch * train.featureCount()];
        double[] l = new double[maxBatch * train.labelCount()];
        SeriesBuilder trainLoss = new SeriesBuilder();
        SeriesBuilder evalLoss = new SeriesBuilder();
        SeriesBuilder evalAcc = new SeriesBuilder();
        double[] evalResult = evaluate(net);
        evalLoss.add(0, evalResult[0]);
        evalAcc.add(0, evalResult[1]);
        if (atCheckpoint != null) atCheckpoint.at(0, net);
        double windowSum = 0;
        int windowCount = 0;
        long diverged = -1;
        int step = 0;
        for (; step < order.size(); step++) {
            int[] batch = order.batch(step);
            train.gatherFeatures(batch, 0, batch.length, f);
            train.gatherLabels(batch, 0, batch.length, l);
            double[] fb = batch.length == maxBatch ? f : java.util.Arrays.copyOf(f, batch.length * train.featureCount());
            double[] lb = batch.length == maxBatch ? l : java.util.Arrays.copyOf(l, batch.length * train.labelCount());
            double score = net.fit(fb, lb, batch.length);
            if (!Double.isFinite(score)) {
                diverged = step;
                break;
            }
            windowSum += score;
            windowCount++;
            boolean last = step == order.size() - 1;
            if ((step + 1) % checkpointEvery == 0 || last) {
                trainLoss.add(step + 1, windowSum / windowCount);
                windowSum = 0;
                windowCount = 0;
                if (!Stats.allFinite(net.parameters())) {
                    diverged = step;
                    break;
                }
                evalResult = evaluate(net);
                evalLoss.add(step + 1, evalResult[0]);
                evalAcc.add(step + 1, evalResult[1]);
                if (atCheckpoint != null) atCheckpoint.at(step + 1, net);
            }
        }
        Map<String, Series> series = new LinkedHashMap<>();
        series.put("trainLoss", trainLoss.build());
        series.put("evalLoss", evalLoss.build());
        series.put("evalAccuracy", evalAcc.build());
        if (diverged >= 0) {
            return new TrainingLog(RunStatus.DIVERGED, diverged, series, Double.NaN, Double.NaN, diverged);
        }
        return new TrainingLog(RunStatus.FINISHED, -1, series, evalResult[1], evalResult[0], order.size());
    }

    /** {loss, accuracy} of {@code net} on the evaluation set, in chunks of 1000 examples. */
    public double[] evaluate(TwinNetwork net) {
        return evaluate(net, eval);
    }

    /** {loss, accuracy} of {@code net} on {@code data}: example-weighted means over chunks of 1000. */
    public static double[] evaluate(TwinNetwork net, Dataset data) {
        int chunk = 1000;
        double lossSum = 0;
        double correct = 0;
        int k = data.labelCount();
        for (int from = 0; from < data.size(); from += chunk) {
            int n = Math.min(chunk, data.size() - from);
            double[] f = java.util.Arrays.copyOfRange(data.features(), from * data.featureCount(), (from + n) * data.featureCount());
            double[] l = java.util.Arrays.copyOfRange(data.labels(), from * k, (from + n) * k);
            double[] out = net.output(f, n);
            lossSum += net.score(f, l, n) * n;
            correct += Stats.accuracy(out, l, n, k) * n;
        }
        return new double[] {lossSum / data.size(), correct / data.size()};
    }

    /** Called at each checkpoint. */
    @FunctionalInterface
    public interface CheckpointHook {
        void at(long step, TwinNetwork net);
    }
}
