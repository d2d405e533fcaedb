package io.twinnet.experiments.lab;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.train.Checkpoint;
import io.twinnet.core.train.TrainableNetwork;
import io.twinnet.core.train.Trainer;
import io.twinnet.core.train.TrainingListener;
import io.twinnet.core.train.TrainingOutcome;
import io.twinnet.dl4j.Dl4jNetwork;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core's {@link Trainer}, with the lab's evaluation passed in as a checkpoint listener, against the lab's
 * {@link TrainingProtocol} on the same network, data and order: every checkpoint number must be the same bits,
 * so that switching the lab to the Trainer leaves experiment records unchanged.
 */
class TrainerReproducesTrainingProtocolTest {
    private static final int CHECKPOINT_EVERY = 7;

    static NetworkSpec spec(double lr, Precision precision) {
        return NetworkSpec.builder(Shape.vector(5))
                .dense(8, Activation.RELU, WeightInit.relu())
                .output(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())
                .learningRate(lr).seed(17).precision(precision).build();
    }

    static Dataset blobs(int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] f = new double[size * 5];
        double[] l = new double[size * 3];
        for (int i = 0; i < size; i++) {
            int c = i % 3;
            for (int k = 0; k < 5; k++) f[i * 5 + k] = (k == c ? 2.0 : 0.0) + r.nextDouble(-1, 1);
            l[i * 3 + c] = 1;
        }
        return Dataset.of("blobs", f, l, 5, 3);
    }

    /** TrainingProtocol's bookkeeping, rebuilt on the Trainer's listener. */
    static final class LabLog implements TrainingListener {
        private final Dataset eval;
        final SeriesBuilder trainLoss = new SeriesBuilder();
        final SeriesBuilder evalLoss = new SeriesBuilder();
        final SeriesBuilder evalAccuracy = new SeriesBuilder();
        double[] last;

        LabLog(Dataset eval) {
            this.eval = eval;
        }

        @Override
        public void onCheckpoint(Checkpoint checkpoint, TrainableNetwork network) {
            if (checkpoint.step() > 0) trainLoss.add(checkpoint.step(), checkpoint.meanTrainScore());
            if (!checkpoint.parametersFinite()) return;
            last = evaluate(network, eval);
            evalLoss.add(checkpoint.step(), last[0]);
            evalAccuracy.add(checkpoint.step(), last[1]);
        }

        TrainingLog log(TrainingOutcome outcome, int orderSize) {
            Map<String, Series> series = new LinkedHashMap<>();
            series.put("trainLoss", trainLoss.build());
            series.put("evalLoss", evalLoss.build());
            series.put("evalAccuracy", evalAccuracy.build());
            if (outcome.diverged()) {
                return new TrainingLog(RunStatus.DIVERGED, outcome.divergedAtStep(), series, Double.NaN, Double.NaN, outcome.divergedAtStep());
            }
            return new TrainingLog(RunStatus.FINISHED, -1, series, last[1], last[0], orderSize);
        }

        /** TrainingProtocol.evaluate's arithmetic: example-weighted means over chunks of 1000. */
        static double[] evaluate(TrainableNetwork net, Dataset data) {
            double lossSum = 0;
            double correct = 0;
            int k = data.labelCount();
            for (int from = 0; from < data.size(); from += 1000) {
                int n = Math.min(1000, data.size() - from);
                double[] f = Arrays.copyOfRange(data.features(), from * data.featureCount(), (from + n) * data.featureCount());
                double[] l = Arrays.copyOfRange(data.labels(), from * k, (from + n) * k);
                double[] out = net.output(f, n);
                lossSum += net.score(f, l, n) * n;
                correct += Stats.accuracy(out, l, n, k) * n;
            }
            return new double[] {lossSum / data.size(), correct / data.size()};
        }
    }

    private static TrainingLog viaTrainer(TrainableNetwork net, Dataset train, MinibatchOrder order, Dataset eval) {
        LabLog lab = new LabLog(eval);
        TrainingOutcome outcome = Trainer.checkpointingEvery(CHECKPOINT_EVERY).train(net, train, order, lab);
        return lab.log(outcome, order.size());
    }

    /** Runs both loops on core networks from the same initial parameters; returns the protocol's log after asserting equality. */
    private static TrainingLog assertCoreLogsEqual(NetworkSpec spec, Dataset train, MinibatchOrder order, Dataset eval) {
        double[] initial = Network.initialise(spec).parameters().clone();
        TrainingLog expected = new TrainingProtocol(train, order, eval, CHECKPOINT_EVERY).run(CoreTwin.withParameters(spec, initial));
        assertEquals(expected, viaTrainer(Network.withParameters(spec, initial).trainable(), train, order, eval));
        return expected;
    }

    @Test
    void coreTrainerGivesTheProtocolsCheckpointsBitForBit() {
        // 70 examples in batches of 8: 9 batches per epoch, the last of 6; 27 steps; 1300 evaluation examples = two chunks
        TrainingLog log = assertCoreLogsEqual(spec(0.1, Precision.DOUBLE), blobs(70, 1), MinibatchOrder.shuffled(70, 8, 3, 5), blobs(1300, 2));
        assertEquals(RunStatus.FINISHED, log.status());
        assertEquals(5, log.series().get("evalLoss").size(), "checkpoints 0, 7, 14, 21, 27");
    }

    @Test
    void coreTrainerDivergesAtTheProtocolsStep() {
        TrainingLog log = assertCoreLogsEqual(spec(3e3, Precision.DOUBLE), blobs(70, 3), MinibatchOrder.shuffled(70, 4, 20, 6), blobs(50, 4));
        assertEquals(RunStatus.DIVERGED, log.status(), "lr 3e3 should diverge: " + log);
    }

    @Test
    void dl4jNetworkUnderTheTrainerGivesDl4jTwinsCheckpointsBitForBit() {
        NetworkSpec spec = spec(0.1, Precision.FLOAT);
        Dataset train = blobs(40, 7);
        Dataset eval = blobs(30, 8);
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 6, 2, 9); // batches of 6 and a last one of 4
        double[] initial = Network.initialise(spec).parameters().clone();
        TrainingLog expected = new TrainingProtocol(train, order, eval, CHECKPOINT_EVERY).run(Dl4jTwin.withParameters(spec, initial));
        Dl4jNetwork dl4j = Dl4jNetwork.withParameters(spec, initial);
        TrainingLog actual = viaTrainer(dl4j, train, order, eval);
        assertEquals(expected, actual);
        assertTrue(expected.finalEvalAccuracy() > 0.5, "the blobs are separable: " + expected);
    }
}
