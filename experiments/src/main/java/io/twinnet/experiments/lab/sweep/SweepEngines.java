package io.twinnet.experiments.lab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The engines {@code twinnet run --engine NAME} can open: {@code local} (built in) and every {@link SweepEngineProvider} on the class path. */
public final class SweepEngines {
    /** The built-in engine's name. */
    public static final String LOCAL = "local";

    private SweepEngines() {
    }

    /** The names available in this JVM, {@code local} first. */
    public static List<String> names() {
        List<String> out = new ArrayList<>(List.of(LOCAL));
        for (SweepEngineProvider p : ServiceLoader.load(SweepEngineProvider.class)) out.add(p.name());
        return out;
    }

    /**
     * Checks {@code name} and {@code master} without opening anything.
     *
     * @throws IllegalArgumentException naming the option, as {@link #open} would
     */
    public static void check(String name, Optional<String> master) {
        if (LOCAL.equals(name)) {
            if (master.isPresent()) throw new IllegalArgumentException("--master: only a cluster engine takes a master (add --engine spark)");
            return;
        }
        provider(name);
    }

    /**
     * Opens engine {@code name}.
     *
     * @throws IllegalArgumentException when no engine of that name is on the class path (the message lists those that are),
     *                                  or when the local engine is given a master
     */
    public static SweepEngine open(String name, EngineSettings settings) {
        check(name, settings.master());
        return LOCAL.equals(name) ? new LocalEngine(settings.threads()) : provider(name).open(settings);
    }

    private static SweepEngineProvider provider(String name) {
        Optional<SweepEngineProvider> found = ServiceLoader.load(SweepEngineProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals(name)).findFirst();
        return found.orElseThrow(() -> new IllegalArgumentException("--engine: no engine '" + name + "' on the class path (available: "
                + String.join(", ", names()) + "; the ./twinnet launcher adds the spark module for --engine spark)"));
    }
}
