package io.twinnet.experiments.lab;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.dl4j.parity.RelativeDifference;

/**
 * Exact parity inside an experiment: one parameter vector (the core's initialisation) loaded into
 * both implementations, the same first minibatches fed to both, and the differences measured with
 * the bridge's {@link RelativeDifference}: outputs on the first minibatch before training, the score at every
 * step, and all parameters after the last step.
 */
public final class ExactParity {
    private ExactParity() {
    }

    /**
     * @param spec    the network (its precision decides DL4J's data type)
     * @param initial the shared initial parameters, core layout
     * @param train   the training set the order indexes
     * @param order   minibatches; the first {@code steps} are used
     * @param steps   how many SGD steps to compare
     */
    public static ParityRecord check(NetworkSpec spec, double[] initial, Dataset train, MinibatchOrder order, int steps) {
        TwinNetwork core = CoreTwin.withParameters(spec, initial);
        TwinNetwork dl4j = Dl4jTwin.withParameters(spec, initial);
        int n = Math.min(steps, order.size());
        double outputDiff = 0;
        double lossDiff = 0;
        for (int s = 0; s < n; s++) {
            Dataset batch = train.rows(order.batch(s));
            if (s == 0) {
                outputDiff = RelativeDifference.of(core.output(batch.features(), batch.size()), dl4j.output(batch.features(), batch.size()));
            }
            double a = core.fit(batch.features(), batch.labels(), batch.size());
            double b = dl4j.fit(batch.features(), batch.labels(), batch.size());
            lossDiff = worst(lossDiff, RelativeDifference.of(a, b));
        }
        double paramDiff = RelativeDifference.blockwise(io.twinnet.dl4j.Dl4jParameterLayout.of(spec), core.parameters(), dl4j.parameters());
        return new ParityRecord(n, spec.precision().jsonName(), outputDiff, lossDiff, paramDiff);
    }

    private static double worst(double a, double b) {
        return Math.max(a, b);
    }
}
