package io.twinnet.experiments.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.catalog.Catalog;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.SideRecord;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A file-defined copy of part of the catalog's {@code dying-relu-lr} (quick profile) gives the same
 * records as the catalog class: the same network, named seeds and, on the core, bit-identical
 * measurements (every scalar and curve). The data is an MNIST-shaped stand-in with 1000 images per
 * class, enough for the quick profile's subsets.
 */
class CatalogCopyTest {
    private static final Path COPY = Path.of("src/test/resources/io/twinnet/experiments/files/dying-relu-lr-copy.yaml");
    private static final RunEnvironment ENV = MnistStandIn.of(Profile.QUICK, 1000, 100).restrictedTo(EnumSet.of(Implementation.CORE));

    @ParameterizedTest(name = "{0}")
    @CsvSource({"plain-half-sum-std0.01-lr0.03, 0.015", "plain-half-sum-std0.01-lr0.1, 0.05"})
    void aFileDefinedCopyOfDyingReluLrGivesTheCatalogsCoreRecordsBitForBit(String catalogConfig, double lr) {
        RunnableExperiment catalog = Catalog.find("dying-relu-lr").orElseThrow();
        RunnableExperiment file = new DeclaredExperiment<>(new FileExperiment(ExperimentFileReader.read(COPY)));
        RunConfig c = find(catalog.configurations(Profile.QUICK, 1), catalogConfig);
        RunConfig f = find(file.configurations(Profile.QUICK, 1), "lr=" + lr);

        RunRecord expected = run(catalog, c);
        RunRecord actual = run(file, f);

        assertEquals(expected.spec(), actual.spec(), "the same network");
        assertEquals(expected.seeds(), actual.seeds(), "the same named seeds");
        SideRecord e = expected.sides().get(Implementation.CORE);
        SideRecord a = actual.sides().get(Implementation.CORE);
        assertEquals(e.status(), a.status());
        assertEquals(e.scalars(), a.scalars(), "every scalar bit-identical");
        assertEquals(e.series(), a.series(), "every curve bit-identical");
        assertTrue(e.series().containsKey("deadOutputFraction") && e.series().get("evalLoss").size() == 17, e.series().keySet().toString());
    }

    private static RunRecord run(RunnableExperiment x, RunConfig c) {
        try {
            return x.run(c, ENV);
        } catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }

    private static RunConfig find(List<RunConfig> grid, String id) {
        return grid.stream().filter(c -> c.config().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not in " + grid));
    }
}
