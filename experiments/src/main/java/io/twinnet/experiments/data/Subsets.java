package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;

/** Seeded, class-stratified subsets of a dataset, as the quick profile uses them. */
public final class Subsets {
    private Subsets() {
    }

    /** {@code perClass} examples of each class, chosen by {@code seed}, in a seeded order; the whole set when {@code perClass <= 0}. */
    public static Dataset stratified(Dataset data, int perClass, long seed) {
        if (perClass <= 0) return data;
        return data.rows(StratifiedSubset.indices(data, perClass, seed));
    }

    /** The subset's identity in words, for run records: "100 per class (seed 1001)" or "all". */
    public static String describe(int perClass, long seed) {
        return perClass <= 0 ? "all examples" : perClass + " per class, class-stratified (seed " + seed + ")";
    }
}
