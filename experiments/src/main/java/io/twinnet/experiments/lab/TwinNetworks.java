package io.twinnet.experiments.lab;

import io.twinnet.core.spec.NetworkSpec;

/** Builds a {@link TwinNetwork} of either implementation from a spec. */
public final class TwinNetworks {
    private TwinNetworks() {
    }

    /** {@code impl}'s network with its own initialisation (its own RNG, seeded with the spec's seed). */
    public static TwinNetwork initialise(Implementation impl, NetworkSpec spec) {
        return impl == Implementation.CORE ? CoreTwin.initialise(spec) : Dl4jTwin.initialise(spec);
    }

    /** {@code impl}'s network loaded with {@code parameters} (core layout). */
    public static TwinNetwork withParameters(Implementation impl, NetworkSpec spec, double[] parameters) {
        return impl == Implementation.CORE ? CoreTwin.withParameters(spec, parameters) : Dl4jTwin.withParameters(spec, parameters);
    }
}
