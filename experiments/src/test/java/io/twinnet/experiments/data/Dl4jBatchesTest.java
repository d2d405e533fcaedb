package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Dl4jBatchesTest {

    @Test
    void aDoubleBatchHoldsExactlyTheCoreRowsInTheOrdersOrder() {
        Dataset d = GaussianBlobs.generate(20, 3, 5, 2.0, 1.0, 4L);
        MinibatchOrder order = MinibatchOrder.shuffled(d.size(), 7, 2, 99L);
        for (int b = 0; b < order.size(); b++) {
            DataSet batch = Dl4jBatches.batch(d, order, b, DataType.DOUBLE);
            int[] idx = order.batch(b);
            assertEquals(DataType.DOUBLE, batch.getFeatures().dataType());
            assertArrayEquals(new long[] {idx.length, 5}, batch.getFeatures().shape());
            for (int r = 0; r < idx.length; r++) {
                for (int j = 0; j < 5; j++) {
                    assertEquals(d.features()[idx[r] * 5 + j], batch.getFeatures().getDouble(r, j));
                }
                for (int k = 0; k < 3; k++) {
                    assertEquals(d.labels()[idx[r] * 3 + k], batch.getLabels().getDouble(r, k));
                }
            }
        }
    }

    @Test
    void aFloatBatchRoundsEachValueToTheNearestFloat() {
        Dataset d = TwoSpirals.generate(10, 2, 0.1, 3L);
        int[] idx = {19, 0, 7};
        DataSet batch = Dl4jBatches.rows(d, idx, DataType.FLOAT);
        assertEquals(DataType.FLOAT, batch.getFeatures().dataType());
        for (int r = 0; r < idx.length; r++) {
            for (int j = 0; j < 2; j++) {
                assertEquals((float) d.features()[idx[r] * 2 + j], batch.getFeatures().getFloat(r, j));
            }
        }
    }
}
