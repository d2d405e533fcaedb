package io.twinnet.core.data;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MinibatchOrderTest {

    @Test
    void everyEpochVisitsEveryExampleOnceInBatchesOfTheGivenSize() {
        MinibatchOrder order = MinibatchOrder.shuffled(10, 4, 3, 1);
        assertEquals(9, order.size()); // 4 + 4 + 2 per epoch
        assertEquals(4, order.maxBatchSize());
        for (int e = 0; e < 3; e++) {
            int[] seen = new int[10];
            for (int b = 3 * e; b < 3 * e + 3; b++) for (int i : order.batch(b)) seen[i]++;
            int[] ones = new int[10];
            Arrays.fill(ones, 1);
            assertArrayEquals(ones, seen);
        }
        assertEquals(2, order.batch(2).length);
    }

    @Test
    void theSameSeedGivesTheSameOrder() {
        MinibatchOrder a = MinibatchOrder.shuffled(50, 7, 2, 9), b = MinibatchOrder.shuffled(50, 7, 2, 9);
        for (int k = 0; k < a.size(); k++) assertArrayEquals(a.batch(k), b.batch(k));
    }

    @Test
    void explicitBatchesAreCheckedAndCopied() {
        int[] batch = {0, 2};
        MinibatchOrder order = MinibatchOrder.of(List.of(batch), 3);
        batch[0] = 1;
        assertArrayEquals(new int[]{0, 2}, order.batch(0));
        assertThrows(IllegalArgumentException.class, () -> MinibatchOrder.of(List.of(new int[]{3}), 3));
        assertThrows(IllegalArgumentException.class, () -> MinibatchOrder.of(List.of(new int[]{}), 3));
    }
}
