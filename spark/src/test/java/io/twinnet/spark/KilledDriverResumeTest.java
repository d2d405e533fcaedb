package io.twinnet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.app.cli.TwinnetCli;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Spark driver killed mid-sweep, then {@code twinnet run --resume --engine spark}: nothing finished is computed again. */
class KilledDriverResumeTest {

    @Test
    void resumeAfterAKilledSparkDriverComputesOnlyTheMissingRuns(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "@" + Path.of("java-module-options").toAbsolutePath(), "-cp", String.join(File.pathSeparator, LoopbackCluster.testClassPath()),
                TwinnetCli.class.getName(), "run", SleepyExperiment.ID, "--engine", "spark", "--master", "local[1]", "--out", dir.toString(),
                "--no-report"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("driver.log").toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process driver = pb.start();
        long end = System.nanoTime() + 120_000_000_000L;
        while (Sweeps.recordFiles(dir).size() < 2 && driver.isAlive() && System.nanoTime() < end) Thread.sleep(100);
        driver.destroyForcibly().waitFor();
        Map<String, String> before = Sweeps.recordFiles(dir);
        assertTrue(before.size() >= 2 && before.size() < SleepyExperiment.POINTS,
                "killed mid-sweep, with " + before.size() + " runs stored; driver log: " + Files.readString(tmp.resolve("driver.log")));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = TwinnetCli.execute("run", "--resume", "--out", dir.toString(), "--engine", "spark", "--master", "local[2]", "--no-report");
        } finally {
            System.setErr(stderr);
        }
        String log = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, log);
        assertTrue(log.contains("resuming: " + before.size() + " of " + SleepyExperiment.POINTS + " runs already finished"), log);
        assertTrue(log.contains("spark local[2]"), log);
        Map<String, String> after = Sweeps.recordFiles(dir);
        assertEquals(SleepyExperiment.POINTS, after.size());
        for (Map.Entry<String, String> f : before.entrySet()) {
            assertEquals(f.getValue(), after.get(f.getKey()), f.getKey() + ": stored before the kill, untouched (timings included)");
        }
        assertTrue(Files.exists(dir.resolve("results.json")));
    }
}
