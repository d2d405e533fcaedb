package io.twinnet.experiments.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * One reading of seed 004's two ambiguities. "MSE": a {@link SquaredErrorReading} (the half-sum is
 * primary). "N(0, 0.01)": standard deviation 0.01 (primary, {@code np.random.normal(0, 0.01)}), or
 * variance 0.01 (std 0.1).
 *
 * @param loss the loss convention
 * @param init the init scale
 */
record DyingReluReading(SquaredErrorReading loss, Scale init) {

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

    static final DyingReluReading HALF_SUM_STD = new DyingReluReading(SquaredErrorReading.HALF_SUM, Scale.STD);
    static final DyingReluReading HALF_SUM_VAR = new DyingReluReading(SquaredErrorReading.HALF_SUM, Scale.VAR);
    static final DyingReluReading SUM_STD = new DyingReluReading(SquaredErrorReading.SUM, Scale.STD);
    static final DyingReluReading SUM_VAR = new DyingReluReading(SquaredErrorReading.SUM, Scale.VAR);
    static final DyingReluReading MEAN_STD = new DyingReluReading(SquaredErrorReading.MEAN, Scale.STD);
    static final DyingReluReading MEAN_VAR = new DyingReluReading(SquaredErrorReading.MEAN, Scale.VAR);
    static final List<DyingReluReading> ALL = List.of(HALF_SUM_STD, HALF_SUM_VAR, SUM_STD, SUM_VAR, MEAN_STD, MEAN_VAR);

    /** As in the configuration ids, e.g. {@code sum-std0.01}. */
    String id() {
        return loss.label + "-" + init.label;
    }
}
