package io.twinnet.experiments.lab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.UnreadableRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record cut short on disk: the store names it, a resume recomputes that run alone and stores it whole again. */
class ResumeWithDamagedRecordTest {

    @Test
    void aDamagedRecordIsNamedAndOnlyItsRunIsComputedAgain(@TempDir Path dir) throws Exception {
        ResultsStore store = new ResultsStore(dir);
        TinyXorExperiment first = new TinyXorExperiment(3, 0);
        new SweepRunner(store, TinyXorExperiment.environment(), 1, null).run(SweepRunnerTest.manifest("tiny-xor"), List.of(first.declared()));
        RunConfig damagedRun = first.declared().configurations(io.twinnet.experiments.lab.Profile.QUICK, 0).get(1);
        Path damaged = store.recordPath(damagedRun);
        RunRecord original = store.readRecord(damagedRun).orElseThrow();
        byte[] whole = Files.readAllBytes(damaged);
        Files.write(damaged, java.util.Arrays.copyOf(whole, 40));

        List<UnreadableRecord> named = store.unreadableRecords();
        assertEquals(List.of(damaged), named.stream().map(UnreadableRecord::path).toList());

        TinyXorExperiment resumed = new TinyXorExperiment(3, 0);
        new SweepRunner(store, TinyXorExperiment.environment(), 1, null).run(SweepRunnerTest.manifest("tiny-xor"), List.of(resumed.declared()));
        assertEquals(1, resumed.runs.get(), "only the damaged run is computed again");
        assertTrue(store.unreadableRecords().isEmpty());
        SideRecord again = store.readRecord(damagedRun).orElseThrow().side(Implementation.CORE);
        assertEquals(original.side(Implementation.CORE).scalars(), again.scalars(), "the recomputed core run equals the lost one");
        assertEquals(original.side(Implementation.CORE).series(), again.series());
    }
}
