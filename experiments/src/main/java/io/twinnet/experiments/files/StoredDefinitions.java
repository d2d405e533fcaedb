package io.twinnet.experiments.files;

import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.store.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The experiment files a run directory was started with, kept in {@code RUN_DIR/definitions/} as
 * their {@link ExperimentDefinition}s: the file's text as {@code <id>.yaml} (or {@code .json}), the
 * name it was given as in {@code <id>.origin}, and a copy of every data file it read in
 * {@code <id>.data/} (each named by its URL-encoded name in the file, e.g. {@code %2E.%2Fx.npy} for {@code ../x.npy}).
 * {@code --resume}, {@code reproduce} and {@code report} read the experiment back from there, so a
 * run directory stands on its own: the original file and data may be moved, changed or deleted.
 * A directory written before the data were copied has {@code <id>.base} instead, the directory
 * the data are read from.
 */
public final class StoredDefinitions {
    static final String DIR = "definitions";

    private StoredDefinitions() {
    }

    /** Writes {@code file}'s definition into {@code runDir}. */
    public static void store(Path runDir, ExperimentFile file) {
        store(runDir, file.id(), file.definition());
    }

    /** Writes the definition {@code d} of the experiment {@code id} into {@code runDir}; the text last, as it marks the definition present. */
    private static void store(Path runDir, String id, ExperimentDefinition d) {
        Path dir = runDir.resolve(DIR);
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> e : d.data().entrySet()) {
                AtomicFiles.write(dir.resolve(id + ".data").resolve(storedName(e.getKey())), e.getValue());
            }
            AtomicFiles.write(dir.resolve(id + ".origin"), d.file().getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(dir.resolve(id + (d.json() ? ".json" : ".yaml")), d.text().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the experiment file in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Every definition stored in {@code fromRunDir}, written into {@code toRunDir} (a reproduction keeps them, data included). */
    public static void copy(Path fromRunDir, Path toRunDir) {
        for (String id : texts(fromRunDir).keySet()) definition(fromRunDir, id).ifPresent(d -> store(toRunDir, id, d));
    }

    /** A data file's name in the file as a file name: URL-encoded, a leading dot too (so only the store's temporary files start with one). */
    private static String storedName(String name) {
        String n = URLEncoder.encode(name, StandardCharsets.UTF_8);
        return n.startsWith(".") ? "%2E" + n.substring(1) : n;
    }

    /** The definition of the experiment {@code id} stored in {@code runDir}, if a file defined it. */
    public static Optional<ExperimentDefinition> definition(Path runDir, String id) {
        Path dir = runDir.resolve(DIR);
        for (String ext : new String[] {".yaml", ".json"}) {
            Path f = dir.resolve(id + ext);
            if (!Files.isRegularFile(f)) continue;
            try {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Path base = dir.resolve(id + ".base");
                if (Files.isRegularFile(base) && !Files.isRegularFile(dir.resolve(id + ".origin"))) {
                    Path from = Path.of(Files.readString(base, StandardCharsets.UTF_8).trim());
                    return Optional.of(ExperimentFileReader.parse(f.toString(), text, ext.equals(".json"), from).definition());
                }
                String origin = Files.readString(dir.resolve(id + ".origin"), StandardCharsets.UTF_8);
                return Optional.of(new ExperimentDefinition(origin, text, ext.equals(".json"), data(dir.resolve(id + ".data"))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the stored experiment file " + f + ": " + e.getMessage(), e);
            }
        }
        return Optional.empty();
    }

    private static Map<String, byte[]> data(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (!name.startsWith(".")) out.put(URLDecoder.decode(name, StandardCharsets.UTF_8), Files.readAllBytes(f));
            }
        }
        return out;
    }

    /** The experiment {@code id} as stored in {@code runDir}, if it was defined by a file. */
    public static Optional<RunnableExperiment> find(Path runDir, String id) {
        return definition(runDir, id).map(d -> new DeclaredExperiment<>(new FileExperiment(
                ExperimentFileReader.parse(d, "the copy stored in " + runDir.resolve(DIR)))));
    }

    /** The text of every stored file, by experiment id (empty for a catalog-only run). */
    public static Map<String, String> texts(Path runDir) {
        Map<String, String> out = new LinkedHashMap<>();
        Path dir = runDir.resolve(DIR);
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && (name.endsWith(".yaml") || name.endsWith(".json"))) {
                    out.put(name.substring(0, name.length() - 5), Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }
}
