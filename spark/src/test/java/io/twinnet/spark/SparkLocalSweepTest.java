package io.twinnet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.sweep.LocalEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.sweep.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkLocalSweepTest {

    @Test
    void embeddedSparkStoresTheLocalRunnersRecordsAndVerdicts(@TempDir Path tmp) throws Exception {
        ResultsDocument local = Sweeps.run(tmp.resolve("local"), new LocalEngine(2), Sweeps.VARIANCE, Sweeps.TWO_POINTS, null);
        AtomicInteger finished = new AtomicInteger();
        ProgressListener counting = new ProgressListener() {
            @Override
            public void runFinished(RunRecord record) {
                finished.incrementAndGet();
            }
        };
        ResultsDocument spark = Sweeps.run(tmp.resolve("spark"), SparkEngine.start("local[2]", Map.of()), Sweeps.VARIANCE, Sweeps.TWO_POINTS, counting);

        Map<String, String> a = Sweeps.recordFiles(tmp.resolve("local"));
        Map<String, String> b = Sweeps.recordFiles(tmp.resolve("spark"));
        assertEquals(Sweeps.TWO_POINTS_RUNS, a.size());
        assertEquals(a.keySet(), b.keySet());
        assertEquals(Sweeps.TWO_POINTS_RUNS, finished.get(), "progress hears of every run Spark finished");
        for (String f : a.keySet()) {
            assertEquals(Sweeps.side(a.get(f), "core"), Sweeps.side(b.get(f), "core"), f + ": the core side, byte for byte");
            assertEquals(Sweeps.payload(a.get(f)), Sweeps.payload(b.get(f)), f + ": the whole record (DL4J with OMP_NUM_THREADS=1)");
        }
        assertTrue(spark.complete());
        assertEquals(verdicts(local), verdicts(spark));
    }

    static List<String> verdicts(ResultsDocument doc) {
        return doc.experiments().stream().flatMap(e -> e.claims().stream())
                .map((ClaimResult c) -> c.id() + " " + c.verdictOf(io.twinnet.experiments.lab.Implementation.CORE).label()
                        + " " + c.verdictOf(io.twinnet.experiments.lab.Implementation.DL4J).label()).toList();
    }
}
