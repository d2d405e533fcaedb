package io.twinnet.experiments.lab;

import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.dl4j.Dl4jNetwork;

/** Builds a {@link TwinNetwork} of either implementation from a spec. */
public final class TwinNetworks {
    private TwinNetworks() {
    }

    /**
     * {@code impl}'s network with its own initialisation (its own RNG, seeded with the spec's seed); for a scheme DL4J
     * does not have (orthogonal), DL4J's network is loaded with the core's draw ({@code Dl4jNetwork.initialise}).
     */
    public static TwinNetwork initialise(Implementation impl, NetworkSpec spec) {
        return impl == Implementation.CORE ? TwinNetwork.of(impl, Network.initialise(spec).trainable())
                : TwinNetwork.of(impl, Dl4jNetwork.initialise(spec));
    }

    /** {@code impl}'s network loaded with {@code parameters} (core layout). */
    public static TwinNetwork withParameters(Implementation impl, NetworkSpec spec, double[] parameters) {
        return impl == Implementation.CORE ? TwinNetwork.of(impl, Network.withParameters(spec, parameters).trainable())
                : TwinNetwork.of(impl, Dl4jNetwork.withParameters(spec, parameters));
    }
}
