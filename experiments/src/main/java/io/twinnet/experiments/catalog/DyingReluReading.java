package io.twinnet.experiments.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.twinnet.core.spec.LossFunction;
import java.util.List;

/**
 * One reading of seed 004's two ambiguities. "MSE": DL4J's LossMSE, the mean over the 10 outputs
 * (gradient 2(a − t)/10), or LossL2, the sum of squares a from-scratch net back-propagates
 * (gradient 2(a − t)). "N(0, 0.01)": standard deviation 0.01, or variance 0.01 (std 0.1).
 *
 * @param loss the loss convention
 * @param init the init scale
 */
record DyingReluReading(Loss loss, Scale init) {

    /** "MSE" as DL4J's mean over the outputs, or as the sum of squares. */
    public enum Loss {
        SUM("sum", LossFunction.L2), MEAN("mean", LossFunction.MSE);

        @JsonValue
        final String label;
        final LossFunction function;

        Loss(String label, LossFunction function) {
            this.label = label;
            this.function = function;
        }
    }

    /** "N(0, 0.01)" read as a standard deviation or as a variance. */
    public enum Scale {
        STD("std0.01", 0.01), VAR("var0.01", 0.1);

        @JsonValue
        final String label;
        final double std;

        Scale(String label, double std) {
            this.label = label;
            this.std = std;
        }
    }

    static final DyingReluReading SUM_STD = new DyingReluReading(Loss.SUM, Scale.STD);
    static final DyingReluReading SUM_VAR = new DyingReluReading(Loss.SUM, Scale.VAR);
    static final DyingReluReading MEAN_STD = new DyingReluReading(Loss.MEAN, Scale.STD);
    static final DyingReluReading MEAN_VAR = new DyingReluReading(Loss.MEAN, Scale.VAR);
    static final List<DyingReluReading> ALL = List.of(SUM_STD, SUM_VAR, MEAN_STD, MEAN_VAR);

    /** As in the configuration ids, e.g. {@code sum-std0.01}. */
    String id() {
        return loss.label + "-" + init.label;
    }
}
