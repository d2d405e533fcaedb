package io.twinnet.benchmarks;

import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One SGD step ({@link Network#fit}) of the network, 784-100-10 with ReLU hidden units, at
 * minibatch 1, 32 and 128, with a softmax + cross-entropy output (bench's default) or a ReLU + MSE
 * output (the seeds' dying-ReLU net). The score is time per step; divide by the minibatch for time
 * per example. Cycling through 64 prepared minibatches keeps the branch predictor and caches honest.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"}) // the core's SIMD kernels (io.twinnet.core.math.Simd)
public class TrainingStepBenchmark {

    @Param({"1", "32", "128"})
    int minibatch;

    @Param({"mcxent", "mse"})
    String output;

    private Network network;
    private MnistLikeInputs inputs;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        OutputLayerSpec out = output.equals("mse") ? OutputLayerSpec.of(10, Activation.RELU, LossFunction.MSE, WeightInit.normal(0, 0.01))
                : OutputLayerSpec.of(10, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier());
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(MnistLikeInputs.INPUTS)).name("jmh-784-100-10").learningRate(0.01).seed(1)
                .layer(DenseLayerSpec.of(100, Activation.RELU, WeightInit.xavier())).layer(out).build();
        network = Network.initialise(spec);
        inputs = new MnistLikeInputs(64, minibatch, 7);
    }

    @Benchmark
    public double fit() {
        int m = next;
        next = (m + 1) & 63;
        return network.fit(inputs.features[m], inputs.labels[m], minibatch);
    }
}
