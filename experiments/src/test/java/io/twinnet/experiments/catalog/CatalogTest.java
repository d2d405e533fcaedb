package io.twinnet.experiments.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.Experiment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog's order: each experiment at a position of its own, so the listing never falls back on ids. */
class CatalogTest {

    @Test
    void everyExperimentHasAPositionOfItsOwn() {
        Map<Integer, String> taken = new HashMap<>();
        for (Experiment<?> e : Catalog.declared()) {
            String before = taken.put(e.position(), e.id());
            assertTrue(before == null, e.id() + " shares position " + e.position() + " with " + before);
        }
    }

    @Test
    void sigmoidCentredFollowsReluInitRangeAtTheTopOfTheCatalog() {
        List<String> ids = Catalog.ids();
        assertEquals(List.of("relu-init-range", "sigmoid-centred"), ids.subList(0, 2), ids.toString());
    }
}
