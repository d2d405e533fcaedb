package io.twinnet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.sweep.LocalEngine;
import io.twinnet.experiments.lab.sweep.PlannedRun;
import io.twinnet.experiments.lab.sweep.ProgressListener;
import io.twinnet.experiments.lab.sweep.SweepEngine;
import io.twinnet.experiments.lab.RunEnvironment;
import java.util.function.Consumer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps on a standalone cluster (a Master and two Workers on loopback) that the test starts and stops. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterSweepTest {
    @TempDir
    static Path tmp;
    static LoopbackCluster cluster;
    /** One application for both tests, so the executors start once. */
    static SparkEngine engine;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = LoopbackCluster.start(tmp.resolve("cluster"), 2);
        engine = SparkEngine.start(cluster.url(), cluster.driverConf());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (engine != null) engine.close();
        if (cluster != null) cluster.close();
    }

    /** The shared engine, left open when a sweep ends. */
    static SweepEngine shared() {
        return new SweepEngine() {
            @Override
            public String description() {
                return engine.description();
            }

            @Override
            public void execute(List<PlannedRun> runs, RunEnvironment env, Consumer<RunRecord> finished) throws InterruptedException {
                engine.execute(runs, env, finished);
            }
        };
    }

    @Test
    @Order(1)
    void aClusterStoresTheLocalRunnersRecords() throws Exception {
        Sweeps.run(tmp.resolve("local"), new LocalEngine(2), Sweeps.VARIANCE, Sweeps.TWO_POINTS, null);
        Sweeps.run(tmp.resolve("cluster-run"), shared(), Sweeps.VARIANCE, Sweeps.TWO_POINTS, null);
        Map<String, String> a = Sweeps.recordFiles(tmp.resolve("local"));
        Map<String, String> b = Sweeps.recordFiles(tmp.resolve("cluster-run"));
        assertEquals(Sweeps.TWO_POINTS_RUNS, a.size());
        assertEquals(a.keySet(), b.keySet());
        for (String f : a.keySet()) {
            assertEquals(Sweeps.side(a.get(f), "core"), Sweeps.side(b.get(f), "core"), f + ": the core side, byte for byte");
            assertEquals(Sweeps.payload(a.get(f)), Sweeps.payload(b.get(f)), f + ": the whole record (DL4J with OMP_NUM_THREADS=1)");
        }
    }

    @Test
    @Order(2)
    void aSweepOutlivesAKilledWorkerWithEveryRunStoredOnce() throws Exception {
        List<String> handedBack = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        ProgressListener progress = new ProgressListener() {
            @Override
            public void runFinished(RunRecord record) {
                handedBack.add(record.config().key());
                first.countDown();
            }
        };
        Path dir = tmp.resolve("killed-worker");
        Thread killer = new Thread(() -> {
            try {
                if (first.await(120, TimeUnit.SECONDS)) cluster.killWorker(0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        killer.start();
        ResultsDocument doc = Sweeps.run(dir, shared(), SleepyExperiment.ID, null, progress);
        killer.join();

        assertTrue(doc.complete());
        assertEquals(SleepyExperiment.POINTS, handedBack.size(), "every run handed back once: " + handedBack);
        assertEquals(SleepyExperiment.POINTS, handedBack.stream().distinct().count(), "no run twice: " + handedBack);
        Map<String, String> stored = Sweeps.recordFiles(dir);
        assertEquals(SleepyExperiment.POINTS, stored.size());
        RunRecord failing = Sweeps.parse(stored.get(SleepyExperiment.ID + "/throws__seed1.json"));
        for (Implementation impl : Implementation.values()) {
            assertEquals(RunStatus.FAILED, failing.side(impl).status());
            assertTrue(failing.side(impl).failure().contains("fails on purpose"), failing.side(impl).failure());
        }
        RunRecord ok = Sweeps.parse(stored.get(SleepyExperiment.ID + "/p0__seed1.json"));
        assertEquals(RunStatus.FINISHED, ok.side(Implementation.CORE).status());
        assertEquals(RunStatus.FINISHED, ok.side(Implementation.DL4J).status());
    }
}
