package io.twinnet.spark;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real Spark standalone cluster on 127.0.0.1: one Master and {@code workers} Worker JVMs
 * (one core each) started from the Maven-resolved jars. The Worker builds each executor's class
 * path from {@code $SPARK_HOME/jars}, so that folder holds links to every jar of this test's class
 * path; the project's own class folders reach the executors through {@code spark.executor.extraClassPath}.
 */
final class LoopbackCluster implements AutoCloseable {
    private final Path home;
    private final int port;
    private final Process master;
    private final List<Process> workers = new ArrayList<>();
    private final String classFolders;

    private LoopbackCluster(Path home, int port, Process master, String classFolders) {
        this.home = home;
        this.port = port;
        this.master = master;
        this.classFolders = classFolders;
    }

    static LoopbackCluster start(Path dir, int workers) throws IOException, InterruptedException {
        Path home = dir.resolve("spark-home");
        Path jars = Files.createDirectories(home.resolve("jars"));
        List<String> folders = new ArrayList<>();
        for (String entry : testClassPath()) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                folders.add(p.toAbsolutePath().toString());
            } else if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
                Path link = jars.resolve(p.getFileName());
                if (!Files.exists(link)) Files.createSymbolicLink(link, p.toAbsolutePath());
            }
        }
        int port = freePort();
        Process master = launch(home, dir.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", "0");
        LoopbackCluster c = new LoopbackCluster(home, port, master, String.join(File.pathSeparator, folders));
        try {
            awaitPort(port, Duration.ofSeconds(60));
            for (int i = 0; i < workers; i++) {
                Path work = Files.createDirectories(dir.resolve("worker" + i));
                c.workers.add(launch(home, dir.resolve("worker" + i + ".log"), "org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--cores", "1", "--memory", "1536m", "--webui-port", "0",
                        "--work-dir", work.toString(), c.url()));
            }
            c.awaitWorkers(dir.resolve("master.log"), workers, Duration.ofSeconds(90));
        } catch (IOException | InterruptedException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    String url() {
        return "spark://127.0.0.1:" + port;
    }

    /** The driver's settings for this cluster: loopback, one 1-core executor per Worker, this test's classes on the executors. */
    Map<String, String> driverConf() {
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("spark.driver.host", "127.0.0.1");
        conf.put("spark.driver.bindAddress", "127.0.0.1");
        conf.put("spark.executor.cores", "1");
        conf.put("spark.executor.memory", "1g");
        conf.put("spark.cores.max", String.valueOf(workers.size()));
        conf.put("spark.executor.extraClassPath", classFolders);
        conf.put("spark.executorEnv.SPARK_LOCAL_IP", "127.0.0.1");
        return conf;
    }

    /** Kills Worker {@code i} at once (SIGKILL); its executor exits when it loses its Worker. */
    void killWorker(int i) throws InterruptedException {
        workers.get(i).destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        for (Process w : workers) w.destroyForcibly().waitFor();
        master.destroyForcibly().waitFor();
    }

    /** The class path of the tests (surefire names it; a plain JVM has it as java.class.path). */
    static List<String> testClassPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(cp.split(File.pathSeparator));
    }

    /** A JVM of {@code main} from this test's jars and classes, with Spark's module options and loopback only. */
    static Process launch(Path home, Path log, String main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "@" + Path.of("java-module-options").toAbsolutePath(), "-cp", home.resolve("jars") + File.separator + "*", main));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        // Spark's launcher looks for build directories to learn the Scala version unless told it.
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("OMP_NUM_THREADS", "1");
        return pb.start();
    }

    private void awaitWorkers(Path masterLog, int n, Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!master.isAlive()) throw new IllegalStateException("the Master exited: " + Files.readString(masterLog));
            long registered = Files.readAllLines(masterLog).stream().filter(l -> l.contains("Registering worker")).count();
            if (registered >= n) return;
            Thread.sleep(200);
        }
        throw new IllegalStateException("fewer than " + n + " Workers registered within " + timeout + ": " + Files.readString(masterLog));
    }

    private static void awaitPort(int port, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the Master did not listen on 127.0.0.1:" + port + " within " + timeout);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
