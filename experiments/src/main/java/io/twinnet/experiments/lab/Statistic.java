package io.twinnet.experiments.lab;

import io.twinnet.experiments.lab.stats.Estimate;
import java.util.function.Function;

/**
 * What a claim computes from the runs of one implementation, with the words that describe it.
 * The description is part of the rule text the report shows, so it is written once, here, beside
 * the computation.
 *
 * @param description what is computed, e.g. "median over seeds of the final test accuracy of He at its best lr"
 * @param compute     the computation
 */
public record Statistic<P extends GridPoint>(String description, Function<RunTable<P>, Estimate> compute) {

    public Statistic {
        if (description == null || description.isBlank()) throw new IllegalArgumentException("description: is missing");
        if (compute == null) throw new IllegalArgumentException("compute: is missing");
    }

    public static <P extends GridPoint> Statistic<P> of(String description, Function<RunTable<P>, Estimate> compute) {
        return new Statistic<>(description, compute);
    }

    public Estimate on(RunTable<P> runs) {
        return compute.apply(runs);
    }
}
