package io.twinnet.experiments.exchange;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.data.GaussianBlobs;
import io.twinnet.experiments.data.StratifiedSubset;
import io.twinnet.experiments.runner.RunEnvironment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The cases {@code twinnet export} knows. The catalog's experiments do not expose their networks and
 * data per configuration, so this list rebuilds them here, following each experiment's quick profile:
 *
 * <ul>
 *   <li>{@code relu-init-range/CONFIG} — every training configuration of the catalog's
 *       {@code relu-init-range} ({@code relu-{u1,u0.5,n1,he,xavier}-lr{0.01,0.001,1.0E-4}},
 *       {@code sigmoid-{u01,u1,u0.5}-lr0.01}): MNIST 784-64-64-10, softmax output scored by MSE, SGD with one
 *       example per step; training set: 200 images per class drawn with seed 1000 + SEED; order: one shuffled
 *       epoch with seed 3000 + SEED (exactly as the experiment draws them).</li>
 *   <li>{@code dying-relu-lr-like/lr{0.03,0.06,0.1}-{std,var}} — seed 004's net: 784-100-10 with ReLU hidden
 *       <em>and</em> output units, MSE against one-hot labels, one example per step, weights from N(0, 0.01)
 *       read as a standard deviation ({@code std}) or as a variance ({@code var}, std 0.1); 100 images per
 *       class, seeds as above.</li>
 *   <li>{@code sigmoid-deep-like/depth{2,5,10}} — seed 001's deep sigmoid MLP: depth hidden layers of 32
 *       sigmoid units, XAVIER weights, softmax + cross-entropy, lr 0.1, minibatches of 10 over 100 images per
 *       class.</li>
 *   <li>{@code blobs-mlp/{tanh,relu}-xent, blobs-mlp/sigmoid-mse} — no MNIST: 150 points of 3 Gaussian blobs in
 *       4 dimensions ({@link GaussianBlobs}, radius 3, spread 1, seed SEED), 4-8-3 MLP, XAVIER weights, softmax
 *       output with cross-entropy (or MSE), lr 0.1, minibatches of 5, two shuffled epochs (seed 3000 + SEED).</li>
 * </ul>
 * Every network runs in double precision; its seed is SEED, so its initial parameters are the core's
 * initialiser's draw for that seed.
 */
public final class ExportCases {
    private ExportCases() {
    }

    private static final String RELU_INIT_RANGE = "relu-init-range";
    private static final String DYING_RELU = "dying-relu-lr-like";
    private static final String SIGMOID_DEEP = "sigmoid-deep-like";
    private static final String BLOBS = "blobs-mlp";

    private static final Map<String, WeightInit> RELU_INIT_RANGE_INITS = new LinkedHashMap<>();
    static {
        RELU_INIT_RANGE_INITS.put("u1", WeightInit.uniform(-1, 1));
        RELU_INIT_RANGE_INITS.put("u0.5", WeightInit.uniform(-0.5, 0.5));
        RELU_INIT_RANGE_INITS.put("n1", WeightInit.normal(0, 1));
        RELU_INIT_RANGE_INITS.put("he", WeightInit.relu());
        RELU_INIT_RANGE_INITS.put("xavier", WeightInit.xavier());
        RELU_INIT_RANGE_INITS.put("u01", WeightInit.uniform(0, 1));
    }

    /** Every case name (with the default seed 1 left out), family by family. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (String init : List.of("u1", "u0.5", "n1", "he", "xavier")) {
            for (double lr : new double[] {1e-2, 1e-3, 1e-4}) out.add(RELU_INIT_RANGE + "/relu-" + init + "-lr" + lr);
        }
        for (String init : List.of("u01", "u1", "u0.5")) out.add(RELU_INIT_RANGE + "/sigmoid-" + init + "-lr0.01");
        for (String lr : List.of("0.03", "0.06", "0.1")) {
            for (String reading : List.of("std", "var")) out.add(DYING_RELU + "/lr" + lr + "-" + reading);
        }
        for (int depth : new int[] {2, 5, 10}) out.add(SIGMOID_DEEP + "/depth" + depth);
        for (String c : List.of("tanh-xent", "relu-xent", "sigmoid-mse")) out.add(BLOBS + "/" + c);
        return out;
    }

    /** Whether the case reads MNIST (so the caller provisions it). */
    public static boolean usesMnist(CaseId id) {
        return !id.family().equals(BLOBS);
    }

