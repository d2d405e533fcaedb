package io.twinnet.experiments.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.experiments.lab.AskerUnits;
import java.util.List;

/**
 * One reading of seed 004's two ambiguities. "MSE": the half-sum ½Σ(a − t)² whose gradient (a − t)
 * is what most hand-written nets back-propagate (the primary reading), LossL2, the sum of squares
 * (gradient 2(a − t)), or DL4J's LossMSE, the mean over the 10 outputs (gradient 2(a − t)/10).
 * "N(0, 0.01)": standard deviation 0.01 (the primary reading, {@code np.random.normal(0, 0.01)}),
 * or variance 0.01 (std 0.1). Learning rates are always in the reading's own units: the half-sum
 * at rate η is run as LossL2 at η/2, which takes exactly the same steps ({@link AskerUnits}).
 *
 * @param loss the loss convention
 * @param init the init scale
 */
record DyingReluReading(Loss loss, Scale init) {

    /** "MSE" as DL4J's mean over the outputs, or as the sum of squares. */
    public enum Loss {
        HALF_SUM("half-sum", LossFunction.L2, 0.5), SUM("sum", LossFunction.L2, 1), MEAN("mean", LossFunction.MSE, 1);

        @JsonValue
        final String label;
        final LossFunction function;
        /** The factor from the reading's learning rate to the rate DL4J's loss is run at. */
        final double rateFactor;

        Loss(String label, LossFunction function, double rateFactor) {
            this.label = label;
            this.function = function;
            this.rateFactor = rateFactor;
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

    static final DyingReluReading HALF_SUM_STD = new DyingReluReading(Loss.HALF_SUM, Scale.STD);
    static final DyingReluReading HALF_SUM_VAR = new DyingReluReading(Loss.HALF_SUM, Scale.VAR);
    static final DyingReluReading SUM_STD = new DyingReluReading(Loss.SUM, Scale.STD);
    static final DyingReluReading SUM_VAR = new DyingReluReading(Loss.SUM, Scale.VAR);
    static final DyingReluReading MEAN_STD = new DyingReluReading(Loss.MEAN, Scale.STD);
    static final DyingReluReading MEAN_VAR = new DyingReluReading(Loss.MEAN, Scale.VAR);
    static final List<DyingReluReading> ALL = List.of(HALF_SUM_STD, HALF_SUM_VAR, SUM_STD, SUM_VAR, MEAN_STD, MEAN_VAR);

    /** As in the configuration ids, e.g. {@code sum-std0.01}. */
    String id() {
        return loss.label + "-" + init.label;
    }
}
