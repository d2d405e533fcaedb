package io.twinnet.experiments.catalog;

import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.TwinNetwork;
import io.twinnet.experiments.lab.TwinNetworks;
import java.util.SplittableRandom;

/**
 * Many nets of one implementation for a Monte-Carlo estimate at initialisation, from one run: the
 * net the lab drew for the run first, then nets of the same spec seeded with the successive values
 * of a {@link SplittableRandom} on the run's init seed ({@link RunSeeds#init()}), each drawn by
 * that implementation's own initialiser. Not thread-safe.
 */
final class NetDraws {
    private final TwinNetwork first;
    private final SplittableRandom seedStream;
    private boolean firstTaken;

    NetDraws(TwinNetwork first, RunSeeds seeds) {
        if (first == null) throw new IllegalArgumentException("first: is missing");
        this.first = first;
        this.seedStream = new SplittableRandom(seeds.init());
    }

    /** The next net: the run's own first, then freshly drawn ones. */
    TwinNetwork next() {
        if (!firstTaken) {
            firstTaken = true;
            return first;
        }
        return TwinNetworks.initialise(first.implementation(), first.spec().withSeed(seedStream.nextLong()));
    }
}
