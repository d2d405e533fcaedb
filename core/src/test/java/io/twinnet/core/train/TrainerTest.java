package io.twinnet.core.train;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainerTest {
    private static final Trainer EVERY_STEP = Trainer.checkpointingEvery(1);

    static NetworkSpec spiralNet(long seed) {
        return NetworkSpec.builder(Shape.vector(2))
                .dense(32, Activation.RELU, WeightInit.xavier())
                .dense(32, Activation.RELU, WeightInit.xavier())
                .output(2, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())
                .learningRate(0.1).seed(seed).build();
    }

    static double accuracy(Network net, Dataset data) {
        double[] out = net.output(data.features(), data.size());
        int k = data.labelCount(), correct = 0;
        for (int i = 0; i < data.size(); i++) {
            int predicted;
            if (k == 1) {
                predicted = out[i] > 0.5 ? 1 : 0;
                if (predicted == (int) data.labels()[i]) correct++;
            } else {
                predicted = out[i * k] > out[i * k + 1] ? 0 : 1;
                if (predicted == data.classOf(i)) correct++;
            }
        }
        return correct / (double) data.size();
    }

    @Test
    void aReluMlpLearnsTwoSpirals() {
        // (a tanh net of the same shape plateaus near 60 % here, in the core and in a numpy reference alike)
        Dataset data = SyntheticSets.spirals(100, 0.02, 1);
        Network net = Network.initialise(spiralNet(5));
        double before = accuracy(net, data);
        TrainingOutcome outcome = Trainer.checkpointingEvery(1000).train(net.trainable(), data,
                MinibatchOrder.shuffled(data.size(), 4, 400, 2), TrainingListener.NONE);
        assertFalse(outcome.diverged(), outcome.toString());
        double after = accuracy(net, data);
        assertTrue(after >= 0.97, "accuracy " + before + " -> " + after);
    }

    @Test
    void aSigmoidMlpWithBinaryCrossEntropyLearnsXor() {
        Dataset data = SyntheticSets.xor(50, 3);
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(2))
                .dense(8, Activation.SIGMOID, WeightInit.xavier())
                .output(1, Activation.SIGMOID, LossFunction.XENT, WeightInit.xavier())
                .learningRate(0.5).seed(4).build();
        Network net = Network.initialise(spec);
        Trainer.checkpointingEvery(100).train(net.trainable(), data, MinibatchOrder.shuffled(data.size(), 4, 300, 5), null);
        assertTrue(accuracy(net, data) >= 0.98, "accuracy " + accuracy(net, data));
    }

    @Test
    void theSameSpecAndSeedGiveBitIdenticalTrainingTwice() {
        Dataset data = SyntheticSets.spirals(50, 0.05, 7);
        MinibatchOrder order = MinibatchOrder.shuffled(data.size(), 5, 20, 8);
        Recorder first = new Recorder(), second = new Recorder();
        Network a = Network.initialise(spiralNet(11));
        Network b = Network.initialise(spiralNet(11));
        EVERY_STEP.train(a.trainable(), data, order, first);
        EVERY_STEP.train(b.trainable(), data, order, second);
        for (int k = 0; k < a.parameters().length; k++) {
            assertEquals(Double.doubleToRawLongBits(a.parameters()[k]), Double.doubleToRawLongBits(b.parameters()[k]));
        }
        assertEquals(first.scores, second.scores);
        Network c = Network.initialise(spiralNet(12));
        EVERY_STEP.train(c.trainable(), data, order, TrainingListener.NONE);
        assertFalse(java.util.Arrays.equals(a.parameters(), c.parameters()));
    }

    @Test
    void checkpointsComeAtStepZeroEveryKStepsAndAfterTheLastStepWithTheMeanScoreOfTheirWindow() {
        Dataset data = SyntheticSets.xor(5, 1);
        MinibatchOrder order = MinibatchOrder.shuffled(data.size(), 6, 2, 3); // 20 examples: batches 6, 6, 6, 2 per epoch
        Network net = Network.initialise(smallNetFor(data));
        Recorder seen = new Recorder();
        TrainingOutcome outcome = Trainer.checkpointingEvery(3).train(net.trainable(), data, order, seen);
        assertEquals(TrainingOutcome.completed(8), outcome);
        assertEquals(8, seen.steps.size());
        for (int s = 0; s < 8; s++) {
            assertEquals(s, seen.steps.get(s).step());
            assertEquals(order.batch(s).length, seen.steps.get(s).batchSize());
        }
        assertEquals(List.of(0, 3, 6, 8), seen.checkpoints.stream().map(Checkpoint::step).toList());
        assertTrue(Double.isNaN(seen.checkpoints.get(0).meanTrainScore()));
        assertEquals((seen.scores.get(0) + seen.scores.get(1) + seen.scores.get(2)) / 3, seen.checkpoints.get(1).meanTrainScore(), 0.0);
        assertEquals((seen.scores.get(6) + seen.scores.get(7)) / 2, seen.checkpoints.get(3).meanTrainScore(), 0.0);
        assertEquals(8, net.iteration());
    }

    @Test
    void trainerStopsAsDivergedAtTheFirstNonFiniteScore() {
        Scripted net = new Scripted(new double[] {0.5, 0.4, 0.3, 0.2, Double.POSITIVE_INFINITY, 0.1, 0.1}, Integer.MAX_VALUE);
        Recorder seen = new Recorder();
        TrainingOutcome outcome = Trainer.checkpointingEvery(2).train(net, net.data(), net.order(), seen);
        assertEquals(new TrainingOutcome(5, 4, "score is Infinity"), outcome);
        assertEquals(5, net.fits);
        assertEquals(5, seen.steps.size(), "the diverged step is reported too");
        assertEquals(List.of(0, 2, 4), seen.checkpoints.stream().map(Checkpoint::step).toList(), "no checkpoint after the diverged step");
    }

    @Test
    void trainerStopsAsDivergedAtACheckpointThatFindsANonFiniteParameter() {
        Scripted net = new Scripted(new double[] {0.5, 0.4, 0.3, 0.2, 0.1, 0.1, 0.1}, 4); // NaN parameters from step 4 on
        Recorder seen = new Recorder();
        TrainingOutcome outcome = Trainer.checkpointingEvery(3).train(net, net.data(), net.order(), seen);
        assertEquals(new TrainingOutcome(6, 5, "a parameter is not finite"), outcome, "seen at the checkpoint after step 5, not at step 4");
        Checkpoint last = seen.checkpoints.get(seen.checkpoints.size() - 1);
        assertEquals(new Checkpoint(6, (0.2 + 0.1 + 0.1) / 3, false), last);
        assertEquals(List.of(true, true, false), seen.checkpoints.stream().map(Checkpoint::parametersFinite).toList());
    }

    @Test
    void aHugeLearningRateIsReportedAsDivergedWithoutThrowing() {
        Dataset data = SyntheticSets.spirals(50, 0.05, 7);
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(2))
                .dense(16, Activation.RELU, WeightInit.relu())
                .output(2, Activation.IDENTITY, LossFunction.MSE, WeightInit.relu())
                .learningRate(1e4).seed(1).build();
        Network net = Network.initialise(spec);
        Recorder seen = new Recorder();
        TrainingOutcome outcome = EVERY_STEP.train(net.trainable(), data, MinibatchOrder.shuffled(data.size(), 4, 50, 1), seen);
        assertTrue(outcome.diverged(), outcome.toString());
        assertEquals(outcome.divergedAtStep() + 1, outcome.stepsRun());
        assertEquals(outcome.stepsRun(), seen.steps.size());
        assertTrue(!Double.isFinite(seen.scores.get(seen.scores.size() - 1)) || !net.parametersFinite(), outcome.toString());
        for (int s = 0; s < seen.scores.size() - 1; s++) assertTrue(Double.isFinite(seen.scores.get(s)), "step " + s + " was finite");
    }

    @Test
    void aMismatchedDatasetIsRefusedNamingIt() {
        Dataset data = SyntheticSets.xor(5, 1);
        Network net = Network.initialise(spiralNet(1)); // 2 outputs, xor has 1 label
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EVERY_STEP.train(net.trainable(), data, MinibatchOrder.shuffled(data.size(), 2, 1, 1), TrainingListener.NONE));
        assertTrue(e.getMessage().startsWith("data:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Trainer.checkpointingEvery(0));
    }

    private static NetworkSpec smallNetFor(Dataset data) {
        return NetworkSpec.builder(Shape.vector(2)).dense(4, Activation.RELU, WeightInit.relu())
                .output(data.labelCount(), Activation.SIGMOID, LossFunction.MSE, WeightInit.xavier()).learningRate(0.1).build();
    }

    /** Keeps everything a run reports. */
    static final class Recorder implements TrainingListener {
        final List<TrainingStep> steps = new ArrayList<>();
        final List<Double> scores = new ArrayList<>();
        final List<Checkpoint> checkpoints = new ArrayList<>();

        @Override
        public void onStep(TrainingStep step) {
            steps.add(step);
            scores.add(step.score());
        }

        @Override
        public void onCheckpoint(Checkpoint checkpoint, TrainableNetwork network) {
            checkpoints.add(checkpoint);
        }
    }

    /** A stand-in network whose scores are given, and whose parameters turn NaN after a given step. */
    static final class Scripted implements TrainableNetwork {
        private final double[] scores;
        private final int nanFromStep;
        private final NetworkSpec spec = NetworkSpec.builder(Shape.vector(2))
                .output(1, Activation.SIGMOID, LossFunction.MSE, WeightInit.xavier()).learningRate(0.1).build();
        int fits;

        Scripted(double[] scores, int nanFromStep) {
            this.scores = scores;
            this.nanFromStep = nanFromStep;
        }

        Dataset data() {
            return SyntheticSets.xor(1, 1);
        }

        MinibatchOrder order() {
            List<int[]> batches = new ArrayList<>();
            for (int s = 0; s < scores.length; s++) batches.add(new int[] {s % 4});
            return MinibatchOrder.of(batches, 4);
        }

        @Override
        public NetworkSpec spec() {
            return spec;
        }

        @Override
        public double fit(double[] features, double[] labels, int batch) {
            return scores[fits++];
        }

        @Override
        public double[] output(double[] features, int batch) {
            return new double[batch];
        }

        @Override
        public double score(double[] features, double[] labels, int batch) {
            return 0;
        }

        @Override
        public double computeGradient(double[] features, double[] labels, int batch) {
            return 0;
        }

        @Override
        public double[] gradient() {
            return new double[3];
        }

        @Override
        public double[] parameters() {
            return new double[] {1, fits > nanFromStep ? Double.NaN : 2, 3};
        }

        @Override
        public void setParameters(double[] parameters) {
        }

        @Override
        public double[][] activations(double[] features, int batch) {
            return new double[0][];
        }
    }
}
