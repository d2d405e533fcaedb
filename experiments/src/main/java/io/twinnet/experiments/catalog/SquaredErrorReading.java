package io.twinnet.experiments.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.experiments.lab.AskerUnits;

/**
 * What "MSE" means in a seed, as a loss convention: the half-sum ½Σ(a − t)², whose gradient
 * (a − t) is what most hand-written nets back-propagate; the sum of squares Σ(a − t)², DL4J's
 * LossL2 (gradient 2(a − t)); or DL4J's LossMSE, the mean over the K outputs (gradient 2(a − t)/K).
 * A learning rate is always in the reading's own units: the half-sum at rate η is run as LossL2 at
 * η/2, which takes exactly the same steps ({@link AskerUnits}).
 */
enum SquaredErrorReading {
    HALF_SUM("half-sum", LossFunction.L2, 0.5), SUM("sum", LossFunction.L2, 1), MEAN("mean", LossFunction.MSE, 1);

    @JsonValue
    final String label;
    /** DL4J's loss that runs this reading. */
    final LossFunction function;
    /** The factor from the reading's learning rate to the rate {@link #function} is run at. */
    final double rateFactor;

    SquaredErrorReading(String label, LossFunction function, double rateFactor) {
        this.label = label;
        this.function = function;
        this.rateFactor = rateFactor;
    }

    /** The rate DL4J's loss is run at for {@code lr} in this reading's units. */
    double runRate(double lr) {
        return lr * rateFactor;
    }
}
