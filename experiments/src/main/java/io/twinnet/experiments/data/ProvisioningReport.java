package io.twinnet.experiments.data;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of provisioning MNIST: the directory, one {@link FileOutcome} per file (in
 * {@link MnistFile} order) and, in order, every source tried with what it gave.
 */
public record ProvisioningReport(Path directory, List<FileOutcome> files, List<String> attempts) {

    public ProvisioningReport {
        Objects.requireNonNull(directory, "directory");
        files = List.copyOf(files);
        attempts = List.copyOf(attempts);
        if (files.size() != MnistFile.values().length) {
            throw new IllegalArgumentException("files: expected one outcome per MNIST file, got " + files.size());
        }
    }

    /** True when all four files are now valid. */
    public boolean complete() {
        return files.stream().allMatch(f -> f.after().state() == FileState.VALID);
    }

    /** The sources that supplied at least one installed file, in the order tried. */
    public Set<String> sourcesUsed() {
        Set<String> used = new LinkedHashSet<>();
        for (FileOutcome f : files) f.source().ifPresent(used::add);
        return used;
    }

    /** The outcome for {@code file}. */
    public FileOutcome outcome(MnistFile file) {
        return files.get(file.ordinal());
    }
}
