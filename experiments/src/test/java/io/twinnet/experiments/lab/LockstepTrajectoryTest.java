package io.twinnet.experiments.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LearningRateSchedule;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.train.Trainer;
import io.twinnet.experiments.data.GaussianBlobs;
import org.junit.jupiter.api.Test;

/** The whole-run comparison of a shared-init run: DL4J (or any network) with a core network stepped in lockstep behind it. */
class LockstepTrajectoryTest {
    private static final Dataset BLOBS = GaussianBlobs.generate(20, 3, 6, 2.0, 1.0, 7);
    /** 60 examples in minibatches of 4, five epochs: 75 steps. */
    private static final MinibatchOrder ORDER = MinibatchOrder.shuffled(BLOBS.size(), 4, 5, 11);

    private static NetworkSpec net(Activation hidden, double lr) {
        return NetworkSpec.builder(Shape.vector(6)).name("lockstep").learningRate(lr).seed(3)
                .layer(DenseLayerSpec.of(8, hidden, WeightInit.xavier()))
                .layer(DenseLayerSpec.of(8, hidden, WeightInit.xavier()))
                .layer(OutputLayerSpec.of(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())).build();
    }

    private static TrajectoryRecord trained(LockstepTrajectory lockstep, int checkpointEvery) {
        Trainer.checkpointingEvery(checkpointEvery).train(lockstep, BLOBS, ORDER, null);
        return lockstep.record("double");
    }

    @Test
    void dl4jFromTheCoresParametersFollowsASigmoidCoreToRoundingOverTheWholeRun() {
        NetworkSpec spec = net(Activation.SIGMOID, 0.5);
        double[] initial = Network.initialise(spec).parameters();
        TrajectoryRecord r = trained(LockstepTrajectory.of(spec, initial, 20), 20);
        assertEquals(75, r.steps(), "every step of the run is compared");
        assertFalse(r.parted(), "a smooth net never parts: " + r);
        assertTrue(r.finalParamRelDiff() <= 1e-9 && r.maxLossRelDiff() <= 1e-9, r.toString());
        assertTrue(r.finalParamRelDiff() > 0, "DL4J's BLAS sums in its own order, so the last bits differ: " + r.finalParamRelDiff());
        assertArrayEquals(new double[] {20, 40, 60, 75}, r.paramRelDiff().x(), "one value per checkpoint of the trainer");
        assertArrayEquals(r.paramRelDiff().x(), r.lossRelDiff().x());
        assertEquals(r.maxParamRelDiff(), r.paramRelDiff().max(), "the checkpoint maxima hold the run's maximum");
    }

    @Test
    void aNetworkWhoseLearningRateIsTenPercentOffPartsAtTheFirstStep() {
        NetworkSpec spec = net(Activation.RELU, 0.1);
        double[] initial = Network.initialise(spec).parameters();
        var wrong = Network.withParameters(spec.withLearningRate(LearningRateSchedule.fixed(0.11)), initial).trainable();
        TrajectoryRecord r = trained(LockstepTrajectory.following(wrong, Network.withParameters(spec, initial).trainable(), 25), 25);
        assertEquals(1, r.partingStep(), r.toString());
        assertTrue(r.finalParamRelDiff() > 1e-3, "ten per cent of every update adds up: " + r.finalParamRelDiff());
        assertTrue(r.paramRelDiff().y()[0] > 1e-6, "the difference shows from the first checkpoint on: " + r.paramRelDiff().y()[0]);
    }

    @Test
    void twoIdenticalCoresAgreeBitForBitAtEveryCheckpoint() {
        NetworkSpec spec = net(Activation.RELU, 0.1);
        double[] initial = Network.initialise(spec).parameters();
        TrajectoryRecord r = trained(LockstepTrajectory.following(Network.withParameters(spec, initial).trainable(),
                Network.withParameters(spec, initial).trainable(), 30), 30);
        assertEquals(-1, r.partingStep());
        assertEquals(0.0, r.maxParamRelDiff());
        assertEquals(0.0, r.maxLossRelDiff());
        assertArrayEquals(new double[] {30, 60, 75}, r.paramRelDiff().x());
    }

    @Test
    void aDivergingSideStopsTheComparisonAndSaysWhere() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(6)).name("linear").learningRate(0.01).seed(3)
                .layer(DenseLayerSpec.of(8, Activation.IDENTITY, WeightInit.xavier()))
                .layer(OutputLayerSpec.of(3, Activation.IDENTITY, LossFunction.MSE, WeightInit.xavier())).build();
        double[] initial = Network.initialise(spec).parameters();
        var exploding = Network.withParameters(spec.withLearningRate(LearningRateSchedule.fixed(1e3)), initial).trainable();
        TrajectoryRecord r = trained(LockstepTrajectory.following(exploding, Network.withParameters(spec, initial).trainable(), 25), 25);
        assertTrue(r.steps() < 75, "the trainer stopped at the divergence: " + r.steps());
        assertTrue(r.note().contains("DL4J diverged at step " + r.steps()), r.note());
        assertEquals(1, r.partingStep());
    }
}
