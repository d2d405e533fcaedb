package io.twinnet.experiments.lab;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sweep's precision (--precision) reaches both networks and the stored record, whatever precision the
 * experiment's own spec was declared in (the catalog declares double).
 */
class TrialRunnerPrecisionTest {
    static final Scalar FLOAT_VALUES = Scalar.of("floatValues", "1 when every parameter is a float32 number");
    static final Scalar PRECISION = Scalar.of("precision", "1 for float, 0 for double, as the network's spec says");

    static Trial declaredInDouble() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(5)).seed(4)
                .dense(6, Activation.TANH, WeightInit.xavier())
                .output(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())
                .build();
        return Trial.atInitialisation(spec, "none", net -> {
            boolean allFloat = true;
            for (double p : net.parameters()) allFloat &= (float) p == p;
            return Trial.Outcome.finished(new Measurements().put(FLOAT_VALUES, allFloat ? 1 : 0)
                    .put(PRECISION, net.spec().precision() == Precision.FLOAT ? 1 : 0));
        });
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void bothSidesAndTheRecordComputeInTheSweepsPrecision(Precision precision) {
        RunConfig config = new RunConfig("precision-test", "only", 1, Map.of());
        RunRecord r = TrialRunner.run(config, RunSeeds.of(1), declaredInDouble(), EnumSet.allOf(Implementation.class), precision);
        double expected = precision == Precision.FLOAT ? 1 : 0;
        for (Implementation impl : Implementation.values()) {
            assertEquals(RunStatus.FINISHED, r.side(impl).status(), impl + ": " + r.side(impl).failure());
            assertEquals(expected, r.side(impl).get(PRECISION), impl + " network's precision");
            if (precision == Precision.FLOAT) assertEquals(1.0, r.side(impl).get(FLOAT_VALUES), impl + " parameters are floats");
        }
        if (precision == Precision.DOUBLE) assertEquals(0.0, r.side(Implementation.CORE).get(FLOAT_VALUES), "double draws are not all floats");
        assertTrue(r.spec().contains("\"precision\": \"" + precision.jsonName() + "\""), r.spec());
    }
}
