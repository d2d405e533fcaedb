package io.twinnet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunnableExperiment;
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
        Sweeps.assertSameRecords(tmp.resolve("local"), tmp.resolve("cluster-run"), Sweeps.TWO_POINTS_RUNS);
    }

    /**
     * An example experiment file on a tiny budget, on MNIST and on the user's own arrays, runs on the
     * cluster as on the local engine. The executors get the file's definition from the driver: the
     * file and its data files are deleted before the cluster runs them.
     */
    @Test
    @Order(2)
    void anExampleFileRunsOnTheClusterAsLocallyWithTheFileAndItsDataDeleted() throws Exception {
        for (boolean ownArrays : new boolean[] {false, true}) {
            String label = ownArrays ? "arrays" : "mnist";
            Path dir = tmp.resolve("file-" + label);
            RunnableExperiment experiment = ExampleFiles.tinySeed004(dir.resolve("src"), ownArrays);
            ExampleFiles.deleteTree(dir.resolve("src"));
            Sweeps.run(dir.resolve("local"), new LocalEngine(2), experiment, null, null);
            Sweeps.run(dir.resolve("cluster"), shared(), experiment, null, null);
            Sweeps.assertSameRecords(dir.resolve("local"), dir.resolve("cluster"), ExampleFiles.SEED_004_RUNS);
            for (String record : Sweeps.recordFiles(dir.resolve("cluster")).values()) {
                RunRecord r = Sweeps.parse(record);
                for (Implementation impl : Implementation.values()) assertEquals(RunStatus.FINISHED, r.side(impl).status(), label + ": " + record);
                assertTrue(r.data().contains(ownArrays ? "the user's arrays ../data/features.npy" : "MNIST train"), r.data());
            }
        }
    }

    @Test
    @Order(3)
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
