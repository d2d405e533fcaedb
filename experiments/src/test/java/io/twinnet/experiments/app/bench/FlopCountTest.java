package io.twinnet.experiments.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlopCountTest {

    @Test
    void mnistMlpCountsMatchTheHandCount() {
        FlopCount c = FlopCount.of(BenchCases.mlp("mcxent")).orElseThrow();
        // forward 784·100 + 100·10; backward: both weight gradients + the second layer's input gradient
        assertEquals(78_400 + 1_000, c.forwardMacs());
        assertEquals(78_400 + 1_000 + 1_000, c.backwardMacs());
        assertEquals(78_400, c.firstLayerMacs());
        assertEquals(78_400 + 100 + 1_000 + 10, c.parameters());
        // 2·(79,400 + 80,400) + 2·79,510 / N
        assertEquals(319_600 + 159_020, c.denseFlopsPerExample(1), 1e-9);
        assertEquals(319_600 + 159_020 / 128.0, c.denseFlopsPerExample(128), 1e-9);
    }

    @Test
    void performedFlopsDropTheZeroInputsOfTheFirstLayerOnly() {
        FlopCount c = FlopCount.of(BenchCases.mlp("mse")).orElseThrow();
        // a quarter of the inputs non-zero: forward and weight gradient of layer 1 at 1/4 of 78,400 MACs each
        double expected = 2.0 * (2 * 78_400 * 0.25 + 1_000 + 2_000) + 2.0 * 79_510 / 32;
        assertEquals(expected, c.performedFlopsPerExample(32, 0.25), 1e-9);
        assertEquals(c.denseFlopsPerExample(32), c.performedFlopsPerExample(32, 1.0), 1e-9);
    }

    @Test
    void convolutionalNetworksAreNotCounted() {
        Optional<FlopCount> c = FlopCount.of(BenchCases.cnn());
        assertTrue(c.isEmpty());
    }

    @Test
    void flopRateDividesByCpuTimeAndPeak() {
        FlopCount c = FlopCount.of(BenchCases.mlp("mcxent")).orElseThrow();
        FlopRate r = FlopRate.of("x", "core", 1, c, 1.0, 100.0, 48.0);
        // 478,620 flops in 100 µs = 4.7862 GFLOP/s; a tenth of a 47.862 peak would be 0.1
        assertEquals(4.7862, r.denseEquivalentGflops(), 1e-12);
        assertEquals(4.7862, r.performedGflops(), 1e-12);
        assertEquals(4.7862 / 48.0, r.performedFractionOfPeak(), 1e-12);
    }
}
