package io.twinnet.benchmarks;

import java.util.SplittableRandom;

/**
 * Synthetic stand-ins for MNIST minibatches, so the JMH benchmarks need no download: 784 inputs of
 * which a fraction {@link #NON_ZERO} is non-zero (MNIST's average share of lit pixels is about 0.19),
 * values in (0, 1], one-hot labels over 10 classes. Each minibatch is one flat row-major array.
 */
final class MnistLikeInputs {
    static final int INPUTS = 784;
    static final int CLASSES = 10;
    static final double NON_ZERO = 0.19;

    final double[][] features;
    final double[][] labels;

    /** {@code count} minibatches of {@code batch} examples drawn with {@code seed}. */
    MnistLikeInputs(int count, int batch, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        features = new double[count][batch * INPUTS];
        labels = new double[count][batch * CLASSES];
        for (int m = 0; m < count; m++) {
            for (int k = 0; k < batch * INPUTS; k++) {
                if (r.nextDouble() < NON_ZERO) features[m][k] = 1.0 - r.nextDouble();
            }
            for (int b = 0; b < batch; b++) labels[m][b * CLASSES + r.nextInt(CLASSES)] = 1.0;
        }
    }
}
