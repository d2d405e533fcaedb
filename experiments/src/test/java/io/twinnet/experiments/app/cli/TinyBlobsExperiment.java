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
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.ClaimSpec;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Judgement;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.TrainingProtocol;
import io.twinnet.experiments.lab.TwinRun;
import java.util.List;
import java.util.Map;

/** A real but tiny training experiment (Gaussian blobs, 4-8-3) so CLI tests can run sweeps in seconds. */
final class TinyBlobsExperiment implements RunnableExperiment {
    static final String ID = "tiny-blobs";
    private static final ClaimSpec LEARNS = new ClaimSpec("learns", "a 4-8-3 tanh net learns three blobs",
            "final accuracy of every run at least 0.8");

    @Override public String id() { return ID; }
    @Override public String title() { return "tiny blobs"; }
    @Override public String source() { return "test"; }
    @Override public String setup(Profile profile) { return "3 Gaussian blobs, 4-8-3 tanh MLP, lr 0.1"; }
    @Override public boolean usesMnist() { return false; }
    @Override public List<ClaimSpec> claims() { return List.of(LEARNS); }

    @Override
    public List<RunConfig> configurations(Profile profile, int seeds, int firstSeed) {
        return List.of(new RunConfig(ID, "tanh-lr0.1", 1, Map.of("lr", 0.1)), new RunConfig(ID, "tanh-lr0.3", 1, Map.of("lr", 0.3)));
    }

    @Override
    public RunRecord run(RunConfig config, RunEnvironment env) {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(4)).name(ID).learningRate(config.doubleParam("lr")).seed(config.seed())
                .layer(DenseLayerSpec.of(8, Activation.TANH, WeightInit.xavier()))
                .layer(OutputLayerSpec.of(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())).build();
        Dataset data = GaussianBlobs.generate(30, 3, 4, 3.0, 1.0, config.seed());
        MinibatchOrder order = MinibatchOrder.shuffled(data.size(), 5, 2, 100 + config.seed());
        return TwinRun.train(config, env.implementations(), spec, data, order, new TrainingProtocol(data, order, data, 6), 10, null);
    }

    @Override
    public List<ClaimResult> evaluate(List<RunRecord> runs, Profile profile) {
        return List.of(ClaimResult.of(LEARNS, judge(runs, Implementation.CORE), judge(runs, Implementation.DL4J)));
    }

    private static Judgement judge(List<RunRecord> runs, Implementation impl) {
        double worst = 1;
        for (RunRecord r : runs) worst = Math.min(worst, r.side(impl).scalarOr("finalEvalAccuracy", 0));
        return Judgement.of(worst >= 0.8, String.format("worst final accuracy %.3f", worst));
    }
}
