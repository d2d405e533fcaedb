package io.twinnet.experiments.lab.store;

import io.twinnet.core.math.Simd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where and with what a sweep ran: twinnet's version and git commit, DL4J/ND4J versions and
 * backend, JDK, OS, CPU model, cores, thread settings and the start time. Stored in every run's
 * manifest and shown in every report; {@code twinnet reproduce} re-runs from it.
 */
public final class Provenance {
    private Provenance() {
    }

    /** The DL4J/ND4J version this build is compiled against. */
    public static final String DL4J_VERSION = "1.0.0-M2.1";

    /** Collects the provenance of this process; {@code threads} is the sweep's worker count. */
    public static Map<String, Object> collect(int threads) {
        Map<String, Object> p = new LinkedHashMap<>();
        String version = Provenance.class.getPackage().getImplementationVersion();
        p.put("twinnetVersion", version == null ? "dev" : version);
        p.put("gitCommit", git("rev-parse", "HEAD"));
        String dirty = git("status", "--porcelain", "--untracked-files=no");
        p.put("gitDirty", dirty.equals("unknown") ? "unknown" : Boolean.toString(!dirty.isEmpty()));
        p.put("dl4jVersion", DL4J_VERSION);
        p.put("nd4jBackend", "nd4j-native (CPU, OpenBLAS)");
        p.put("coreKernels", Simd.describe());
        p.put("javaVersion", System.getProperty("java.version"));
        p.put("javaVendor", System.getProperty("java.vendor"));
        p.put("javaVm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        p.put("cpu", cpuModel());
        p.put("cores", Runtime.getRuntime().availableProcessors());
        p.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        p.put("threads", threads);
        String omp = System.getenv("OMP_NUM_THREADS");
        p.put("ompNumThreads", omp == null ? "unset" : omp);
        p.put("startedAt", Instant.now().toString());
        return p;
    }

    static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(cpuinfo)) {
                for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
                    if (line.startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).trim();
                    }
                }
            }
        } catch (IOException e) {
            // fall through to the generic answer
        }
        return System.getProperty("os.arch");
    }

    /**
     * The directory twinnet was built in: the jar (or classes directory) of this class sits in
     * {@code experiments/target/}, two levels below the checkout; falls back to the working directory.
     */
    static java.io.File sourceCheckout() {
        try {
            Path here = Path.of(Provenance.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = here; p != null; p = p.getParent()) {
                if (Files.exists(p.resolve(".git"))) return p.toFile();
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // fall through
        }
        return new java.io.File(".");
    }

    private static String git(String... args) {
        try {
            String[] cmd = new String[args.length + 1];
            cmd[0] = "git";
            System.arraycopy(args, 0, cmd, 1, args.length);
            Process p = new ProcessBuilder(cmd).directory(sourceCheckout()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) return "unknown";
            return new String(out, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
