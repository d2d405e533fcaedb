package io.twinnet.experiments.lab.sweep;

import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.RunManifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {

    static RunManifest manifest(String id) {
        return new RunManifest(ResultsStore.SCHEMA_VERSION, "test", "quick", 0, List.of(id), "2026-01-01T00:00:00Z", Map.of());
    }

    @Test
    void oneAndTwoThreadsGiveBitIdenticalCoreResults(@TempDir Path tmp) throws Exception {
        ResultsDocument one = new SweepRunner(new ResultsStore(tmp.resolve("one")), TinyXorExperiment.environment(), 1, null)
                .run(manifest("tiny-xor"), List.of(new TinyXorExperiment(4, 0).declared()));
        ResultsDocument two = new SweepRunner(new ResultsStore(tmp.resolve("two")), TinyXorExperiment.environment(), 2, null)
                .run(manifest("tiny-xor"), List.of(new TinyXorExperiment(4, 0).declared()));
        List<RunRecord> a = one.experiments().get(0).runs();
        List<RunRecord> b = two.experiments().get(0).runs();
        assertEquals(4, a.size());
        for (int i = 0; i < a.size(); i++) {
            SideRecord ca = a.get(i).side(Implementation.CORE);
            SideRecord cb = b.get(i).side(Implementation.CORE);
            assertEquals(RunStatus.FINISHED, ca.status());
            assertEquals(ca.scalars(), cb.scalars(), "core scalars of run " + i);
            assertEquals(ca.series(), cb.series(), "core series of run " + i);
            assertEquals(a.get(i).side(Implementation.DL4J).series(), b.get(i).side(Implementation.DL4J).series(), "DL4J series of run " + i);
        }
        assertEquals(one.experiments().get(0).claims(), two.experiments().get(0).claims());
    }

    @Test
    void finishedRunsAreLoadedNotRecomputed(@TempDir Path tmp) throws Exception {
        ResultsStore store = new ResultsStore(tmp);
        TinyXorExperiment first = new TinyXorExperiment(3, 0);
        ResultsDocument original = new SweepRunner(store, TinyXorExperiment.environment(), 2, null).run(manifest("tiny-xor"), List.of(first.declared()));
        assertEquals(3, first.runs.get());
        TinyXorExperiment again = new TinyXorExperiment(3, 0);
        ResultsDocument resumed = new SweepRunner(store, TinyXorExperiment.environment(), 2, null).run(manifest("tiny-xor"), List.of(again.declared()));
        assertEquals(0, again.runs.get(), "nothing recomputed");
        ExperimentResult a = original.experiments().get(0);
        ExperimentResult b = resumed.experiments().get(0);
        assertEquals(a.claims(), b.claims());
        for (int i = 0; i < a.runs().size(); i++) {
            assertEquals(a.runs().get(i).side(Implementation.CORE).series(), b.runs().get(i).side(Implementation.CORE).series());
        }
        assertTrue(resumed.complete());
    }

    @Test
    void aRunThatThrowsIsRecordedAsFailedAndTheSweepGoesOn(@TempDir Path tmp) throws Exception {
        TinyXorExperiment throwing = new TinyXorExperiment(2, 0) {
            @Override
            public Trial trial(Lr point, RunSeeds seeds, RunEnvironment env) {
                if (point.id().equals("lr0.1")) throw new IllegalStateException("boom");
                return super.trial(point, seeds, env);
            }
        };
        ResultsDocument doc = new SweepRunner(new ResultsStore(tmp), TinyXorExperiment.environment(), 1, null)
                .run(manifest("tiny-xor"), List.of(throwing.declared()));
        List<RunRecord> runs = doc.experiments().get(0).runs();
        assertEquals(RunStatus.FAILED, runs.get(0).side(Implementation.CORE).status());
        assertTrue(runs.get(0).side(Implementation.DL4J).failure().contains("boom"));
        assertEquals(RunStatus.FINISHED, runs.get(1).side(Implementation.CORE).status());
    }

    @Test
    void aCoreOnlySweepRecordsDl4jAsNotRunAndMatchesTheCoreOfAFullSweep(@TempDir Path tmp) throws Exception {
        ResultsDocument both = new SweepRunner(new ResultsStore(tmp.resolve("both")), TinyXorExperiment.environment(), 1, null)
                .run(manifest("tiny-xor"), List.of(new TinyXorExperiment(2, 0).declared()));
        RunEnvironment coreOnly = TinyXorExperiment.environment().restrictedTo(java.util.EnumSet.of(Implementation.CORE));
        ResultsDocument core = new SweepRunner(new ResultsStore(tmp.resolve("core")), coreOnly, 1, null)
                .run(manifest("tiny-xor"), List.of(new TinyXorExperiment(2, 0).declared()));
        List<RunRecord> a = both.experiments().get(0).runs();
        List<RunRecord> b = core.experiments().get(0).runs();
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).side(Implementation.CORE).series(), b.get(i).side(Implementation.CORE).series(), "core series of run " + i);
            SideRecord dl4j = b.get(i).side(Implementation.DL4J);
            assertEquals(RunStatus.NOT_RUN, dl4j.status());
            assertTrue(dl4j.failure().contains("not run"), dl4j.failure());
            assertEquals(null, b.get(i).parity(), "no exact parity without DL4J");
            assertEquals(a.get(i).spec(), b.get(i).spec(), "the core-only record keeps its spec");
            assertEquals(a.get(i).seeds(), b.get(i).seeds(), "the core-only record keeps its named seeds");
        }
        List<ClaimResult> fullClaims = both.experiments().get(0).claims();
        List<ClaimResult> coreClaims = core.experiments().get(0).claims();
        assertEquals(fullClaims.size(), coreClaims.size());
        for (int i = 0; i < coreClaims.size(); i++) {
            assertEquals(fullClaims.get(i).verdictOf(Implementation.CORE), coreClaims.get(i).verdictOf(Implementation.CORE));
            assertEquals(Verdict.NOT_RUN, coreClaims.get(i).verdictOf(Implementation.DL4J));
            assertTrue(!coreClaims.get(i).compared(), "a claim with one side not run is not compared");
        }
    }

    @Test
    void aConfigurationFilterRunsOnlyTheMatchingConfigurations(@TempDir Path tmp) throws Exception {
        TinyXorExperiment exp = new TinyXorExperiment(3, 0);
        List<RunConfig> grid = exp.declared().configurations(Profile.QUICK, 0);
        String wanted = grid.get(1).config();
        RunManifest m = new RunManifest(ResultsStore.SCHEMA_VERSION, "test", "quick", 0, List.of("tiny-xor"), "2026-01-01T00:00:00Z",
                Map.of(), null, "^" + java.util.regex.Pattern.quote(wanted) + "$");
        ResultsDocument doc = new SweepRunner(new ResultsStore(tmp), TinyXorExperiment.environment(), 1, null).run(m, List.of(exp.declared()));
        assertEquals(1, exp.runs.get(), "only the matching configuration ran");
        assertEquals(List.of(wanted), doc.experiments().get(0).runs().stream().map(r -> r.config().config()).distinct().toList());
    }
}
