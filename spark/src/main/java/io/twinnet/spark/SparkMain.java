package io.twinnet.spark;

import io.twinnet.experiments.app.cli.TwinnetCli;
import java.util.ArrayList;
import java.util.List;

/**
 * The main class for {@code spark-submit}: the twinnet CLI, where {@code run} uses the Spark
 * engine unless told otherwise, on the master {@code spark-submit} was given.
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        System.exit(TwinnetCli.execute(withSparkEngine(args)));
    }

    /** {@code args}, with {@code --engine spark} added to a {@code run} that names no engine. */
    static String[] withSparkEngine(String[] args) {
        List<String> out = new ArrayList<>(List.of(args));
        boolean named = out.stream().anyMatch(a -> a.equals("--engine") || a.startsWith("--engine="));
        if (!out.isEmpty() && out.get(0).equals("run") && !named) out.addAll(List.of("--engine", "spark"));
        return out.toArray(String[]::new);
    }
}
