package io.twinnet.experiments.app.bench;

import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.PoolingType;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.SubsamplingLayerSpec;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.spec.Window;
import io.twinnet.dl4j.Dl4jNetworks;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's cases, as data: the MNIST MLP 784-100-10 at minibatch 1, 32 and 128 on real MNIST
 * (every side) and on dense random inputs (the core, DL4J double and float with prebuilt DataSets at its
 * default and at one thread),
 * and the CNN at minibatch 32 when both implementations can build it.
 */
public final class BenchCases {
    /** SGD learning rate of every case. */
    public static final double LEARNING_RATE = 0.01;
    public static final long SEED = 42;
    private static final List<BenchSide> ALL = List.of(BenchSide.values());
    private static final List<BenchSide> DENSE_SIDES = List.of(BenchSide.CORE, BenchSide.CORE_FLOAT, BenchSide.DL4J_DOUBLE_DATASET,
            BenchSide.DL4J_FLOAT_DATASET, BenchSide.DL4J_DOUBLE_DATASET_1T, BenchSide.DL4J_FLOAT_DATASET_1T);
    private static final List<BenchSide> CNN_SIDES = List.of(BenchSide.CORE, BenchSide.CORE_FLOAT, BenchSide.DL4J_DOUBLE_DATASET,
            BenchSide.DL4J_DOUBLE_ITERATOR, BenchSide.DL4J_FLOAT_DATASET);

    private BenchCases() {
    }

    /**
     * 784-100-10: a ReLU hidden layer (He init, DL4J's RELU scheme) and either a softmax output with
     * multi-class cross-entropy ("mcxent") or a ReLU output with MSE ("mse", the setup of issue 8's
     * first measurements); Xavier init for the output, zero biases, SGD at {@link #LEARNING_RATE}.
     */
    public static NetworkSpec mlp(String loss) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(784)).name("mnist-mlp-784-100-10-" + loss)
                .learningRate(LEARNING_RATE).seed(SEED)
                .dense(100, Activation.RELU, WeightInit.relu());
        if (loss.equals("mse")) b.output(10, Activation.RELU, LossFunction.MSE, WeightInit.xavier());
        else b.output(10, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier());
        return b.build();
    }

    /**
     * A small LeNet-like CNN on 1×28×28: 8 ReLU 5×5 convolutions (stride 1, no padding) → 2×2 max pooling,
     * stride 2 → dense 100 ReLU → softmax 10 with MCXENT.
     */
    public static NetworkSpec cnn() {
        return NetworkSpec.builder(Shape.image(1, 28, 28)).name("mnist-cnn-c8k5-p2-100-10")
                .learningRate(LEARNING_RATE).seed(SEED)
                .layer(ConvolutionLayerSpec.of(8, Window.square(5), Activation.RELU, WeightInit.relu()))
                .layer(new SubsamplingLayerSpec(PoolingType.MAX, Window.square(2, 2, 0)))
                .dense(100, Activation.RELU, WeightInit.relu())
                .output(10, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())
                .build();
    }

    /**
     * Why a spec cannot be benchmarked in this build, or null when both the core and the bridge build it
     * (the core throws {@link UnsupportedOperationException} for layers it does not implement yet).
     */
    public static String unavailableReason(NetworkSpec spec) {
        try {
            Network.initialise(spec);
        } catch (UnsupportedOperationException e) {
            return "the core in this build cannot build " + spec.name() + ": " + e.getMessage();
        }
        try {
            Dl4jNetworks.build(spec);
        } catch (UnsupportedOperationException e) {
            return "the DL4J bridge in this build cannot build " + spec.name() + ": " + e.getMessage();
        }
        return null;
    }

    /** The cases for {@code settings}; {@code pending} receives one line per case left out, with the reason. */
    public static List<BenchCase> defaults(BenchSettings settings, List<String> pending) {
        NetworkSpec mlp = mlp(settings.loss());
        List<BenchCase> cases = new ArrayList<>();
        for (int n : new int[]{1, 32, 128}) cases.add(sized("mlp-mnist-mb" + n, mlp, n, BenchInput.MNIST, ALL, settings.quick()));
        for (int n : new int[]{1, 32, 128}) cases.add(sized("mlp-dense-mb" + n, mlp, n, BenchInput.DENSE_RANDOM, DENSE_SIDES, settings.quick()));
        NetworkSpec cnn = cnn();
        String why = unavailableReason(cnn);
        if (why == null) cases.add(sized("cnn-mnist-mb32", cnn, 32, BenchInput.MNIST, CNN_SIDES, settings.quick()));
        else pending.add("cnn-mnist-mb32 pending: " + why);
        return cases;
    }

    /**
     * Steps per repetition: full — 200 at N = 1, 2,048 examples at N = 32, 3,072 at N = 128 (the runner
     * stretches fast sides, see {@link BenchRunner}); quick — 40 steps at N = 1, 8 at N = 32, 3 at N = 128.
     * Warm-up: full — 300 steps at N = 1 (the JIT compiles the hot loops; the runner's calibration run adds
     * more), one repetition's worth otherwise; quick — one repetition's worth.
     */
    static BenchCase sized(String id, NetworkSpec spec, int n, BenchInput input, List<BenchSide> sides, boolean quick) {
        int steps;
        int warmup;
        if (quick) {
            steps = n == 1 ? 40 : n <= 32 ? 8 : 3;
            warmup = steps;
        } else {
            steps = n == 1 ? 200 : n <= 32 ? 2048 / n : 3072 / n;
            warmup = n == 1 ? 300 : steps;
        }
        return new BenchCase(id, spec, n, input, sides, steps, warmup);
    }
}
