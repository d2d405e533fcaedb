package io.twinnet.experiments.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.lab.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The harness on a tiny network and a few steps: well-formed rows, consistent ratios, the JSON shape. */
class BenchRunnerTest {
    private static final List<BenchSide> SIDES = List.of(BenchSide.CORE, BenchSide.CORE_FLOAT, BenchSide.DL4J_DOUBLE_DATASET,
            BenchSide.DL4J_DOUBLE_ITERATOR, BenchSide.DL4J_FLOAT_DATASET_1T);
    private static final int PER_CASE = 5;
    private static BenchRunner.Result result;
    private static Dl4jThreads threadsBefore;
    private static Dl4jThreads threadsAfter;
    private static final List<String> progress = new ArrayList<>();

    static NetworkSpec tiny() {
        return NetworkSpec.builder(Shape.vector(6)).name("tiny").learningRate(0.05).seed(3)
                .dense(5, Activation.RELU, WeightInit.relu())
                .output(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())
                .build();
    }

    @BeforeAll
    static void runTinyBenchmark() {
        Dataset pool = ExamplePool.denseRandom(12, 6, 3, 5);
        List<BenchCase> cases = List.of(
                new BenchCase("tiny-mb1", tiny(), 1, BenchInput.DENSE_RANDOM, SIDES, 4, 2),
                new BenchCase("tiny-mb4", tiny(), 4, BenchInput.DENSE_RANDOM, SIDES, 3, 1));
        threadsBefore = Dl4jThreads.current();
        result = new BenchRunner(c -> pool, progress::add, 0).run(cases, 2, 40.0);
        threadsAfter = Dl4jThreads.current();
    }

    @Test
    void everySideOfEveryCaseGetsOneRowWithPositiveTimings() {
        assertEquals(2 * PER_CASE, result.rows().size());
        for (BenchRow r : result.rows()) {
            assertTrue(r.wallMicrosPerExample() > 0, r.toString());
            assertTrue(r.threadCpuMicrosPerExample() > 0, r.toString());
            assertTrue(r.processCpuMicrosPerExample() >= 0, "the process CPU clock ticks every 10 ms, so a short run may read 0: " + r);
            assertTrue(r.allocatedBytesPerStep() >= 0, r.toString());
            assertTrue(r.gcCount() >= 0 && r.gcMillis() >= 0, r.toString());
            assertTrue(Double.isFinite(r.lastScore()) && r.lastScore() > 0, "a cross-entropy score is positive: " + r);
            assertEquals(2, r.reps());
            assertEquals(2, r.wallMicrosPerExampleByRep().size());
        }
        assertEquals(List.of("tiny-mb1", "tiny-mb1", "tiny-mb1", "tiny-mb1", "tiny-mb1", "tiny-mb4", "tiny-mb4", "tiny-mb4", "tiny-mb4", "tiny-mb4"),
                result.rows().stream().map(BenchRow::caseId).toList());
        assertEquals(SIDES.stream().map(BenchSide::id).toList(), result.rows().subList(0, PER_CASE).stream().map(BenchRow::side).toList());
        assertFalse(progress.isEmpty());
    }

    @Test
    void ratiosAreEachSideOverTheCoreOfTheSameCaseAndPrecision() {
        for (int c = 0; c < 2; c++) {
            BenchRow doubleCore = result.rows().get(PER_CASE * c);
            BenchRow floatCore = result.rows().get(PER_CASE * c + 1);
            assertEquals("core", doubleCore.side());
            assertEquals("core-float", floatCore.side());
            assertEquals("float", floatCore.precision());
            for (BenchRow core : List.of(doubleCore, floatCore)) {
                assertEquals(1.0, core.wallRatio());
                assertEquals(1.0, core.processCpuRatio());
            }
            for (int k = 2; k < PER_CASE; k++) {
                BenchRow r = result.rows().get(PER_CASE * c + k);
                BenchRow core = r.precision().equals("float") ? floatCore : doubleCore;
                assertEquals(r.wallMicrosPerExample() / core.wallMicrosPerExample(), r.wallRatio(), 1e-12);
                assertEquals(r.threadCpuMicrosPerExample() / core.threadCpuMicrosPerExample(), r.threadCpuRatio(), 1e-12);
                if (core.processCpuMicrosPerExample() > 0) {
                    assertEquals(r.processCpuMicrosPerExample() / core.processCpuMicrosPerExample(), r.processCpuRatio(), 1e-12);
                } else {
                    assertTrue(Double.isNaN(r.processCpuRatio()), "no ratio against a zero reading");
                }
            }
        }
    }

    @Test
    void medianIsTheMiddleOfTheRepetitions() {
        for (BenchRow r : result.rows()) {
            List<Double> reps = r.wallMicrosPerExampleByRep();
            assertEquals((reps.get(0) + reps.get(1)) / 2, r.wallMicrosPerExample(), 1e-9 * r.wallMicrosPerExample());
        }
    }

    @Test
    void theCoreAllocatesNothingPerStepOnceWarm() {
        // Network.fit promises no allocation after its first call with a given batch size
        assertEquals(0.0, result.rows().get(0).allocatedBytesPerStep(), result.rows().get(0).toString());
        assertEquals(0.0, result.rows().get(1).allocatedBytesPerStep(), result.rows().get(1).toString());
        assertEquals(0.0, result.rows().get(PER_CASE).allocatedBytesPerStep(), result.rows().get(PER_CASE).toString());
    }

