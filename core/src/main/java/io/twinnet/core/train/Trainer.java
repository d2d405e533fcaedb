package io.twinnet.core.train;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.nn.Network;

/**
 * Minibatch SGD over a dataset in an order given from outside ({@link MinibatchOrder}), so the core and
 * DL4J can be fed exactly the same minibatches. For each minibatch in order: gather its rows, call
 * {@link Network#fit}, tell the listener, and stop if the run diverged — a NaN or infinite score, or a
 * parameter that is no longer finite — reporting the step instead of throwing.
 *
 * <p>Minibatch buffers are allocated once, for the largest batch of the order.
 */
public final class Trainer {
    private Trainer() {
    }

    /**
     * Runs every minibatch of {@code order} through {@code network} (which is trained in place).
     *
     * @throws IllegalArgumentException when the dataset's sizes do not match the network's
     */
    public static TrainingOutcome train(Network network, Dataset data, MinibatchOrder order, TrainingListener listener) {
        if (data.featureCount() != network.inputSize()) {
            throw new IllegalArgumentException("data: " + data.featureCount() + " features per example, but the network takes "
                    + network.inputSize());
        }
        if (data.labelCount() != network.outputSize()) {
            throw new IllegalArgumentException("data: " + data.labelCount() + " labels per example, but the network outputs "
                    + network.outputSize());
        }
        TrainingListener l = listener == null ? TrainingListener.NONE : listener;
        int max = order.maxBatchSize();
        double[] features = new double[max * data.featureCount()];
        double[] labels = new double[max * data.labelCount()];
        double score = Double.NaN;
        if (!network.parametersFinite()) return TrainingOutcome.divergedBeforeTraining("a parameter is not finite before training");
        for (int s = 0; s < order.size(); s++) {
            int[] batch = order.batch(s);
            data.gatherFeatures(batch, 0, batch.length, features);
            data.gatherLabels(batch, 0, batch.length, labels);
            long t = network.iteration();
            double lr = network.spec().learningRate().valueAt(t);
            score = network.fit(features, labels, batch.length);
            l.onStep(new TrainingStep(s, t, score, batch.length, lr, batch), network);
            if (!Double.isFinite(score)) return TrainingOutcome.divergedAt(s, "score is " + score, score);
            if (!network.parametersFinite()) return TrainingOutcome.divergedAt(s, "a parameter is not finite", score);
        }
        return TrainingOutcome.completed(order.size(), score);
    }
}
