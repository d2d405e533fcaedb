package io.twinnet.experiments.app.exchange;

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
import io.twinnet.experiments.catalog.Catalog;
import io.twinnet.experiments.data.GaussianBlobs;
import io.twinnet.experiments.data.StratifiedSubset;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.TrainingSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The cases {@code twinnet export} knows:
 *
 * <ul>
 *   <li>{@code relu-init-range/CONFIG} and {@code dying-relu-lr/CONFIG} — every training configuration of
 *       these catalog experiments in the quick profile ({@code twinnet export --list}), taken from the
 *       experiment's declaration ({@link DeclaredExperiment#trainingSetup}), so the network, training set and minibatch
 *       order are exactly what {@code twinnet run} trains for that configuration and seed.</li>
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

    private static final String SIGMOID_DEEP = "sigmoid-deep-like";
    private static final String BLOBS = "blobs-mlp";

    /** The catalog experiments whose training configurations are export cases. */
    private static final List<String> CATALOG_FAMILIES = List.of("relu-init-range", "dying-relu-lr");

    /** Every case name (with the default seed 1 left out), family by family. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (String family : CATALOG_FAMILIES) {
            DeclaredExperiment<?> e = declared(family);
            for (RunConfig c : e.configurations(Profile.QUICK, 1)) {
                if (isTrainingConfiguration(c)) out.add(family + "/" + c.config());
            }
        }
        for (int depth : new int[] {2, 5, 10}) out.add(SIGMOID_DEEP + "/depth" + depth);
        for (String c : List.of("tanh-xent", "relu-xent", "sigmoid-mse")) out.add(BLOBS + "/" + c);
        return out;
    }

    /** Whether a catalog configuration is one plain training run (e.g. not relu-init-range's homogeneity check). */
    private static boolean isTrainingConfiguration(RunConfig c) {
        return !"homogeneity".equals(c.params().get("kind"));
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
        if (CATALOG_FAMILIES.contains(id.family())) return fromCatalog(id, env, steps);
        switch (id.family()) {
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

    /** A catalog configuration with the case's seed, built by its experiment in the quick profile. */
    private static ExportCase fromCatalog(CaseId id, Supplier<RunEnvironment> env, int steps) {
        DeclaredExperiment<?> e = declared(id.family());
        RunConfig first = e.configurations(Profile.QUICK, 1).stream().filter(c -> c.config().equals(id.config())).findFirst().orElseThrow();
        RunConfig config = new RunConfig(first.experiment(), first.config(), id.seed(), first.params());
        RunEnvironment data = env.get();
        if (data.profile() != Profile.QUICK) throw new IllegalStateException("export cases follow the quick profile, got " + data.profile().label());
        TrainingSetup t = e.trainingSetup(config, data).orElseThrow(
                () -> new IllegalStateException(id.family() + "/" + id.config() + " is not a plain training run"));
        if (t.spec().precision() != Precision.DOUBLE) throw new IllegalStateException(id.family() + " trains in " + t.spec().precision());
        return ExportCase.of(id, t.description() + "; quick profile of the catalog", t.spec(), t.train(), t.order(), steps);
    }

    /** The declaration of a catalog experiment, as the lab runs it. */
    private static DeclaredExperiment<?> declared(String id) {
        return Catalog.declared().stream().filter(e -> e.id().equals(id)).findFirst().map(DeclaredExperiment::new)
                .orElseThrow(() -> new IllegalStateException("no catalog experiment '" + id + "'"));
    }

    private static Dataset mnistSubset(Supplier<RunEnvironment> env, int perClass, long seed) {
        Dataset all = env.get().mnistTrain();
        return all.rows(StratifiedSubset.indices(all, perClass, seed));
    }
}
