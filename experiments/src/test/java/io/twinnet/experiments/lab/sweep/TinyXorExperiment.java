package io.twinnet.experiments.lab.sweep;

import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.ClaimSpec;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Judgement;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.data.XorDataset;
import io.twinnet.experiments.lab.TrainingProtocol;
import io.twinnet.experiments.lab.TwinRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small real experiment for the runner's tests: a 2-8-2 tanh net on XOR, trained on both
 * implementations with {@link TwinRun}; counts its runs, and can be slowed down so a test can
 * kill a sweep in the middle.
 */
class TinyXorExperiment implements RunnableExperiment {
    static final ClaimSpec LEARNS = new ClaimSpec("learns-xor", "A 2-8-2 tanh net learns XOR", "median final accuracy >= 0.9");
    final AtomicInteger runs = new AtomicInteger();
    private final int configs;
    private final long delayMillis;

    TinyXorExperiment(int configs, long delayMillis) {
        this.configs = configs;
        this.delayMillis = delayMillis;
    }

    @Override
    public String id() {
        return "tiny-xor";
    }

    @Override
    public String title() {
        return "XOR";
    }

    @Override
    public String source() {
        return "test";
    }

    @Override
    public String setup(Profile profile) {
        return "2-8-2 tanh, softmax + MCXENT, 300 SGD steps of 8 examples";
    }

    @Override
    public boolean usesMnist() {
        return false;
    }

    @Override
    public List<ClaimSpec> claims() {
        return List.of(LEARNS);
    }

    @Override
    public List<RunConfig> configurations(Profile profile, int seeds, int firstSeed) {
        List<RunConfig> grid = new ArrayList<>();
        for (int c = 0; c < configs; c++) {
            grid.add(new RunConfig(id(), "lr" + (0.1 * (c + 1)), 7 + c, Map.of("lr", 0.1 * (c + 1))));
        }
        return grid;
    }

    @Override
    public RunRecord run(RunConfig config, RunEnvironment env) throws Exception {
        runs.incrementAndGet();
        if (delayMillis > 0) Thread.sleep(delayMillis);
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(2)).dense(8, Activation.TANH, WeightInit.xavier())
                .output(2, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())
                .learningRate(config.doubleParam("lr")).seed(config.seed()).build();
        Dataset train = XorDataset.generate(200, config.seed());
        Dataset eval = XorDataset.generate(200, config.seed() + 1000);
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 8, 12, config.seed());
        return TwinRun.train(config, env.implementations(), spec, train, order, new TrainingProtocol(train, order, eval, 50), 20, null);
    }

    @Override
    public List<ClaimResult> evaluate(List<RunRecord> records, Profile profile) {
        Judgement[] j = new Judgement[2];
        for (Implementation impl : Implementation.values()) {
            double[] acc = records.stream().mapToDouble(r -> r.side(impl).scalarOr("finalEvalAccuracy", 0)).sorted().toArray();
            double median = acc[acc.length / 2];
            j[impl.ordinal()] = Judgement.of(median >= 0.9, "median accuracy " + median);
        }
        return List.of(ClaimResult.of(LEARNS, j[0], j[1]));
    }

    static RunEnvironment environment() {
        return new RunEnvironment() {
            @Override
            public Profile profile() {
                return Profile.QUICK;
            }

            @Override
            public Dataset mnistTrain() {
                throw new UnsupportedOperationException("tiny-xor reads no MNIST");
            }

            @Override
            public Dataset mnistTest() {
                throw new UnsupportedOperationException("tiny-xor reads no MNIST");
            }
        };
    }
}
