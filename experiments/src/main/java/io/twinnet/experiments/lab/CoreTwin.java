package io.twinnet.experiments.lab;

import io.twinnet.core.spec.NetworkSpec;

/** Shorthand for the core's {@link TwinNetwork}s ({@link TwinNetworks} with {@link Implementation#CORE}). */
public final class CoreTwin {
    private CoreTwin() {
    }

    public static TwinNetwork initialise(NetworkSpec spec) {
        return TwinNetworks.initialise(Implementation.CORE, spec);
    }

    public static TwinNetwork withParameters(NetworkSpec spec, double[] parameters) {
        return TwinNetworks.withParameters(Implementation.CORE, spec, parameters);
    }
}
