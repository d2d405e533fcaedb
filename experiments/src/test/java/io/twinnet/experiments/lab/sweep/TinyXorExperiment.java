package io.twinnet.experiments.lab.sweep;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.data.XorDataset;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Judgement;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.Rules;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.Trial;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small real experiment for the sweep's tests, declared as a catalog experiment is: a 2-8-2 tanh net on
 * XOR at a few learning rates, one seed, trained on both implementations by the lab. It counts the trials
 * it is asked for (one per run the sweep computes) and can be slowed down so a test can kill a sweep mid-way.
 */
class TinyXorExperiment implements Experiment<TinyXorExperiment.Lr> {
    static final String ID = "tiny-xor";

    /** A learning rate of {@code tenths} / 10. */
    record Lr(int tenths) implements GridPoint {
        Lr {
            if (tenths < 1 || tenths > 9) throw new IllegalArgumentException("tenths: 1 to 9, got " + tenths);
        }

        double lr() {
            return tenths / 10.0;
        }

        @Override
        public String id() {
            return "lr0." + tenths;
        }
    }

    final AtomicInteger runs = new AtomicInteger();
    private final int configs;
    private final long delayMillis;

    TinyXorExperiment(int configs, long delayMillis) {
        this.configs = configs;
        this.delayMillis = delayMillis;
    }

    /** This declaration as the sweep runs it. */
    DeclaredExperiment<Lr> declared() {
        return new DeclaredExperiment<>(this);
    }

    @Override public String id() { return ID; }
    @Override public String title() { return "XOR"; }
    @Override public String source() { return "test"; }
    @Override public int position() { return 0; }
    @Override public String setup(Profile profile) { return "2-8-2 tanh, softmax + MCXENT, 300 SGD steps of 8 examples"; }
    @Override public boolean usesMnist() { return false; }
    @Override public int seeds(Profile profile) { return 1; }

    @Override
    public List<Lr> grid(Profile profile) {
        List<Lr> grid = new ArrayList<>();
        for (int c = 1; c <= configs; c++) grid.add(new Lr(c));
        return grid;
    }

    @Override
    public Trial trial(Lr point, RunSeeds seeds, RunEnvironment env) {
        runs.incrementAndGet();
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(2)).dense(8, Activation.TANH, WeightInit.xavier())
                .output(2, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())
                .learningRate(point.lr()).seed(seeds.init()).build();
        Dataset train = XorDataset.generate(200, seeds.data());
        Dataset eval = XorDataset.generate(200, seeds.evaluation());
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 8, 12, seeds.order());
        return TrainingTrial.builder(spec, train, order, eval).checkpointEvery(50).paritySteps(20).build();
    }

    @Override
    public List<Claim<Lr>> claims() {
        return List.of(Claim.seed("learns-xor", "A 2-8-2 tanh net learns XOR", Rules.custom("median final accuracy >= 0.9", runs -> {
            double median = runs.median(Metrics.FINAL_EVAL_ACCURACY);
            return Judgement.of(median >= 0.9, "median accuracy " + median);
        })));
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
