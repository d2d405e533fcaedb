package io.twinnet.experiments.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTargetTest {

    private static BenchRow row(String caseId, BenchSide side, double wallRatio, double procRatio) {
        return new BenchRow(caseId, "mnist", 1, side.id(), side.precision(), "x", 0, 1, 1, 1, 1, 1,
                wallRatio, 1, procRatio, 0, 0, 0, 0.5, List.of(1.0));
    }

    private static BenchRow rowWithThreadRatio(String caseId, BenchSide side, double threadRatio) {
        return new BenchRow(caseId, "mnist", 1, side.id(), side.precision(), "x", 1, 1, 1, 1, 1, 1,
                100, threadRatio, 100, 0, 0, 0, 0.5, List.of(1.0));
    }

    private static BenchTarget find(List<BenchTarget> targets, String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aHundredTimesAtMinibatchOneIsInclusiveAndJudgedPerMeasure() {
        List<BenchTarget> t = BenchTarget.judge(List.of(row("mlp-mnist-mb1", BenchSide.DL4J_DOUBLE_DATASET, 100.0, 99.9)));
        BenchTarget mb1 = find(t, "mb1-100x-double");
        assertTrue(mb1.holdsOnWall());
        assertFalse(mb1.holdsOnProcessCpu());
        assertEquals(99.9, mb1.processCpuRatio());
    }

    @Test
    void twiceAsFastAtMinibatch128IsInclusive() {
        List<BenchTarget> t = BenchTarget.judge(List.of(row("mlp-mnist-mb128", BenchSide.DL4J_DOUBLE_DATASET, 1.99, 2.0)));
        BenchTarget mb128 = find(t, "mb128-2x-double");
        assertFalse(mb128.holdsOnWall());
        assertTrue(mb128.holdsOnProcessCpu());
    }

    @Test
    void aMissingRowFailsWithNaNRatios() {
        List<BenchTarget> t = BenchTarget.judge(List.of());
        for (BenchTarget target : t) {
            assertTrue(Double.isNaN(target.wallRatio()));
            assertFalse(target.holdsOnWall());
            assertFalse(target.holdsOnProcessCpu());
        }
    }

    @Test
    void floatTargetsLookAtTheFloatRowOnly() {
        List<BenchTarget> t = BenchTarget.judge(List.of(
                row("mlp-mnist-mb1", BenchSide.DL4J_DOUBLE_DATASET, 10, 10),
                row("mlp-mnist-mb1", BenchSide.DL4J_FLOAT_DATASET, 180, 180)));
        assertFalse(find(t, "mb1-100x-double").holdsOnWall());
        assertTrue(find(t, "mb1-100x-float").holdsOnWall());
    }

    @Test
    void oneThreadTargetsAreJudgedOnThreadCpuToo() {
        List<BenchTarget> t = BenchTarget.judge(List.of(rowWithThreadRatio("mlp-mnist-mb1", BenchSide.DL4J_DOUBLE_DATASET_1T, 46.1)));
        BenchTarget mb1 = find(t, "mb1-50x-double-1thread");
        assertEquals(46.1, mb1.threadCpuRatio());
        assertFalse(mb1.holdsOnThreadCpu());
        assertTrue(mb1.holdsOnWall());
        assertTrue(mb1.holdsOnProcessCpu());
    }
}
