package io.twinnet.experiments.data;

import java.util.Objects;
import java.util.Optional;

/**
 * What provisioning did with one MNIST file: its state before and after, and the source that
 * supplied the installed copy (empty when nothing was installed).
 */
public record FileOutcome(FileCheck before, FileCheck after, Optional<String> source) {

    /** What happened, in one word. */
    public enum Action {
        /** Already valid; left untouched. */
        KEPT,
        /** Was missing; a verified copy was installed. */
        INSTALLED,
        /** Was corrupt; replaced by a verified copy. */
        REPLACED,
        /** Still missing or corrupt. */
        NOT_PROVISIONED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    public FileOutcome {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(source, "source");
        if (before.file() != after.file()) throw new IllegalArgumentException("after: describes " + after.file() + ", before describes " + before.file());
    }

    public MnistFile file() {
        return before.file();
    }

    public Action action() {
        if (before.state() == FileState.VALID) return Action.KEPT;
        if (after.state() != FileState.VALID) return Action.NOT_PROVISIONED;
        return before.state() == FileState.MISSING ? Action.INSTALLED : Action.REPLACED;
    }
}
