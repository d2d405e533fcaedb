package io.twinnet.spark;

import com.google.auto.service.AutoService;
import io.twinnet.experiments.lab.sweep.EngineSettings;
import io.twinnet.experiments.lab.sweep.SweepEngine;
import io.twinnet.experiments.lab.sweep.SweepEngineProvider;
import java.util.Map;

/**
 * {@code twinnet run --engine spark [--master URL]}: the master named, else the one
 * {@code spark-submit} set ({@code spark.master}), else embedded {@code local[*]}.
 */
@AutoService(SweepEngineProvider.class)
public final class SparkEngineProvider implements SweepEngineProvider {
    /** The master when none is given: Spark in this JVM, one task slot per core. */
    public static final String DEFAULT_MASTER = "local[*]";

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public SweepEngine open(EngineSettings settings) {
        String master = settings.master().orElse(System.getProperty("spark.master", DEFAULT_MASTER));
        return SparkEngine.start(master, Map.of());
    }
}
