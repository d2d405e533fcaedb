package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dense layer's batched (transposed) path against the defining sums, in their documented order. */
class DenseLayerTest {
    static final int N_IN = 37, N_OUT = 11, BATCH = DenseRoutes.TRANSPOSED_MIN_BATCH + 5;

    static double[] sparse(SplittableRandom r, int n, double zeroFraction) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) a[k] = r.nextDouble() < zeroFraction ? 0.0 : r.nextDouble(-1, 1);
        return a;
    }

    @Test
    void largeBatchesGiveTheDefiningSumsBitForBitOnDenseAndSparseInputsAndClearStaleGradientRows() {
        SplittableRandom r = new SplittableRandom(5);
        int size = N_IN * N_OUT + N_OUT;
        double[] params = sparse(r, size, 0.0);
        double[] grad = sparse(r, size, 0.0); // stale contents must not survive
        DenseLayer layer = new DenseLayer(Arithmetic.DOUBLE, 0, N_IN, N_OUT, Activation.IDENTITY, WeightInit.xavier(), 0.0, true, 0, params, grad);
        layer.ensureCapacity(BATCH);
        int bOff = N_IN * N_OUT;
        for (int call = 0; call < 4; call++) {
            // mostly non-zero inputs take the transposed kernels, mostly zero ones the sparse kernels
            double[] x = sparse(r, BATCH * N_IN, call % 2 == 0 ? 0.1 : 0.7);
            int unused = 4 + call; // an input that is 0 for every example: its gradient row is all zero
            for (int b = 0; b < BATCH; b++) x[b * N_IN + unused] = 0.0;
            double[] z = new double[BATCH * N_OUT];
            layer.forward(x, z, BATCH, true);
            for (int b = 0; b < BATCH; b++) {
                for (int j = 0; j < N_OUT; j++) {
                    double s = params[bOff + j]; // from the bias, in increasing i
                    for (int i = 0; i < N_IN; i++) {
                        double xi = x[b * N_IN + i];
                        if (xi != 0.0) s += xi * params[i * N_OUT + j];
                    }
                    assertEquals(s, z[b * N_OUT + j], 0.0, "call " + call + ", z[" + b + "][" + j + "]");
                }
            }
            double[] delta = sparse(r, BATCH * N_OUT, 0.4);
            double[] dIn = new double[BATCH * N_IN];
            layer.backwardFromPreActivation(x, delta, dIn, BATCH);
            for (int i = 0; i < N_IN; i++) {
                for (int j = 0; j < N_OUT; j++) {
                    double s = 0.0; // in increasing b
                    for (int b = 0; b < BATCH; b++) s += x[b * N_IN + i] * delta[b * N_OUT + j];
                    assertEquals(s, grad[i * N_OUT + j], 0.0, "call " + call + ", dW[" + i + "][" + j + "]");
                }
            }
            for (int b = 0; b < BATCH; b++) {
                for (int i = 0; i < N_IN; i++) {
                    double s = 0.0;
                    for (int j = 0; j < N_OUT; j++) s += delta[b * N_OUT + j] * params[i * N_OUT + j];
                    assertEquals(s, dIn[b * N_IN + i], 1e-14, "call " + call + ", dx[" + b + "][" + i + "]");
                }
            }
            double[] before = params.clone();
            layer.update(io.twinnet.core.train.Sgd.INSTANCE, params, grad, 0.5, BATCH);
            for (int j = 0; j < N_OUT; j++) {
                int k = unused * N_OUT + j;
                assertEquals(before[k], params[k], 0.0, "the unused input's weights stay put");
                int used = (unused + 1) * N_OUT + j;
                assertEquals(before[used] - 0.5 * (grad[used] / BATCH), params[used], 0.0, "SGD on a used row");
            }
        }
    }

    @Test
    void smallBatchesAfterLargeOnesStillWork() {
        SplittableRandom r = new SplittableRandom(6);
        double[] params = sparse(r, N_IN * N_OUT + N_OUT, 0.0);
        double[] grad = new double[params.length];
        DenseLayer layer = new DenseLayer(Arithmetic.DOUBLE, 0, N_IN, N_OUT, Activation.IDENTITY, WeightInit.xavier(), 0.0, true, 0, params, grad);
        layer.ensureCapacity(BATCH);
        double[] x = sparse(r, BATCH * N_IN, 0.2);
        double[] zBig = new double[BATCH * N_OUT];
        layer.forward(x, zBig, BATCH, false);
        double[] zSmall = new double[3 * N_OUT];
        layer.forward(x, zSmall, 3, false);
        assertEquals(Arrays.toString(Arrays.copyOf(zBig, 3 * N_OUT)), Arrays.toString(zSmall));
    }

    @Test
    void fitAtLargeBatchesAllocatesNothingOnceBuffersExist() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Network net = Network.initialise(NetworkSpec.builder(Shape.vector(48))
                .dense(24, Activation.RELU, WeightInit.xavier())
                .output(4, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())
                .learningRate(0.01).seed(4).build());
        int big = 32;
        double[] x = NetworkTest.random(13, big * 48), t = new double[big * 4]; // dense inputs: transposed kernels
        for (int b = 0; b < big; b++) t[b * 4 + b % 4] = 1;
        // A long warm-up: the JIT's late recompilation of shared code (e.g. the loss sum) can otherwise
        // allocate a few bytes on this thread inside the measured window.
        for (int k = 0; k < 6000; k++) {
            net.fit(x, t, big);
            net.fit(x, t, BATCH); // a smaller batch, still on the transposed path, reuses the buffers
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int k = 0; k < 100; k++) {
            net.fit(x, t, big);
            net.fit(x, t, BATCH);
        }
        assertEquals(0, threads.getCurrentThreadAllocatedBytes() - before, "bytes allocated by 200 training calls");
    }

    /**
     * fit with one example applies the dense layers' rank-one weight gradients in the SGD step without
     * storing them; the parameters after every step, and the gradient read afterwards, must be exactly
     * those of computeGradient followed by θ − lr·g written out here. Sparse inputs (with an all-zero
     * example), ReLU hidden units and a schedule cover the skipped rows and stale gradient rows; an inference pass of
     * one example between a step and the gradient's read covers the kept list of x's non-zero inputs.
     */
    @Test
    void fitWithOneExampleIsBitIdenticalToComputeGradientThenExplicitSgd() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(N_IN)).seed(3)
                .learningRate(io.twinnet.core.spec.LearningRateSchedule.step(0.05, 0.5, 7))
                .layer(io.twinnet.core.spec.DenseLayerSpec.of(13, Activation.RELU, WeightInit.xavier()))
                .layer(io.twinnet.core.spec.DenseLayerSpec.of(9, Activation.leakyRelu(0.01), WeightInit.relu()))
                .layer(io.twinnet.core.spec.OutputLayerSpec.of(N_OUT, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier()))
                .build();
        Network fused = Network.initialise(spec);
        Network reference = Network.initialise(spec);
        SplittableRandom r = new SplittableRandom(8);
        for (int step = 0; step < 40; step++) {
            double[] x = step == 5 ? new double[N_IN] : sparse(r, N_IN, 0.6);
            double[] y = new double[N_OUT];
            y[r.nextInt(N_OUT)] = 1.0;
            double lr = spec.learningRate().valueAt(step);
            double expectedScore = reference.computeGradient(x, y, 1);
            double[] p = reference.parameters();
            double[] g = reference.gradient();
            for (int k = 0; k < p.length; k++) p[k] -= lr * g[k];
            assertEquals(expectedScore, fused.fit(x, y, 1), 0.0, "score of step " + step);
            if (step % 3 == 0) {
                fused.output(sparse(r, N_IN, 0.6), 1); // a forward pass in between must not disturb the kept x
                assertArrayEquals(g, fused.gradient(), "gradient after step " + step);
            }
            assertArrayEquals(p, fused.parameters(), "parameters after step " + step);
        }
        double[] x = sparse(r, 4 * N_IN, 0.5);
        double[] y = new double[4 * N_OUT];
        for (int b = 0; b < 4; b++) y[b * N_OUT + b] = 1.0;
        fused.fit(x, y, 4); // a larger batch after deferred steps writes every row it needs
        reference.computeGradient(x, y, 4);
        assertArrayEquals(reference.gradient(), fused.gradient(), "gradient of a batch of 4 after one-example steps");
    }
}
