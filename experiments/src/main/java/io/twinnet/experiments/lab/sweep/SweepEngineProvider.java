package io.twinnet.experiments.lab.sweep;

/**
 * A named {@link SweepEngine} on the class path, found by {@link SweepEngines} through
 * {@link java.util.ServiceLoader} (a module declares it with {@code @AutoService(SweepEngineProvider.class)}),
 * so the CLI carries an engine's dependencies only when that module is on its class path.
 */
public interface SweepEngineProvider {

    /** The name {@code twinnet run --engine NAME} selects, e.g. {@code spark}. */
    String name();

    /** Opens the engine (for Spark: starts or connects to the cluster). */
    SweepEngine open(EngineSettings settings);
}
