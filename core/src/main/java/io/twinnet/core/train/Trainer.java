package io.twinnet.core.train;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;

import java.util.Arrays;

/**
 * The one training loop: minibatch SGD over an order given from outside ({@link MinibatchOrder}), so the
 * core and DL4J are fed exactly the same minibatches, identical for every {@link TrainableNetwork}.
 *
 * <p>For each minibatch s = 0, 1, …: gather its rows, {@code fit} once, tell the listener the score
 * ({@link TrainingListener#onStep}). Checkpoints ({@link TrainingListener#onCheckpoint}) come at step 0
 * before any update, after every {@code checkpointEvery} steps, and after the last step; each carries the
 * mean score of the steps since the previous one. The run stops as diverged, without throwing, at the
 * first step whose score is not finite (checked every step; no checkpoint follows) or whose parameters are
 * not all finite (checked at checkpoints only, where the scan is paid; the checkpoint is still reported,
 * with {@link Checkpoint#parametersFinite()} false). It never throws for divergence.
 *
 * <p>Minibatch buffers are allocated once, for the largest batch of the order; a smaller batch is copied out
 * to arrays of its exact size.
 */
public final class Trainer {
    private final int checkpointEvery;

    private Trainer(int checkpointEvery) {
        this.checkpointEvery = checkpointEvery;
    }

    /** A trainer with a checkpoint every {@code steps} steps (besides step 0 and the last step). */
    public static Trainer checkpointingEvery(int steps) {
        if (steps <= 0) throw new IllegalArgumentException("checkpointEvery: must be positive, got " + steps);
        return new Trainer(steps);
    }

    public int checkpointEvery() {
        return checkpointEvery;
    }

    /**
     * Runs every minibatch of {@code order}, taken from {@code data}, through {@code network} (trained in place).
     *
     * @param listener told of every step and checkpoint; null for none
     * @throws IllegalArgumentException when the dataset's widths do not match the network's spec
     */
    public TrainingOutcome train(TrainableNetwork network, Dataset data, MinibatchOrder order, TrainingListener listener) {
        int inputs = network.spec().input().size();
        int outputs = network.spec().outputShape().size();
        if (data.featureCount() != inputs) {
            throw new IllegalArgumentException("data: " + data.featureCount() + " features per example, but the network takes " + inputs);
        }
        if (data.labelCount() != outputs) {
            throw new IllegalArgumentException("data: " + data.labelCount() + " labels per example, but the network outputs " + outputs);
        }
        TrainingListener l = listener == null ? TrainingListener.NONE : listener;
        int maxBatch = order.maxBatchSize();
        double[] features = new double[maxBatch * inputs];
        double[] labels = new double[maxBatch * outputs];
        l.onCheckpoint(new Checkpoint(0, Double.NaN, true), network);
        double windowSum = 0;
        int windowCount = 0;
        for (int step = 0; step < order.size(); step++) {
            int[] batch = order.batch(step);
            data.gatherFeatures(batch, 0, batch.length, features);
            data.gatherLabels(batch, 0, batch.length, labels);
            boolean full = batch.length == maxBatch;
            double[] f = full ? features : Arrays.copyOf(features, batch.length * inputs);
            double[] y = full ? labels : Arrays.copyOf(labels, batch.length * outputs);
            double score = network.fit(f, y, batch.length);
            l.onStep(new TrainingStep(step, score, batch.length));
            if (!Double.isFinite(score)) return TrainingOutcome.divergedAt(step, "score is " + score);
            windowSum += score;
            windowCount++;
            if ((step + 1) % checkpointEvery == 0 || step == order.size() - 1) {
                boolean finite = allFinite(network.parameters());
                l.onCheckpoint(new Checkpoint(step + 1, windowSum / windowCount, finite), network);
                if (!finite) return TrainingOutcome.divergedAt(step, "a parameter is not finite");
                windowSum = 0;
                windowCount = 0;
            }
        }
        return TrainingOutcome.completed(order.size());
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) return false;
        }
        return true;
    }
}
