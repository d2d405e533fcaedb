package io.twinnet.benchmarks;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.math.Kernels;
import io.twinnet.core.math.SparseRows;
import io.twinnet.core.train.Sgd;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two kernels that make up a one-example step of the 784-100 layer: the forward product
 * z = x·W + b ({@link Kernels#affine}) and the rank-one SGD update W −= lr·x·δᵀ
 * ({@link Sgd#stepRankOne}), on MNIST-like inputs (19% non-zero). Both stream the rows of W that
 * the non-zero inputs select (about 150 of 784 rows of 100 doubles), so their times against the
 * machine's L2 bandwidth show how close the training step is to its memory bound.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"}) // the core's SIMD kernels (io.twinnet.core.math.Simd)
public class DenseKernelBenchmark {
    private static final int N_IN = 784;
    private static final int N_OUT = 100;

    private double[] params;
    private double[] delta;
    private double[] z;
    private SparseRows scratch;
    private MnistLikeInputs inputs;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(3);
        params = new double[N_IN * N_OUT + N_OUT];
        for (int k = 0; k < params.length; k++) params[k] = r.nextDouble(-0.05, 0.05);
        delta = new double[N_OUT];
        for (int j = 0; j < N_OUT; j++) delta[j] = r.nextDouble(-1e-3, 1e-3);
        z = new double[N_OUT];
        scratch = new SparseRows(N_IN);
        inputs = new MnistLikeInputs(64, 1, 5);
    }

    private double[] nextInput() {
        int m = next;
        next = (m + 1) & 63;
        return inputs.features[m];
    }

    @Benchmark
    public double[] affineOneExample() {
        Kernels.affine(Arithmetic.DOUBLE, nextInput(), 1, N_IN, params, 0, N_IN * N_OUT, N_OUT, z, scratch);
        return z;
    }

    @Benchmark
    public double[] sgdRankOneExample() {
        // alternating signs keep W from drifting over billions of calls
        double lr = (next & 1) == 0 ? 1e-3 : -1e-3;
        int count = scratch.gatherNonZero(nextInput(), 0, 1, N_IN, 0, N_OUT);
        Sgd.INSTANCE.stepRankOne(scratch, count, delta, N_OUT, params, lr);
        return params;
    }
}
