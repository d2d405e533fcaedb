package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.train.Sgd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The float32 core ({@code precision: float}): its sums are Java {@code float} sums in the documented order on
 * every dense route, everything it keeps is a float, it is bit-reproducible whatever the thread count, and it
 * shows float's own phenomena (σ saturating at z ≈ 17).
 */
class Float32NetworkTest {
    static final int N_IN = 37, N_OUT = 11;

    static double[] floats(SplittableRandom r, int n, double zeroFraction) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) a[k] = r.nextDouble() < zeroFraction ? 0.0 : (float) r.nextDouble(-1, 1);
        return a;
    }

    /**
     * Batch 1 (the one-example kernel), 5 (sparse route) and 21 (the transposed route on mostly non-zero inputs,
     * the sparse one on mostly zero inputs): z, ∂L/∂W, ∂L/∂b and the SGD step equal Java float arithmetic in the
     * order the kernels document (z from the bias in increasing i, ∂L/∂W in increasing b, SGD as divide, scale,
     * subtract), bit for bit up to the sign of zero.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 5, DenseRoutes.TRANSPOSED_MIN_BATCH + 5})
    void denseRoutesComputeJavaFloatSumsInTheDocumentedOrder(int batch) {
        SplittableRandom r = new SplittableRandom(11 + batch);
        int size = N_IN * N_OUT + N_OUT;
        int bOff = N_IN * N_OUT;
        double[] params = floats(r, size, 0.0);
        double[] grad = new double[size];
        DenseLayer layer = new DenseLayer(Arithmetic.FLOAT, 0, N_IN, N_OUT, Activation.IDENTITY, WeightInit.xavier(), 0.0, true, 0,
                params, grad);
        layer.ensureCapacity(batch);
        for (double zeros : new double[]{0.1, 0.7}) {
            double[] x = floats(r, batch * N_IN, zeros);
            double[] z = new double[batch * N_OUT];
            layer.forward(x, z, batch, true);
            for (int b = 0; b < batch; b++) {
                for (int j = 0; j < N_OUT; j++) {
                    float s = (float) params[bOff + j];
                    for (int i = 0; i < N_IN; i++) s += (float) x[b * N_IN + i] * (float) params[i * N_OUT + j];
                    assertEquals(s, z[b * N_OUT + j], 0.0, "z[" + b + "][" + j + "] at zero fraction " + zeros);
                }
            }
            double[] delta = floats(r, batch * N_OUT, 0.3);
            layer.backwardFromPreActivation(x, delta, null, batch);
            double[] before = params.clone();
            layer.update(Sgd.of(Arithmetic.FLOAT), params, grad, (float) 0.3, batch);
            for (int i = 0; i <= N_IN; i++) { // row N_IN is the bias
                for (int j = 0; j < N_OUT; j++) {
                    float g = 0.0f;
                    for (int b = 0; b < batch; b++) {
                        g += (i == N_IN ? 1.0f : (float) x[b * N_IN + i]) * (float) delta[b * N_OUT + j];
                    }
                    int k = i * N_OUT + j;
                    float step = batch == 1 ? (float) 0.3 * g : (float) 0.3 * (g / (float) batch);
                    assertEquals((float) before[k] - step, params[k], 0.0, "parameter " + k + " after SGD, batch " + batch);
                }
            }
        }
    }

    static NetworkSpec mlp(Precision precision, Activation hidden, LossFunction loss, Activation out) {
        return NetworkSpec.builder(Shape.vector(20)).seed(5).learningRate(0.1).precision(precision)
                .dense(16, hidden, WeightInit.xavier())
                .dense(12, Activation.leakyRelu(0.01), WeightInit.relu())
                .output(4, out, loss, WeightInit.xavier())
                .build();
    }

    static NetworkSpec cnn(Precision precision) {
        return LeNetLikeNetworkTest.leNetLike().withPrecision(precision);
    }

    static double[][] batch(int n, int features, int classes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n * features];
        for (int k = 0; k < x.length; k++) x[k] = r.nextDouble() < 0.3 ? 0.0 : r.nextDouble(); // doubles: the network rounds them
        double[] t = new double[n * classes];
        for (int b = 0; b < n; b++) t[b * classes + r.nextInt(classes)] = 1.0;
        return new double[][]{x, t};
    }

    /**
     * Trains {@code steps} steps, alternating batch sizes 1, 7 and 20, and returns the parameters' bits: batch 1
     * takes the rank-one route in the dense layers, 7 the sparse one, 20 the sparse one in the first layer (its
     * inputs are 70 % non-zero) and the transposed one where a layer's inputs are at least 3/4 non-zero.
     */
    static double[] train(NetworkSpec spec, int steps) {
        Network net = Network.initialise(spec);
        int features = net.inputSize(), classes = net.outputSize();
        int[] sizes = {1, 7, 20};
        for (int s = 0; s < steps; s++) {
            double[][] d = batch(sizes[s % 3], features, classes, s);
            net.fit(d[0], d[1], sizes[s % 3]);
        }
        return net.parameters().clone();
    }

    static List<NetworkSpec> floatSpecs() {
        return List.of(mlp(Precision.FLOAT, Activation.SIGMOID, LossFunction.MSE, Activation.SIGMOID),
                mlp(Precision.FLOAT, Activation.TANH, LossFunction.MCXENT, Activation.SOFTMAX),
                mlp(Precision.FLOAT, Activation.RELU, LossFunction.XENT, Activation.SIGMOID),
                mlp(Precision.FLOAT, Activation.TANH, LossFunction.L2, Activation.IDENTITY),
                cnn(Precision.FLOAT),
                cnn(Precision.FLOAT).withLayers(replacePooling(cnn(Precision.FLOAT))));
    }

    private static List<io.twinnet.core.spec.LayerSpec> replacePooling(NetworkSpec spec) {
        List<io.twinnet.core.spec.LayerSpec> layers = new ArrayList<>(spec.layers());
        layers.set(1, new io.twinnet.core.spec.SubsamplingLayerSpec(io.twinnet.core.spec.PoolingType.AVG,
                io.twinnet.core.spec.Window.square(2, 2, 0)));
        return layers;
    }

    @Test
    void everyParameterGradientActivationAndScoreOfAFloatNetworkIsAFloat() {
        for (NetworkSpec spec : floatSpecs()) {
            Network net = Network.withParameters(spec, train(spec, 12));
            double[][] d = batch(9, net.inputSize(), net.outputSize(), 99);
            double score = net.computeGradient(d[0], d[1], 9);
            assertEquals((float) score, score, 0.0, spec.layers() + ": score");
            double[] p = net.parameters();
            double[] g = net.gradient();
            assertTrue(Arithmetic.FLOAT.holds(p, 0, p.length), spec.layers() + ": parameters");
            assertTrue(Arithmetic.FLOAT.holds(g, 0, g.length), spec.layers() + ": gradient");
            for (double[] a : net.activations(d[0], 9, true)) assertTrue(Arithmetic.FLOAT.holds(a, 0, a.length), spec.layers() + ": activations");
            assertFalse(Arrays.equals(p, train(spec.withPrecision(Precision.DOUBLE), 12)), spec.layers() + ": float equals double");
        }
    }

    @Test
    void floatTrainingIsBitReproducibleOnAnyNumberOfThreads() throws Exception {
        List<double[]> serial = new ArrayList<>();
        for (NetworkSpec spec : floatSpecs()) serial.add(train(spec, 30));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<double[]>> parallel = new ArrayList<>();
            for (int copy = 0; copy < 2; copy++) {
                for (NetworkSpec spec : floatSpecs()) parallel.add(pool.submit(() -> train(spec, 30)));
            }
            for (int k = 0; k < parallel.size(); k++) {
                assertArrayEquals(serial.get(k % serial.size()), parallel.get(k).get(), "spec " + k % serial.size() + ", copy " + k);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** e^−17 ≈ 4.1e-8 is below half a float ulp of 1 (2^−25 ≈ 3e-8 … 6e-8), but far above double's (1.1e-16). */
    @Test
    void sigmoidIsExactlyOneAtSeventeenInFloatButOnlyNearThirtySevenInDouble() {
        double[] z = {16.0, 17.0, 36.0, 37.0};
        double[] f = z.clone();
        new Sigmoid(Arithmetic.FLOAT).forward(f, 1, 4);
        double[] d = z.clone();
        new Sigmoid(Arithmetic.DOUBLE).forward(d, 1, 4);
        assertTrue(f[0] < 1.0);
        assertEquals(1.0, f[1], 0.0);
        assertTrue(d[1] < 1.0 && d[2] < 1.0);
        assertEquals(1.0, d[3], 0.0);
        double[] g = {1.0, 1.0, 1.0, 1.0};
        new Sigmoid(Arithmetic.FLOAT).backward(f, g, 1, 4);
        assertEquals(0.0, g[1], 0.0, "σ′ is exactly 0 in float at z = 17");
    }
}
