package io.twinnet.experiments.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.spec.Precision;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCasesTest {

    @Test
    void defaultsCoverTheMlpAtThreeMinibatchesOnMnistAndDenseInputsAndAccountForTheCnn() {
        List<String> pending = new ArrayList<>();
        List<BenchCase> cases = BenchCases.defaults(BenchSettings.of(true, null, "mcxent"), pending);
        List<String> ids = cases.stream().map(BenchCase::id).toList();
        assertEquals(List.of("mlp-mnist-mb1", "mlp-mnist-mb32", "mlp-mnist-mb128", "mlp-dense-mb1", "mlp-dense-mb32", "mlp-dense-mb128"),
                ids.subList(0, 6));
        boolean cnnRuns = ids.contains("cnn-mnist-mb32");
        boolean cnnPending = pending.stream().anyMatch(p -> p.startsWith("cnn-mnist-mb32 pending"));
        assertTrue(cnnRuns != cnnPending, "the CNN case either runs or is listed as pending: " + ids + " " + pending);
        for (BenchCase c : cases) {
            assertEquals(BenchSide.CORE, c.sides().get(0), c.id());
            assertTrue(c.stepsPerRep() >= 1);
        }
        assertEquals(List.of(BenchSide.values()), cases.get(0).sides());
    }

    @Test
    void aCaseInOnePrecisionKeepsThatPrecisionsSidesInOrderWithItsCoreFirst() {
        BenchCase all = BenchCases.defaults(BenchSettings.of(true, null, "mcxent"), new ArrayList<>()).get(0);
        assertEquals(List.of(BenchSide.CORE_FLOAT, BenchSide.DL4J_FLOAT_DATASET, BenchSide.DL4J_FLOAT_ITERATOR, BenchSide.DL4J_FLOAT_DATASET_1T),
                all.inPrecision(Precision.FLOAT).orElseThrow().sides());
        assertEquals(List.of(BenchSide.CORE, BenchSide.DL4J_DOUBLE_DATASET, BenchSide.DL4J_DOUBLE_ITERATOR, BenchSide.DL4J_DOUBLE_DATASET_1T),
                all.inPrecision(Precision.DOUBLE).orElseThrow().sides());
        BenchCase coreOnly = new BenchCase("x", all.spec(), 1, all.input(), List.of(BenchSide.CORE), 1, 0);
        assertTrue(coreOnly.inPrecision(Precision.FLOAT).isEmpty());
    }

    @Test
    void mlpOutputFollowsTheLossChoice() {
        assertEquals("SOFTMAX", BenchCases.mlp("mcxent").outputLayer().activation().kind().name());
        assertEquals("MCXENT", BenchCases.mlp("mcxent").outputLayer().loss().name());
        assertEquals("RELU", BenchCases.mlp("mse").outputLayer().activation().kind().name());
        assertEquals("MSE", BenchCases.mlp("mse").outputLayer().loss().name());
    }
}
