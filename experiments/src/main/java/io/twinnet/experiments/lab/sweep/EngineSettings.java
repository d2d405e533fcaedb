package io.twinnet.experiments.lab.sweep;

import java.util.Optional;

/**
 * What {@code twinnet run} tells the engine it opens.
 *
 * @param threads runs in parallel in this JVM (the local engine; at least 1)
 * @param master  the cluster to run on ({@code --master}, e.g. {@code local[2]} or {@code spark://host:7077}),
 *                empty for the engine's default
 */
public record EngineSettings(int threads, Optional<String> master) {
    public EngineSettings {
        if (threads < 1) throw new IllegalArgumentException("threads: must be at least 1, got " + threads);
        if (master == null) master = Optional.empty();
        if (master.isPresent() && master.get().isBlank()) throw new IllegalArgumentException("master: is blank");
    }
}
