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

        Sweeps.assertSameRecords(tmp.resolve("local"), tmp.resolve("spark"), Sweeps.TWO_POINTS_RUNS);
        assertEquals(Sweeps.TWO_POINTS_RUNS, finished.get(), "progress hears of every run Spark finished");
        assertTrue(spark.complete());
        assertEquals(verdicts(local), verdicts(spark));
    }

    static List<String> verdicts(ResultsDocument doc) {
        return doc.experiments().stream().flatMap(e -> e.claims().stream())
                .map((ClaimResult c) -> c.id() + " " + c.verdictOf(io.twinnet.experiments.lab.Implementation.CORE).label()
                        + " " + c.verdictOf(io.twinnet.experiments.lab.Implementation.DL4J).label()).toList();
    }
}
