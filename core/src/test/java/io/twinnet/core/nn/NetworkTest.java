package io.twinnet.core.nn;

import io.twinnet.core.init.Initialisers;
import io.twinnet.core.init.Rng;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LearningRateSchedule;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkTest {

    static NetworkSpec mnistMlp() {
        return NetworkSpec.builder(Shape.vector(784))
                .dense(100, Activation.RELU, WeightInit.xavier())
                .output(10, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())
                .learningRate(0.1).seed(3).build();
    }

    static NetworkSpec small(LearningRateSchedule lr) {
        return NetworkSpec.builder(Shape.vector(3))
                .dense(4, Activation.TANH, WeightInit.xavier())
                .output(2, Activation.SIGMOID, LossFunction.MSE, WeightInit.xavier())
                .learningRate(lr).seed(9).build();
    }

    static double[] random(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[n];
        for (int k = 0; k < n; k++) a[k] = r.nextDouble(-1, 1);
        return a;
    }

    @Test
    void layoutPutsEachLayersWeightsRowMajorThenItsBias() {
        ParameterLayout layout = Network.initialise(mnistMlp()).layout();
        assertEquals(List.of(
                new ParameterBlock(0, "W", 0, 78400, new int[]{784, 100}, true),
                new ParameterBlock(0, "b", 78400, 100, new int[]{100}, true),
                new ParameterBlock(1, "W", 78500, 1000, new int[]{100, 10}, true),
                new ParameterBlock(1, "b", 79500, 10, new int[]{10}, true)), layout.blocks());
        assertEquals(79510, layout.size());
        assertEquals(mnistMlp().parameterCount(), layout.size());
        assertEquals(layout, ParameterLayout.of(mnistMlp()));
    }

    @Test
    void biasFreeLayersHaveNoBiasBlock() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(3))
                .layer(DenseLayerSpec.of(4, Activation.RELU, WeightInit.relu()).withoutBias())
                .layer(OutputLayerSpec.of(2, Activation.IDENTITY, LossFunction.MSE, WeightInit.relu()).withoutBias())
                .build();
        ParameterLayout layout = ParameterLayout.of(spec);
        assertEquals(2, layout.blocks().size());
        assertFalse(layout.has(0, "b"));
        assertEquals(12, layout.block(1, "W").offset());
    }

    @Test
    void initialiseDrawsEachLayerFromItsOwnSeedAndSetsBiases() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(3))
                .layer(DenseLayerSpec.of(4, Activation.RELU, WeightInit.relu()).withBiasInit(0.1))
                .output(2, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())
                .seed(77).build();
        Network net = Network.initialise(spec);
        double[] w0 = Initialisers.draw(WeightInit.relu(), 3, 4, new int[]{3, 4}, Rng.layerSeed(77, 0));
        double[] w1 = Initialisers.draw(WeightInit.xavier(), 4, 2, new int[]{4, 2}, Rng.layerSeed(77, 1));
        double[] p = net.parameters();
        assertArrayEquals(w0, Arrays.copyOfRange(p, 0, 12));
        assertArrayEquals(new double[]{0.1, 0.1, 0.1, 0.1}, Arrays.copyOfRange(p, 12, 16));
        assertArrayEquals(w1, Arrays.copyOfRange(p, 16, 24));
        assertArrayEquals(new double[]{0, 0}, Arrays.copyOfRange(p, 24, 26));
    }

    @Test
    void parametersAreLiveAndWithParametersCopies() {
        NetworkSpec spec = small(LearningRateSchedule.fixed(0.1));
        double[] p = random(1, spec.parameterCount());
        Network net = Network.withParameters(spec, p);
        assertArrayEquals(p, net.parameters());
        p[0] = 99;
        assertEquals(random(1, 1)[0], net.parameters()[0]);
        double before = net.output(new double[]{1, 0, 0}, 1)[0];
        net.parameters()[net.layout().block(1, "b").offset()] += 1.0; // live: shifts output 0's logit
        assertTrue(net.output(new double[]{1, 0, 0}, 1)[0] > before);
        assertThrows(IllegalArgumentException.class, () -> Network.withParameters(spec, new double[3]));
    }

    @Test
    void fitIsOneSgdStepOnTheMeanGradient() {
        NetworkSpec spec = small(LearningRateSchedule.fixed(0.3));
        Network net = Network.initialise(spec);
        double[] x = random(2, 4 * 3), t = random(3, 4 * 2);
        Network probe = net.copy();
        double expectedScore = probe.computeGradient(x, t, 4);
        double[] expected = net.parameters().clone();
        for (int k = 0; k < expected.length; k++) expected[k] -= 0.3 * (probe.gradient()[k] / 4);
        assertEquals(expectedScore, net.fit(x, t, 4));
        assertArrayEquals(expected, net.parameters(), 0);
        assertArrayEquals(probe.gradient(), net.gradient(), 0);
        assertEquals(1, net.iteration());
        assertEquals(0, probe.iteration());
    }

    @Test
    void fitFollowsTheLearningRateScheduleByIteration() {
        LearningRateSchedule schedule = LearningRateSchedule.step(0.5, 0.1, 2); // 0.5, 0.5, 0.05, 0.05, 0.005
        Network net = Network.initialise(small(schedule));
        double[] x = random(4, 3), t = random(5, 2);
        double[] lrs = {0.5, 0.5, 0.05, 0.05, 0.005};
        for (double lr : lrs) {
            Network probe = net.copy();
            probe.computeGradient(x, t, 1);
            double[] expected = net.parameters().clone();
            for (int k = 0; k < expected.length; k++) expected[k] -= lr * probe.gradient()[k];
            net.fit(x, t, 1);
            assertArrayEquals(expected, net.parameters(), 0);
        }
        assertEquals(5, net.iteration());
    }

    @Test
    void gradientIsTheSumOverExamples() {
        NetworkSpec spec = small(LearningRateSchedule.fixed(0.1));
        Network net = Network.initialise(spec);
        double[] x = random(6, 2 * 3), t = random(7, 2 * 2);
        double[] sum = new double[spec.parameterCount()];
        for (int b = 0; b < 2; b++) {
            net.computeGradient(Arrays.copyOfRange(x, 3 * b, 3 * b + 3), Arrays.copyOfRange(t, 2 * b, 2 * b + 2), 1);
            for (int k = 0; k < sum.length; k++) sum[k] += net.gradient()[k];
        }
        net.computeGradient(x, t, 2);
        assertArrayEquals(sum, net.gradient(), 1e-15);
    }

    @Test
    void activationsListInputEveryLayerAndOutput() {
        Network net = Network.initialise(mnistMlp());
        double[] x = random(8, 2 * 784);
        double[][] acts = net.activations(x, 2, false);
        assertEquals(3, acts.length);
        assertArrayEquals(x, acts[0]);
        assertNotSame(x, acts[0]);
        assertEquals(200, acts[1].length);
        assertArrayEquals(net.output(x, 2), acts[2]);
        assertTrue(Arrays.stream(acts[1]).allMatch(v -> v >= 0));
    }

    @Test
    void copyIsDeepAndKeepsTheIteration() {
        Network net = Network.initialise(small(LearningRateSchedule.fixed(0.1)));
        double[] x = random(9, 3), t = random(10, 2);
        net.fit(x, t, 1);
        Network c = net.copy();
        assertEquals(1, c.iteration());
        assertArrayEquals(net.parameters(), c.parameters());
        assertArrayEquals(net.gradient(), c.gradient());
        c.fit(x, t, 1);
        assertFalse(Arrays.equals(net.parameters(), c.parameters()));
        net.fit(x, t, 1);
        assertArrayEquals(net.parameters(), c.parameters(), 0);
    }

    @Test
    void doublingEveryWeightOfABiasFreeReluNetScalesTheOutputByTwoToTheDepth() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(5))
                .layer(DenseLayerSpec.of(8, Activation.RELU, WeightInit.relu()).withoutBias())
                .layer(DenseLayerSpec.of(8, Activation.RELU, WeightInit.relu()).withoutBias())
                .layer(OutputLayerSpec.of(3, Activation.IDENTITY, LossFunction.MSE, WeightInit.relu()).withoutBias())
                .build();
        Network net = Network.initialise(spec);
        double[] x = random(11, 4 * 5);
        double[] before = net.output(x, 4);
        double[] doubled = net.parameters().clone();
        for (int k = 0; k < doubled.length; k++) doubled[k] *= 2;
        double[] after = Network.withParameters(spec, doubled).output(x, 4);
        for (int k = 0; k < before.length; k++) assertEquals(8 * before[k], after[k], 0.0); // exactly 2³
    }

    @Test
    void shortInputArraysAreRefusedNamingTheArgument() {
        Network net = Network.initialise(small(LearningRateSchedule.fixed(0.1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.output(new double[5], 2));
        assertTrue(e.getMessage().startsWith("features"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> net.fit(new double[6], new double[3], 2));
        assertTrue(e.getMessage().startsWith("labels"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.output(new double[3], 0));
    }

    /** In both precisions: the kernels' SIMD forms allocate a vector per operation wherever C2 did not compile them to SIMD code. */
    @ParameterizedTest
    @EnumSource(Precision.class)
    void fitAllocatesNothingOnceBuffersExist(Precision precision) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Network net = Network.initialise(mnistMlp().withPrecision(precision));
        double[] x = random(12, 8 * 784), t = new double[8 * 10];
        for (int b = 0; b < 8; b++) t[b * 10 + b] = 1;
        for (int k = 0; k < 2000; k++) {
            net.fit(x, t, 8);
            net.fit(x, t, 3); // a smaller batch reuses the buffers
            net.fit(x, t, 1); // the rank-one route
        }
        // The JIT may still recompile a method and allocate a few bytes once on this thread; a real
        // per-call allocation would show in every window, so the quietest of three windows must be 0.
        long allocated = Long.MAX_VALUE;
        for (int window = 0; window < 3; window++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int k = 0; k < 50; k++) {
                net.fit(x, t, 8);
                net.fit(x, t, 3);
                net.fit(x, t, 1);
                net.computeGradient(x, t, 5);
            }
            allocated = Math.min(allocated, threads.getCurrentThreadAllocatedBytes() - before);
        }
        assertEquals(0, allocated, "bytes allocated by 200 training calls");
    }

    @Test
    void parametersFiniteSeesNaNWrittenThroughTheLiveArray() {
        Network net = Network.initialise(small(LearningRateSchedule.fixed(0.1)));
        assertTrue(net.parametersFinite());
        net.parameters()[3] = Double.NaN;
        assertFalse(net.parametersFinite());
        net.parameters()[3] = Double.POSITIVE_INFINITY;
        assertFalse(net.parametersFinite());
    }
}
