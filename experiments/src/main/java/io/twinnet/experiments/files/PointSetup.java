package io.twinnet.experiments.files;

import io.twinnet.core.spec.NetworkSpec;

/**
 * What one configuration of a file runs: the network (its seed is the run's init seed, set per
 * run), the data and the budget, each read from the file with the configuration's grid values in place.
 */
public record PointSetup(NetworkSpec spec, DataSource data, TrainingPlan training) {
    public PointSetup {
        if (spec == null || data == null || training == null) throw new IllegalArgumentException("spec, data, training: are required");
    }
}
