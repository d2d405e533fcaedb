package io.twinnet.experiments.app.cli;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.data.GaussianBlobs;
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
import java.util.List;

/** A real but tiny training experiment (Gaussian blobs, 4-8-3 tanh), declared as a catalog one is, so CLI tests can run sweeps in seconds. */
public final class TinyBlobsExperiment implements Experiment<TinyBlobsExperiment.Lr> {
    static final String ID = "tiny-blobs";

    /** A learning rate. */
    public record Lr(double lr) implements GridPoint {
        @Override
        public String id() {
            return "tanh-lr" + lr;
        }
    }

    /** The declaration as the CLI and the sweep see it. */
    public static DeclaredExperiment<Lr> declared() {
        return new DeclaredExperiment<>(new TinyBlobsExperiment());
    }

    @Override public String id() { return ID; }
    @Override public String title() { return "tiny blobs"; }
    @Override public String source() { return "test"; }
    @Override public int position() { return 0; }
    @Override public String setup(Profile profile) { return "3 Gaussian blobs, 4-8-3 tanh MLP, lr 0.1 and 0.3"; }
    @Override public boolean usesMnist() { return false; }
    @Override public int seeds(Profile profile) { return 1; }

    @Override
    public List<Lr> grid(Profile profile) {
        return List.of(new Lr(0.1), new Lr(0.3));
    }

    @Override
    public Trial trial(Lr point, RunSeeds seeds, RunEnvironment env) {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(4)).name(ID).learningRate(point.lr()).seed(seeds.init())
                .layer(DenseLayerSpec.of(8, Activation.TANH, WeightInit.xavier()))
                .layer(OutputLayerSpec.of(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())).build();
        Dataset data = GaussianBlobs.generate(30, 3, 4, 3.0, 1.0, seeds.data());
        MinibatchOrder order = MinibatchOrder.shuffled(data.size(), 5, 2, seeds.order());
        return TrainingTrial.builder(spec, data, order, data).data("3 Gaussian blobs of 30, seed " + seeds.data())
                .checkpointEvery(6).paritySteps(10).build();
    }

    @Override
    public List<Claim<Lr>> claims() {
        return List.of(Claim.seed("learns", "a 4-8-3 tanh net learns three blobs", Rules.custom("final accuracy of every run at least 0.8", runs -> {
            double worst = 1;
            for (double a : runs.values(Metrics.FINAL_EVAL_ACCURACY)) worst = Math.min(worst, Double.isNaN(a) ? 0 : a);
            return Judgement.of(worst >= 0.8, String.format("worst final accuracy %.3f", worst));
        })));
    }
}
