package io.twinnet.experiments.app.exchange;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.catalog.Catalog;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportCasesTest {

    @Test
    void everyQuickTrainingConfigurationOfTheCatalogFamiliesIsACaseAndNothingElseOfThem() {
        List<String> names = ExportCases.names();
        for (String family : List.of("relu-init-range", "dying-relu-lr")) {
            for (RunConfig c : Catalog.find(family).orElseThrow().configurations(Profile.QUICK, 1)) {
                boolean training = !"homogeneity".equals(c.params().get("kind"));
                assertTrue(names.contains(family + "/" + c.config()) == training, family + "/" + c.config());
            }
        }
        assertTrue(names.contains("dying-relu-lr/plain-half-sum-std0.01-lr0.05"), names.toString());
        assertFalse(names.contains("relu-init-range/homogeneity"), "not a training run");
        assertTrue(names.stream().noneMatch(n -> n.startsWith("dying-relu-lr-like/")), "the hand-made copy is gone");
    }
}
