package io.twinnet.experiments.lab.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code twinnet run --resume} of a sweep: when it started, the provenance of the process that resumed
 * (same keys as {@link Provenance#collect}) and which of the {@link #BUILD_KEYS} differ from the provenance
 * the sweep started with. A sweep's records carry no provenance of their own, so this list in
 * {@code run.json} is what tells which build and machine computed the runs finished after a resumption.
 *
 * @param at         ISO-8601 instant the resumption started
 * @param provenance the resuming process's provenance
 * @param changed    the build keys whose value differs from the start's, in {@link #BUILD_KEYS} order, each as
 *                   {@code key: before -> after}; empty when the same build resumed on the same software
 */
public record Resumption(String at, Map<String, Object> provenance, List<String> changed) {
    /** The provenance keys that say which code computed a run (not the thread count or the start time). */
    public static final List<String> BUILD_KEYS = List.of("twinnetVersion", "gitCommit", "gitDirty", "dl4jVersion", "nd4jBackend",
            "coreKernels", "javaVersion", "javaVm", "os", "cpu");

    public Resumption {
        Objects.requireNonNull(at, "at");
        provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        changed = changed == null ? List.of() : List.copyOf(changed);
    }

    /** The resumption at {@code at} by a process with provenance {@code now}, of a sweep started with provenance {@code start}. */
    public static Resumption of(String at, Map<String, Object> start, Map<String, Object> now) {
        List<String> changed = new ArrayList<>();
        for (String key : BUILD_KEYS) {
            Object before = start == null ? null : start.get(key);
            Object after = now.get(key);
            if (!Objects.equals(String.valueOf(before), String.valueOf(after))) changed.add(key + ": " + before + " -> " + after);
        }
        return new Resumption(at, now, changed);
    }

    /** One line for the console and the report: the time, and what changed (or that nothing did). */
    public String summary() {
        return at + (changed.isEmpty() ? " (same build and software)" : " (" + String.join("; ", changed) + ")");
    }
}
