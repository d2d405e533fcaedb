package io.twinnet.experiments.lab;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.train.Checkpoint;
import io.twinnet.core.train.TrainableNetwork;
import io.twinnet.core.train.Trainer;
import io.twinnet.core.train.TrainingListener;
import io.twinnet.core.train.TrainingOutcome;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lab's training protocol: the core's one training loop ({@link Trainer}: SGD over a fixed
 * minibatch order, identical for both implementations, stopping as diverged at the first
 * non-finite score or parameter) with the lab's bookkeeping at every checkpoint: the mean training
 * score since the last checkpoint, and the loss and accuracy on an evaluation set. It never throws
 * for a diverging run.
 */
public final class TrainingProtocol {
    private final Dataset train;
    private final MinibatchOrder order;
    private final Dataset eval;
    private final Trainer trainer;

    /**
     * @param train           the training examples the order indexes
     * @param order           minibatches, shared by both implementations
     * @param eval            the evaluation set (e.g. an MNIST test subset)
     * @param checkpointEvery steps between checkpoints, &gt; 0
     */
    public TrainingProtocol(Dataset train, MinibatchOrder order, Dataset eval, int checkpointEvery) {
        this.train = train;
        this.order = order;
        this.eval = eval;
        this.trainer = Trainer.checkpointingEvery(checkpointEvery);
    }

    /** Trains {@code net} over the whole order. */
    public TrainingLog run(TwinNetwork net) {
        return run(net, null);
    }

    /**
     * Trains {@code net} over the whole order, calling {@code atCheckpoint} at every checkpoint with
     * finite parameters (after the metrics are recorded) so a trial can probe the network there.
     */
    public TrainingLog run(TwinNetwork net, CheckpointHook atCheckpoint) {
        SeriesBuilder trainLoss = new SeriesBuilder();
        SeriesBuilder evalLoss = new SeriesBuilder();
        SeriesBuilder evalAcc = new SeriesBuilder();
        double[][] last = new double[1][];
        TrainingOutcome outcome = trainer.train(net, train, order, new TrainingListener() {
            @Override
            public void onCheckpoint(Checkpoint c, TrainableNetwork network) {
                if (c.step() > 0) trainLoss.add(c.step(), c.meanTrainScore());
                if (!c.parametersFinite()) return;
                last[0] = evaluate(net, eval);
                evalLoss.add(c.step(), last[0][0]);
                evalAcc.add(c.step(), last[0][1]);
                if (atCheckpoint != null) atCheckpoint.at(c.step(), net);
            }
        });
        Map<String, Series> series = new LinkedHashMap<>();
        series.put(Metrics.TRAIN_LOSS.name(), trainLoss.build());
        series.put(Metrics.EVAL_LOSS.name(), evalLoss.build());
        series.put(Metrics.EVAL_ACCURACY.name(), evalAcc.build());
        if (outcome.diverged()) {
            return new TrainingLog(RunStatus.DIVERGED, outcome.divergedAtStep(), series, Double.NaN, Double.NaN, outcome.divergedAtStep());
        }
        return new TrainingLog(RunStatus.FINISHED, -1, series, last[0][1], last[0][0], order.size());
    }

    /** {loss, accuracy} of {@code net} on {@code data}: example-weighted means over chunks of 1000 examples. */
    public static double[] evaluate(TrainableNetwork net, Dataset data) {
        int chunk = 1000;
        double lossSum = 0;
        double correct = 0;
        int k = data.labelCount();
        for (int from = 0; from < data.size(); from += chunk) {
            int n = Math.min(chunk, data.size() - from);
            double[] f = Arrays.copyOfRange(data.features(), from * data.featureCount(), (from + n) * data.featureCount());
            double[] l = Arrays.copyOfRange(data.labels(), from * k, (from + n) * k);
            double[] out = net.output(f, n);
            lossSum += net.score(f, l, n) * n;
            correct += Stats.accuracy(out, l, n, k) * n;
        }
        return new double[] {lossSum / data.size(), correct / data.size()};
    }

    /** Called at each checkpoint whose parameters are finite. */
    @FunctionalInterface
    public interface CheckpointHook {
        void at(long step, TwinNetwork net);
    }
}
