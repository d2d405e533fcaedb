package io.twinnet.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The order in which examples are presented to SGD: a list of minibatches, each a list of
 * example indices. Computed once from a seed and fed unchanged to the core and to DL4J, so both
 * see the same data in the same order. Immutable.
 */
public final class MinibatchOrder {
    private final List<int[]> batches;

    private MinibatchOrder(List<int[]> batches) {
        this.batches = batches;
    }

    /** Wraps explicit batches (copied); every index must lie in [0, datasetSize). */
    public static MinibatchOrder of(List<int[]> batches, int datasetSize) {
        List<int[]> copy = new ArrayList<>(batches.size());
        for (int b = 0; b < batches.size(); b++) {
            int[] batch = batches.get(b);
            if (batch.length == 0) throw new IllegalArgumentException("batches[" + b + "]: is empty");
            for (int i : batch) {
                if (i < 0 || i >= datasetSize) {
                    throw new IllegalArgumentException("batches[" + b + "]: index " + i + " outside [0, " + datasetSize + ")");
                }
            }
            copy.add(batch.clone());
        }
        return new MinibatchOrder(Collections.unmodifiableList(copy));
    }

    /**
     * {@code epochs} passes over {@code datasetSize} examples, each pass a fresh Fisher–Yates
     * shuffle drawn from {@link SplittableRandom}(seed), cut into batches of {@code batchSize}
     * (the last batch of a pass may be smaller).
     */
    public static MinibatchOrder shuffled(int datasetSize, int batchSize, int epochs, long seed) {
        if (datasetSize <= 0) throw new IllegalArgumentException("datasetSize: must be positive, got " + datasetSize);
        if (batchSize <= 0) throw new IllegalArgumentException("batchSize: must be positive, got " + batchSize);
        if (epochs <= 0) throw new IllegalArgumentException("epochs: must be positive, got " + epochs);
        SplittableRandom rng = new SplittableRandom(seed);
        List<int[]> batches = new ArrayList<>();
        int[] perm = new int[datasetSize];
        for (int e = 0; e < epochs; e++) {
            for (int i = 0; i < datasetSize; i++) perm[i] = i;
            for (int i = datasetSize - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            for (int from = 0; from < datasetSize; from += batchSize) {
                batches.add(Arrays.copyOfRange(perm, from, Math.min(datasetSize, from + batchSize)));
            }
        }
        return new MinibatchOrder(Collections.unmodifiableList(batches));
    }

    /** Number of minibatches (= SGD iterations). */
    public int size() {
        return batches.size();
    }

    /** The indices of minibatch {@code b}; do not modify. */
    public int[] batch(int b) {
        return batches.get(b);
    }

    /** The largest minibatch size. */
    public int maxBatchSize() {
        int m = 0;
        for (int[] b : batches) m = Math.max(m, b.length);
        return m;
    }

    /** The first {@code n} minibatches. */
    public MinibatchOrder first(int n) {
        return new MinibatchOrder(batches.subList(0, Math.min(n, batches.size())));
    }
}