    /**
     * Builds a case.
     *
     * @param id    the case
     * @param env   the data (MNIST is only read for MNIST cases)
     * @param steps how many minibatches to export (all of the case's order when &lt;= 0)
     * @throws IllegalArgumentException naming the unknown family or configuration and listing the known ones
     */
    public static ExportCase build(CaseId id, Supplier<RunEnvironment> env, int steps) {
        if (!names().contains(id.family() + "/" + id.config())) {
            throw new IllegalArgumentException("unknown case '" + id.family() + "/" + id.config() + "'; known cases (add #SEED to choose the seed): "
                    + String.join(", ", names()));
        }
        long seed = id.seed();
        switch (id.family()) {
            case RELU_INIT_RANGE: {
                String config = id.config();
                int lrAt = config.lastIndexOf("-lr");
                String[] parts = config.substring(0, lrAt).split("-", 2);
                Activation act = parts[0].equals("relu") ? Activation.RELU : Activation.SIGMOID;
                WeightInit init = RELU_INIT_RANGE_INITS.get(parts[1]);
                double lr = Double.parseDouble(config.substring(lrAt + 3));
                NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(784)).name(RELU_INIT_RANGE).learningRate(lr).seed(seed)
                        .precision(Precision.DOUBLE);
                for (int h : new int[] {64, 64}) b.layer(DenseLayerSpec.of(h, act, init));
                b.layer(OutputLayerSpec.of(10, Activation.SOFTMAX, LossFunction.MSE, init));
                Dataset train = mnistSubset(env, 200, 1000 + seed);
                MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 1, 1, 3000 + seed);
                return ExportCase.of(id, "relu-init-range (seed 000), quick profile: MNIST 784-64-64-10, " + parts[0]
                        + " hidden units, init " + parts[1] + ", softmax + MSE, lr " + lr + ", one example per step", b.build(), train, order, steps);
            }
            case DYING_RELU: {
                String[] parts = id.config().split("-");
                double lr = Double.parseDouble(parts[0].substring(2));
                double std = parts[1].equals("std") ? 0.01 : 0.1;
                WeightInit init = WeightInit.normal(0, std);
                NetworkSpec spec = NetworkSpec.builder(Shape.vector(784)).name(DYING_RELU).learningRate(lr).seed(seed).precision(Precision.DOUBLE)
                        .layer(DenseLayerSpec.of(100, Activation.RELU, init))
                        .layer(OutputLayerSpec.of(10, Activation.RELU, LossFunction.MSE, init)).build();
                Dataset train = mnistSubset(env, 100, 1000 + seed);
                MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 1, 1, 3000 + seed);
                return ExportCase.of(id, "like dying-relu-lr (seed 004): MNIST 784-100-10, ReLU hidden and output, MSE to one-hot, N(0, "
                        + std + "^2) weights, lr " + lr + ", one example per step", spec, train, order, steps);
            }
            case SIGMOID_DEEP: {
                int depth = Integer.parseInt(id.config().substring("depth".length()));
                NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(784)).name(SIGMOID_DEEP).learningRate(0.1).seed(seed).precision(Precision.DOUBLE);
                for (int i = 0; i < depth; i++) b.layer(DenseLayerSpec.of(32, Activation.SIGMOID, WeightInit.xavier()));
                b.layer(OutputLayerSpec.of(10, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier()));
                Dataset train = mnistSubset(env, 100, 1000 + seed);
                MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 10, 1, 3000 + seed);
                return ExportCase.of(id, "like sigmoid-vanishing (seed 001): MNIST MLP with " + depth
                        + " sigmoid hidden layers of 32, XAVIER, softmax + cross-entropy, lr 0.1, minibatches of 10", b.build(), train, order, steps);
            }
            case BLOBS: {
                String[] parts = id.config().split("-");
                Activation act = switch (parts[0]) {
                    case "tanh" -> Activation.TANH;
                    case "relu" -> Activation.RELU;
                    default -> Activation.SIGMOID;
                };
                LossFunction loss = parts[1].equals("mse") ? LossFunction.MSE : LossFunction.MCXENT;
                NetworkSpec spec = NetworkSpec.builder(Shape.vector(4)).name(BLOBS).learningRate(0.1).seed(seed).precision(Precision.DOUBLE)
                        .layer(DenseLayerSpec.of(8, act, WeightInit.xavier()))
                        .layer(OutputLayerSpec.of(3, Activation.SOFTMAX, loss, WeightInit.xavier())).build();
                Dataset train = GaussianBlobs.generate(50, 3, 4, 3.0, 1.0, seed);
                MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 5, 2, 3000 + seed);
                return ExportCase.of(id, "synthetic: 3 Gaussian blobs in 4 dimensions, 4-8-3 MLP with " + parts[0]
                        + " hidden units, softmax + " + loss.jsonName() + ", lr 0.1, minibatches of 5, two epochs", spec, train, order, steps);
            }
            default:
                throw new IllegalStateException("case family without a builder: " + id.family());
        }
    }

    private static Dataset mnistSubset(Supplier<RunEnvironment> env, int perClass, long seed) {
        Dataset all = env.get().mnistTrain();
        return all.rows(StratifiedSubset.indices(all, perClass, seed));
    }
}
