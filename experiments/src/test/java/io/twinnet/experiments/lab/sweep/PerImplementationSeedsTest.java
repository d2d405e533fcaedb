package io.twinnet.experiments.lab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.RunManifest;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An experiment that runs the core on three seeds and DL4J on the first one, as a costly DL4J side does in the quick profile. */
class PerImplementationSeedsTest {

    /** The XOR experiment with three seeds, of which DL4J runs {@code dl4jSeeds}. */
    static DeclaredExperiment<TinyXorExperiment.Lr> unevenSeeds(int dl4jSeeds) {
        return new TinyXorExperiment(1, 0) {
            @Override
            public int seeds(Profile profile) {
                return 3;
            }

            @Override
            public int seeds(Profile profile, Implementation implementation) {
                return implementation == Implementation.DL4J ? dl4jSeeds : 3;
            }
        }.declared();
    }

    private static RunManifest manifest(int seedsOverride, Integer firstSeed) {
        return new RunManifest(ResultsStore.SCHEMA_VERSION, "test", "quick", seedsOverride, List.of(TinyXorExperiment.ID),
                "2026-01-01T00:00:00Z", Map.of(), null, null, firstSeed);
    }

    private static List<RunRecord> sweep(Path dir, RunEnvironment env, RunManifest m) throws InterruptedException {
        ResultsDocument doc = new SweepRunner(new ResultsStore(dir), env, 2, null).run(m, List.of(unevenSeeds(1)));
        return doc.experiments().get(0).runs();
    }

    @Test
    void dl4jRunsOnlyItsFirstSeedsAndTheOthersAreRecordedAsBeyondItsBudget(@TempDir Path tmp) throws Exception {
        List<RunRecord> runs = sweep(tmp, TinyXorExperiment.environment(), manifest(0, null));
        assertEquals(List.of(1L, 2L, 3L), runs.stream().map(r -> r.config().seed()).toList());
        for (RunRecord r : runs) assertEquals(RunStatus.FINISHED, r.side(Implementation.CORE).status(), "core, seed " + r.config().seed());
        assertEquals(RunStatus.FINISHED, runs.get(0).side(Implementation.DL4J).status());
        for (RunRecord r : runs.subList(1, 3)) {
            SideRecord dl4j = r.side(Implementation.DL4J);
            assertEquals(RunStatus.NOT_RUN, dl4j.status(), "DL4J, seed " + r.config().seed());
            assertTrue(dl4j.failure().contains("runs only the first seed of the quick profile"), dl4j.failure());
            assertEquals(null, r.parity(), "no exact parity where DL4J did not run");
            assertTrue(r.spec() != null && r.seeds() != null && r.data() != null,
                    "a record with a side not run keeps its spec, named seeds and data identity, so reproduce --run can check them");
        }
        assertTrue(runs.get(0).parity() != null, "the seed both ran has its exact parity");
    }

    @Test
    void theBudgetCountsFromTheFirstSeedOfTheSweep(@TempDir Path tmp) throws Exception {
        List<RunRecord> runs = sweep(tmp, TinyXorExperiment.environment(), manifest(0, 101));
        assertEquals(List.of(101L, 102L, 103L), runs.stream().map(r -> r.config().seed()).toList());
        assertEquals(RunStatus.FINISHED, runs.get(0).side(Implementation.DL4J).status());
        assertEquals(RunStatus.NOT_RUN, runs.get(1).side(Implementation.DL4J).status());
    }

    @Test
    void anExplicitSeedCountRunsEverySeedOnBoth(@TempDir Path tmp) throws Exception {
        List<RunRecord> runs = sweep(tmp, TinyXorExperiment.environment(), manifest(2, null));
        assertEquals(2, runs.size());
        for (RunRecord r : runs) assertEquals(RunStatus.FINISHED, r.side(Implementation.DL4J).status(), "DL4J, seed " + r.config().seed());
    }

    @Test
    void aDl4jOnlySweepPlansOnlyTheSeedsDl4jRuns(@TempDir Path tmp) throws Exception {
        RunEnvironment dl4jOnly = TinyXorExperiment.environment().restrictedTo(EnumSet.of(Implementation.DL4J));
        List<RunRecord> runs = sweep(tmp, dl4jOnly, manifest(0, null));
        assertEquals(List.of(1L), runs.stream().map(r -> r.config().seed()).toList());
        assertEquals(RunStatus.NOT_RUN, runs.get(0).side(Implementation.CORE).status());
        assertTrue(runs.get(0).side(Implementation.CORE).failure().contains("--impl"), runs.get(0).side(Implementation.CORE).failure());
    }

    @Test
    void theSetupSaysWhoRunsFewerSeeds() {
        String setup = unevenSeeds(1).setup(Profile.QUICK);
        assertTrue(setup.contains("DL4J runs only the first of the 3 seeds"), setup);
        assertTrue(!unevenSeeds(3).setup(Profile.QUICK).contains("of the 3 seeds"), "nothing to say when both run every seed");
    }

    @Test
    void aBudgetOutsideOneToTheExperimentsSeedsIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> unevenSeeds(4).seeds(Profile.QUICK, Implementation.DL4J));
        assertTrue(e.getMessage().contains("between 1 and the experiment's 3"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> unevenSeeds(0).seeds(Profile.QUICK, Implementation.DL4J));
    }
}
