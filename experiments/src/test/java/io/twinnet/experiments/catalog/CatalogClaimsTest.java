package io.twinnet.experiments.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Experiment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the verdicts conventions ask of every claim in the catalog, checked on the declarations themselves. */
class CatalogClaimsTest {

    @Test
    void everyClaimSaysWhatWasFoundWhenItIsNotReproduced() {
        List<String> missing = new ArrayList<>();
        for (Experiment<?> e : Catalog.declared()) {
            for (Claim<?> c : e.claims()) if (c.finding().isBlank()) missing.add(e.id() + "/" + c.id());
        }
        assertTrue(missing.isEmpty(), "claims without a not-reproduced sentence: " + missing);
    }

    @Test
    void claimIdsAreUniqueWithinEachExperiment() {
        for (Experiment<?> e : Catalog.declared()) {
            Set<String> ids = new HashSet<>();
            for (Claim<?> c : e.claims()) assertTrue(ids.add(c.id()), e.id() + " repeats claim id " + c.id());
        }
    }
}
