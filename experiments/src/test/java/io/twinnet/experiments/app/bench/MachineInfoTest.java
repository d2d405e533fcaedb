package io.twinnet.experiments.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MachineInfoTest {
    @Test
    void flopsPerCycleFollowTheVectorUnits() {
        // Zen 3/4: 2 pipes × 4 doubles × 2 flops; Zen 5 / Intel AVX-512: 2 × 8 × 2; AVX2+FMA: 2 × 4 × 2
        assertEquals(16, MachineInfo.flopsPerCycle("AuthenticAMD", 0x19, List.of("sse2", "avx", "avx2", "fma", "avx512f")));
        assertEquals(32, MachineInfo.flopsPerCycle("AuthenticAMD", 0x1A, List.of("avx2", "fma", "avx512f")));
        assertEquals(32, MachineInfo.flopsPerCycle("GenuineIntel", 6, List.of("avx2", "fma", "avx512f")));
        assertEquals(16, MachineInfo.flopsPerCycle("GenuineIntel", 6, List.of("avx", "avx2", "fma")));
        assertEquals(8, MachineInfo.flopsPerCycle("GenuineIntel", 6, List.of("sse2", "avx")));
        assertEquals(4, MachineInfo.flopsPerCycle("unknown", -1, List.of()));
    }
}
