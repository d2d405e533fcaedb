package io.twinnet.experiments.app.cli;

import io.twinnet.experiments.files.ExperimentDefinition;
import io.twinnet.experiments.files.ExperimentFile;
import io.twinnet.experiments.files.ExperimentFileException;
import io.twinnet.experiments.files.ExperimentFileReader;
import io.twinnet.experiments.files.FileExperiment;
import io.twinnet.experiments.files.StoredDefinitions;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.RunnableExperiment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The experiments a command line names: catalog ids, and experiment files ({@code .yaml},
 * {@code .yml}, {@code .json}), each read and checked at once so a bad file stops the command
 * (exit 2, one message with file, line and field) before a directory is made. Experiments of a
 * run directory are found in the catalog, else among the files the run was started with.
 */
final class FileArguments {
    private final List<String> ids = new ArrayList<>();
    private final Map<String, ExperimentFile> files = new LinkedHashMap<>();

    /** Reads every file argument of {@code args}; the others are kept as catalog ids. */
    static FileArguments of(List<String> args, CliContext context) {
        FileArguments out = new FileArguments();
        for (String a : args) {
            if (!isFile(a)) {
                out.ids.add(a);
                continue;
            }
            ExperimentFile f;
            try {
                f = ExperimentFileReader.read(Path.of(a));
            } catch (ExperimentFileException e) {
                throw new UserInputException(e.getMessage(), e);
            }
            if (context.experiment(f.id()).isPresent() || out.files.containsKey(f.id())) {
                throw new UserInputException(a + ": id: '" + f.id() + "' is already the id of " + (out.files.containsKey(f.id()) ? "another file given" : "a catalog experiment") + "; choose another");
            }
            out.files.put(f.id(), f);
            out.ids.add(f.id());
        }
        return out;
    }

    static boolean isFile(String arg) {
        String a = arg.toLowerCase(java.util.Locale.ROOT);
        return a.endsWith(".yaml") || a.endsWith(".yml") || a.endsWith(".json");
    }

    /** Every experiment id, files' ids in place of their paths, in the order given. */
    List<String> experimentIds() {
        return List.copyOf(ids);
    }

    /** The ids that must be catalog experiments. */
    List<String> catalogIds() {
        return ids.stream().filter(i -> !files.containsKey(i)).toList();
    }

    /** Keeps the files in the run directory (before the manifest names them). */
    void storeInto(Path runDir) {
        files.values().forEach(f -> StoredDefinitions.store(runDir, f));
    }

    /**
     * The experiment {@code id} of a sweep in {@code runDir}: a file given now, the context's, or the run's stored file.
     * A file given now must define the experiment the run was started with (its text and its data files), or the
     * sweep would mix records of two experiments: otherwise this is bad input naming the file and what differs.
     */
    Optional<RunnableExperiment> find(String id, Path runDir, CliContext context) {
        if (!files.containsKey(id)) return stored(id, runDir, context);
        ExperimentFile now = files.get(id);
        Optional<ExperimentDefinition> then = StoredDefinitions.definition(runDir, id);
        Optional<String> difference = then.flatMap(t -> now.definition().differenceFrom(t));
        if (difference.isPresent()) {
            throw new UserInputException(now.file() + ": differs from the file the run in " + runDir + " was started with ("
                    + then.get().file() + ", kept in " + runDir.resolve("definitions") + "): " + difference.get()
                    + "; resume without naming the file (the kept copy is run), or start a new run directory");
        }
        return Optional.of(new DeclaredExperiment<>(new FileExperiment(now)));
    }

    /** The context's experiment {@code id}, else the file stored in {@code runDir}. */
    static Optional<RunnableExperiment> stored(String id, Path runDir, CliContext context) {
        Optional<RunnableExperiment> e = context.experiment(id);
        if (e.isPresent()) return e;
        try {
            return StoredDefinitions.find(runDir, id);
        } catch (io.twinnet.experiments.files.ExperimentFileException ex) {
            throw new UserInputException("the run in " + runDir + " was defined by a file this twinnet no longer accepts: " + ex.getMessage(), ex);
        }
    }
}
