package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a run directory holds under {@code records/} and {@code timings/}: per file (by path relative to
 * the directory) its file-system identity, modification time and bytes. The store writes every file to a
 * fresh temporary file and renames it over the old one, so a run that was computed and stored again would
 * show up as a new identity: equal identities prove the file was never rewritten.
 */
final class StoredFiles {
    /** One stored file as it was seen. */
    record Seen(Object identity, long modifiedNanos, byte[] bytes) {
    }

    private final Map<String, Seen> files;

    private StoredFiles(Map<String, Seen> files) {
        this.files = files;
    }

    /**
     * Every record under {@code dir/records} and the timing of each under {@code dir/timings} (a timing without its
     * record belongs to a run that is not stored, and is rewritten when that run is computed); fails the test on a
     * leftover temporary file.
     */
    static StoredFiles of(Path dir) throws IOException {
        Map<String, Seen> out = new TreeMap<>();
        for (String tree : new String[] {"records", "timings"}) {
            Path root = dir.resolve(tree);
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> s = Files.walk(root)) {
                for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                    assertTrue(f.getFileName().toString().endsWith(".json"), "a file the store did not finish: " + f);
                    Path record = dir.resolve("records").resolve(root.relativize(f));
                    if (tree.equals("timings") && !Files.exists(record)) continue;
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    out.put(dir.relativize(f).toString(), new Seen(a.fileKey(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                            Files.readAllBytes(f)));
                }
            }
        }
        return new StoredFiles(out);
    }

    Map<String, Seen> files() {
        return files;
    }

    /** The stored records (not timings), by path. */
    Map<String, byte[]> records() {
        Map<String, byte[]> out = new TreeMap<>();
        files.forEach((k, v) -> {
            if (k.startsWith("records")) out.put(k, v.bytes());
        });
        return out;
    }

    /** Asserts that every file of {@code earlier} is still here, the same file (identity, time, bytes), never rewritten. */
    void assertKeeps(StoredFiles earlier, String when) {
        for (Map.Entry<String, Seen> e : earlier.files.entrySet()) {
            Seen now = files.get(e.getKey());
            assertTrue(now != null, when + ": " + e.getKey() + " disappeared");
            assertEquals(e.getValue().identity(), now.identity(), when + ": " + e.getKey() + " was written again");
            assertEquals(e.getValue().modifiedNanos(), now.modifiedNanos(), when + ": " + e.getKey() + " was modified");
            assertArrayEquals(e.getValue().bytes(), now.bytes(), when + ": " + e.getKey() + " changed");
        }
    }
}
