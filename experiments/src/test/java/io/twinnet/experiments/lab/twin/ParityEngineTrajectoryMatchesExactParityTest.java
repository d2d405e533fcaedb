package io.twinnet.experiments.lab.twin;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.dl4j.parity.ParityEngine;
import io.twinnet.dl4j.parity.TrajectoryParity;
import io.twinnet.experiments.lab.ParityRecord;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bridge's ParityEngine.trajectory gives the numbers the lab's ExactParity records, so ExactParity can delegate to it. */
class ParityEngineTrajectoryMatchesExactParityTest {

    @Test
    void trajectoryGivesExactParitysDifferencesBitForBit() {
        NetworkSpec spec = TrainerReproducesTrainingProtocolTest.spec(0.1, Precision.FLOAT);
        Dataset train = TrainerReproducesTrainingProtocolTest.blobs(40, 11);
        MinibatchOrder order = MinibatchOrder.shuffled(train.size(), 6, 1, 12);
        double[] initial = Network.initialise(spec).parameters().clone();
        ParityRecord expected = ExactParity.check(spec, initial, train, order, 5);
        TrajectoryParity actual = ParityEngine.trajectory(spec, initial, train, order, 5);
        assertEquals(expected, new ParityRecord(actual.steps(), spec.precision().jsonName(), actual.output(), actual.loss(), actual.parameters()));
        assertTrue(actual.parameters() > 0, "float DL4J and the double core should differ a little: " + actual);
    }
}
