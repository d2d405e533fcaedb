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
        TrainingOutcome outcome = Trainer.train(net, data, MinibatchOrder.shuffled(data.size(), 4, 400, 2), TrainingListener.NONE);
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
        Trainer.train(net, data, MinibatchOrder.shuffled(data.size(), 4, 300, 5), TrainingListener.NONE);
        assertTrue(accuracy(net, data) >= 0.98, "accuracy " + accuracy(net, data));
    }

    @Test
    void theSameSpecAndSeedGiveBitIdenticalTrainingTwice() {
        Dataset data = SyntheticSets.spirals(50, 0.05, 7);
        MinibatchOrder order = MinibatchOrder.shuffled(data.size(), 5, 20, 8);
        List<Double> scores1 = new ArrayList<>(), scores2 = new ArrayList<>();
        Network a = Network.initialise(spiralNet(11));
        Network b = Network.initialise(spiralNet(11));
        Trainer.train(a, data, order, (step, net) -> scores1.add(step.score()));
        Trainer.train(b, data, order, (step, net) -> scores2.add(step.score()));
        assertArrayEquals(a.parameters(), b.parameters(), 0.0);
        for (int k = 0; k < a.parameters().length; k++) {
            assertEquals(Double.doubleToRawLongBits(a.parameters()[k]), Double.doubleToRawLongBits(b.parameters()[k]));
        }
        assertEquals(scores1, scores2);
        Network c = Network.initialise(spiralNet(12));
        Trainer.train(c, data, order, TrainingListener.NONE);
        assertFalse(java.util.Arrays.equals(a.parameters(), c.parameters()));
    }

    @Test
    void theListenerSeesEveryStepInOrder() {
        Dataset data = SyntheticSets.xor(5, 1);
        MinibatchOrder order = MinibatchOrder.shuffled(data.size(), 6, 2, 3); // 20 examples: batches 6, 6, 6, 2 per epoch
        Network net = Network.initialise(spiralNetFor(data));
        List<TrainingStep> steps = new ArrayList<>();
        TrainingOutcome outcome = Trainer.train(net, data, order, (step, n) -> steps.add(step));
        assertEquals(8, outcome.stepsRun());
        assertEquals(8, steps.size());
        for (int s = 0; s < 8; s++) {
            assertEquals(s, steps.get(s).step());
            assertEquals(s, steps.get(s).iteration());
            assertEquals(order.batch(s).length, steps.get(s).batchSize());
            assertEquals(0.1, steps.get(s).learningRate());
        }
        assertEquals(steps.get(7).score(), outcome.lastScore());
        assertEquals(8, net.iteration());
    }

    private static NetworkSpec spiralNetFor(Dataset data) {
        return NetworkSpec.builder(Shape.vector(2)).dense(4, Activation.RELU, WeightInit.relu())
                .output(data.labelCount(), Activation.SIGMOID, LossFunction.MSE, WeightInit.xavier()).learningRate(0.1).build();
    }

    @Test
    void aHugeLearningRateIsReportedAsDivergedAtAStepWithoutThrowing() {
        Dataset data = SyntheticSets.spirals(50, 0.05, 7);
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(2))
                .dense(16, Activation.RELU, WeightInit.relu())
                .output(2, Activation.IDENTITY, LossFunction.MSE, WeightInit.relu())
                .learningRate(1e4).seed(1).build();
        Network net = Network.initialise(spec);
        List<Double> seen = new ArrayList<>();
        TrainingOutcome outcome = Trainer.train(net, data, MinibatchOrder.shuffled(data.size(), 4, 50, 1), (s, n) -> seen.add(s.score()));
        assertTrue(outcome.diverged(), outcome.toString());
        assertTrue(outcome.divergedAtStep() >= 0 && outcome.divergedAtStep() < 50 * 25, outcome.toString());
        assertEquals(outcome.divergedAtStep() + 1, outcome.stepsRun());
        assertEquals(outcome.stepsRun(), seen.size());
        assertTrue(!Double.isFinite(seen.get(seen.size() - 1)) || !net.parametersFinite(), outcome.toString());
        for (int s = 0; s < seen.size() - 1; s++) assertTrue(Double.isFinite(seen.get(s)), "step " + s + " was finite");
    }

    @Test
    void aMismatchedDatasetIsRefusedNamingIt() {
        Dataset data = SyntheticSets.xor(5, 1);
        Network net = Network.initialise(spiralNet(1)); // 2 outputs, xor has 1 label
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.train(net, data, MinibatchOrder.shuffled(data.size(), 2, 1, 1), TrainingListener.NONE));
        assertTrue(e.getMessage().startsWith("data:"), e.getMessage());
    }
}
