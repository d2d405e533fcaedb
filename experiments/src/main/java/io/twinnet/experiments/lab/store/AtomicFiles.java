package io.twinnet.experiments.lab.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes files so that a reader (or a process killed mid-write) sees either the old or the new content,
 * never half. A write that fails (a full disk, a directory made read-only) leaves the old content and
 * no temporary file behind; a process killed between creating its temporary file and the rename does leave
 * one ({@code .NAME.RANDOM.tmp} beside the target), which {@link #removeLeftovers} deletes.
 */
public final class AtomicFiles {
    /** The suffix of {@link #write}'s temporary files (their names also start with a dot). */
    static final String TEMPORARY_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /**
     * Deletes the temporary files that writers killed mid-write left anywhere under {@code dir} and returns them. Only
     * safe while no other process writes there: the caller holds the directory's lock ({@link DirectoryLock}).
     */
    public static List<Path> removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> leftovers;
        try (Stream<Path> s = Files.walk(dir)) {
            leftovers = s.filter(f -> isTemporary(f) && Files.isRegularFile(f)).sorted().toList();
        }
        for (Path f : leftovers) Files.deleteIfExists(f);
        return leftovers;
    }

    /** Whether {@code file} is named like one of {@link #write}'s temporary files. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMPORARY_SUFFIX);
    }

    /** Writes {@code bytes} to a temporary file beside {@code target}, forces it to disk, then renames it over {@code target}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMPORARY_SUFFIX);
        IOException failure = null;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            failure = e;
            throw e;
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                if (failure == null) throw e;
                failure.addSuppressed(e);
            }
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
