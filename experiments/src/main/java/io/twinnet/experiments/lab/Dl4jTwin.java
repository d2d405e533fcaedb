package io.twinnet.experiments.lab;

import io.twinnet.core.spec.NetworkSpec;

/** Shorthand for DL4J's {@link TwinNetwork}s ({@link TwinNetworks} with {@link Implementation#DL4J}). */
public final class Dl4jTwin {
    private Dl4jTwin() {
    }

    public static TwinNetwork initialise(NetworkSpec spec) {
        return TwinNetworks.initialise(Implementation.DL4J, spec);
    }

    public static TwinNetwork withParameters(NetworkSpec spec, double[] parameters) {
        return TwinNetworks.withParameters(Implementation.DL4J, spec, parameters);
    }
}
