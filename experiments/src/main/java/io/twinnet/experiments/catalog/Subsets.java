package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.experiments.data.StratifiedSubset;

/** Seeded, class-stratified subsets of a dataset, as the quick profile uses them. */
final class Subsets {
    private Subsets() {
    }

    /** {@code perClass} examples of each class, chosen by {@code seed}, in a seeded order; the whole set when {@code perClass <= 0}. */
    static Dataset stratified(Dataset data, int perClass, long seed) {
        if (perClass <= 0) return data;
        return data.rows(StratifiedSubset.indices(data, perClass, seed));
    }

    /** The subset's identity in words, for run records: "100 per class (seed 1001)" or "all". */
    static String describe(int perClass, long seed) {
        return perClass <= 0 ? "all examples" : perClass + " per class, class-stratified (seed " + seed + ")";
    }
}
