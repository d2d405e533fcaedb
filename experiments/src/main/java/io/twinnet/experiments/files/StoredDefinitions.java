package io.twinnet.experiments.files;

import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.store.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The experiment files a run directory was started with, kept in {@code RUN_DIR/definitions/}: the
 * file's text as {@code <id>.yaml} (or {@code .json}) and, in {@code <id>.base}, the directory its
 * relative data paths are read from. {@code --resume}, {@code reproduce} and {@code report} read the
 * experiment back from there, so a run directory stands on its own.
 */
public final class StoredDefinitions {
    static final String DIR = "definitions";

    private StoredDefinitions() {
    }

    /** Writes {@code file} (read from {@code base}) into {@code runDir}. */
    public static void store(Path runDir, ExperimentFile file, Path base) {
        Path dir = runDir.resolve(DIR);
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(dir.resolve(file.id() + (file.json() ? ".json" : ".yaml")), file.text().getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(dir.resolve(file.id() + ".base"), base.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the experiment file in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The experiment {@code id} as stored in {@code runDir}, if it was defined by a file. */
    public static Optional<RunnableExperiment> find(Path runDir, String id) {
        for (String ext : new String[] {".yaml", ".json"}) {
            Path f = runDir.resolve(DIR).resolve(id + ext);
            if (!Files.isRegularFile(f)) continue;
            try {
                Path base = Path.of(Files.readString(runDir.resolve(DIR).resolve(id + ".base"), StandardCharsets.UTF_8).trim());
                ExperimentFile file = ExperimentFileReader.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8), ext.equals(".json"), base);
                return Optional.of(new DeclaredExperiment<>(new FileExperiment(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the stored experiment file " + f + ": " + e.getMessage(), e);
            }
        }
        return Optional.empty();
    }

    /** The text of every stored file, by experiment id (empty for a catalog-only run). */
    public static Map<String, String> texts(Path runDir) {
        Map<String, String> out = new LinkedHashMap<>();
        Path dir = runDir.resolve(DIR);
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".yaml") || name.endsWith(".json")) {
                    out.put(name.substring(0, name.length() - 5), Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }
}
