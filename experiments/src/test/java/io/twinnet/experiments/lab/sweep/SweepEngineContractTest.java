package io.twinnet.experiments.lab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the runner holds an engine to: every planned run handed back once, in any order. */
class SweepEngineContractTest {

    /** An engine that computes in this thread and hands the records back as {@code deliver} arranges them. */
    private record Scripted(java.util.function.UnaryOperator<List<RunRecord>> deliver) implements SweepEngine {
        @Override
        public String description() {
            return "scripted";
        }

        @Override
        public void execute(List<PlannedRun> runs, RunEnvironment env, Consumer<RunRecord> finished) {
            List<RunRecord> records = new ArrayList<>();
            for (PlannedRun r : runs) records.add(RunAttempt.run(r.experiment(), r.config(), env));
            deliver.apply(records).forEach(finished);
        }
    }

    private static ResultsDocument sweep(Path dir, SweepEngine engine) throws InterruptedException {
        return new SweepRunner(new ResultsStore(dir), TinyXorExperiment.environment(), engine, null)
                .run(SweepRunnerTest.manifest("tiny-xor"), List.of(new TinyXorExperiment(4, 0).declared()));
    }

    @Test
    void recordsHandedBackInAnyOrderLandInGridOrderWithTheLocalEnginesResults(@TempDir Path tmp) throws Exception {
        ResultsDocument reversed = sweep(tmp.resolve("reversed"), new Scripted(rs -> {
            List<RunRecord> copy = new ArrayList<>(rs);
            Collections.reverse(copy);
            return copy;
        }));
        ResultsDocument local = sweep(tmp.resolve("local"), new LocalEngine(2));
        List<RunRecord> a = reversed.experiments().get(0).runs();
        List<RunRecord> b = local.experiments().get(0).runs();
        assertEquals(4, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(b.get(i).config(), a.get(i).config());
            assertEquals(b.get(i).side(io.twinnet.experiments.lab.Implementation.CORE).scalars(),
                    a.get(i).side(io.twinnet.experiments.lab.Implementation.CORE).scalars());
        }
    }

    @Test
    void anEngineThatHandsARunBackTwiceStopsTheSweep(@TempDir Path tmp) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sweep(tmp, new Scripted(rs -> {
            List<RunRecord> twice = new ArrayList<>(rs);
            twice.add(rs.get(0));
            return twice;
        })));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void anEngineThatLosesARunStopsTheSweep(@TempDir Path tmp) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sweep(tmp, new Scripted(rs -> rs.subList(1, rs.size()))));
        assertTrue(e.getMessage().contains("did not hand back"), e.getMessage());
    }
}