    @Test
    void singleThreadSideRestoresDl4jThreadSettings() {
        assertEquals(threadsBefore, threadsAfter);
        BenchRow oneThread = result.rows().get(4);
        assertEquals("dl4j-float-dataset-1thread", oneThread.side());
        assertEquals(1, oneThread.dl4jThreads());
        assertEquals("float", oneThread.precision());
    }

    @Test
    void flopRatesAreGivenForEveryCoreRowAgainstItsPrecisionsPeak() {
        assertEquals(List.of("tiny-mb1", "tiny-mb1", "tiny-mb4", "tiny-mb4"), result.flopRates().stream().map(FlopRate::caseId).toList());
        assertEquals(List.of("core", "core-float", "core", "core-float"), result.flopRates().stream().map(FlopRate::side).toList());
        assertEquals(80.0, result.flopRates().get(1).peakGflopsPerCore(), "float: twice the double lanes");
        assertEquals(result.rows().get(1).threadCpuMicrosPerExample(), result.flopRates().get(1).coreCpuMicrosPerExample());
        FlopRate r = result.flopRates().get(0);
        // 6·5 + 5·3 = 45 forward MACs; backward 30 + 2·15 = 60; update 2·(30 + 5 + 15 + 3) = 106 flops per step
        assertEquals(2.0 * (45 + 60) + 106, r.denseFlopsPerExample(), 1e-9);
        assertEquals(1.0, r.inputNonZeroFraction());
        assertEquals(40.0, r.peakGflopsPerCore());
        assertEquals(result.rows().get(0).threadCpuMicrosPerExample(), r.coreCpuMicrosPerExample());
    }

    @Test
    void reportSerialisesToOneJsonObjectWithMachineRowsAndTargets() throws Exception {
        BenchReport report = new BenchReport(MachineInfo.detect(1.5).withLoadAverageEnd(2.5), BenchSettings.of(true, 2, "mcxent"),
                result.rows(), result.flopRates(), BenchTarget.judge(result.rows()), List.of("cnn-mnist-mb32 pending: test"), 1.0);
        JsonNode root = Json.mapper().readTree(Json.mapper().writeValueAsString(report));
        assertTrue(root.isObject());
        JsonNode machine = root.get("machine");
        for (String field : List.of("cpuModel", "cores", "jdk", "ompNumThreads", "dl4jDefaultThreads", "ghz", "peakGflopsPerCore", "flopsAssumption")) {
            assertTrue(machine.has(field), "machine." + field);
        }
        assertTrue(machine.get("cores").asInt() >= 1);
        assertTrue(machine.get("ghz").asDouble() > 0);
        assertEquals(2.5, machine.get("loadAverageEnd").asDouble());
        assertEquals(2 * PER_CASE, root.get("rows").size());
        JsonNode row = root.get("rows").get(2);
        for (String field : List.of("caseId", "side", "minibatch", "wallMicrosPerExample", "threadCpuMicrosPerExample",
                "processCpuMicrosPerExample", "wallRatio", "processCpuRatio", "allocatedBytesPerStep", "gcCount", "lastScore")) {
            assertTrue(row.has(field), "row." + field);
        }
        assertEquals("dl4j-double-dataset", row.get("side").asText());
        assertEquals(8, root.get("targets").size());
        assertTrue(root.get("targets").get(0).has("holdsOnProcessCpu"));
        assertEquals(4, root.get("flopRates").size());
        assertEquals("cnn-mnist-mb32 pending: test", root.get("pending").get(0).asText());
        assertEquals(2, root.get("settings").get("reps").asInt());
    }

    @Test
    void theTableSaysATargetWhoseCaseDidNotRunWasNotRunRatherThanFailed() {
        BenchReport report = new BenchReport(MachineInfo.detect(1.5).withLoadAverageEnd(2.5), BenchSettings.of(true, 2, "mcxent"),
                result.rows(), result.flopRates(), BenchTarget.judge(result.rows()), List.of(), 1.0);
        String table = BenchTable.render(report);
        assertTrue(table.contains("mb1-100x-double") && table.contains("not run (--case or --precision left out mlp-mnist-mb1 / dl4j-double-dataset)"),
                table);
        assertFalse(table.contains("NaN (fails)"), table);
    }

    @Test
    void aLongCpuMinimumStretchesEverySideToTheCapOfItsSteps() {
        Dataset pool = ExamplePool.denseRandom(8, 6, 3, 9);
        BenchCase c = new BenchCase("tiny-stretch", tiny(), 4, BenchInput.DENSE_RANDOM, List.of(BenchSide.CORE, BenchSide.DL4J_DOUBLE_DATASET), 2, 0);
        BenchRunner.Result r = new BenchRunner(x -> pool, line -> { }, 1e9).run(List.of(c), 1, 40.0);
        for (BenchRow row : r.rows()) assertEquals(2 * BenchRunner.MAX_STEP_FACTOR, row.stepsPerRep(), row.side());
    }
}
