package io.twinnet.dl4j.inits;

import io.twinnet.core.init.Rng;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CheckSeedsTest {

    @Test
    void everyCheckSamplerAndLayerOfTheDefaultGridGetsItsOwnSeed() {
        int cells = InitDistributionChecker.defaultInits().size() * InitDistributionChecker.defaultGeometries().size();
        Set<Long> seen = new HashSet<>();
        int made = 0;
        for (int ordinal = 0; ordinal < cells; ordinal++) {
            for (long c : new long[] {CheckSeeds.check(1, ordinal), CheckSeeds.control(1, ordinal)}) {
                for (int stream = CheckSeeds.CORE; stream <= CheckSeeds.KS; stream++) {
                    long s = CheckSeeds.stream(c, stream);
                    for (int j = 0; j < 60; j++) {
                        seen.add(CheckSeeds.layer(s, j));
                        made++;
                    }
                }
            }
        }
        assertEquals(made, seen.size());
    }

    /** The streams are the core's SplitMix64 mix, so they never change with names or JDKs. */
    @Test
    void seedsAreTheCoresSplitMixOfTheRunSeedAndTheOrdinal() {
        assertEquals(Rng.layerSeed(7, 12), CheckSeeds.check(7, 12));
        assertEquals(Rng.layerSeed(7, -1), CheckSeeds.control(7, 0));
        assertEquals(Rng.layerSeed(Rng.layerSeed(Rng.layerSeed(7, 12), CheckSeeds.DL4J), 3),
                CheckSeeds.layer(CheckSeeds.stream(CheckSeeds.check(7, 12), CheckSeeds.DL4J), 3));
    }

    @Test
    void refusesNegativeOrdinalsAndUnknownStreams() {
        assertThrows(IllegalArgumentException.class, () -> CheckSeeds.check(1, -1));
        assertThrows(IllegalArgumentException.class, () -> CheckSeeds.stream(1, 3));
        assertThrows(IllegalArgumentException.class, () -> CheckSeeds.layer(1, -1));
    }
}
