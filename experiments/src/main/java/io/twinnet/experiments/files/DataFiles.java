package io.twinnet.experiments.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data files an experiment file names, read by the name the file gives them: from the
 * directory the file was read from (names relative to it), or from the bytes an
 * {@link ExperimentDefinition} carries (a run directory's copy, or what the Spark driver shipped),
 * where a name not among them is missing. Every file is read once; the bytes read are kept, so the
 * experiment's definition holds exactly the data it was built from.
 */
final class DataFiles {
    private final Path base;
    private final Map<String, byte[]> given;
    private final String origin;
    private final Map<String, byte[]> read = new TreeMap<>();

    private DataFiles(Path base, Map<String, byte[]> given, String origin) {
        this.base = base;
        this.given = given;
        this.origin = origin;
    }

    /** Files on disk, names resolved against {@code base}. */
    static DataFiles under(Path base) {
        return new DataFiles(base, Map.of(), null);
    }

    /** Only the bytes {@code definition} carries; {@code origin} says in messages where they came from. */
    static DataFiles of(ExperimentDefinition definition, String origin) {
        return new DataFiles(null, definition.data(), origin);
    }

    /** The bytes of the file the experiment names {@code name}. */
    byte[] read(String name) throws IOException {
        byte[] b = read.get(name);
        if (b != null) return b;
        if (base != null) {
            Path p = base.resolve(name);
            if (!Files.isRegularFile(p)) throw new NoSuchFileException(p.toString());
            b = Files.readAllBytes(p);
        } else {
            b = given.get(name);
            if (b == null) throw new NoSuchFileException(where(name));
        }
        read.put(name, b);
        return b;
    }

    /** Where {@code name} is read from, for messages: its path, or the name and the copy's origin. */
    String where(String name) {
        return base != null ? base.resolve(name).toString() : name + " (" + origin + ")";
    }

    /** Every file read so far, by name. */
    Map<String, byte[]> read() {
        return read;
    }
}
