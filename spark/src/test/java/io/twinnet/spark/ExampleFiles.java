package io.twinnet.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.twinnet.experiments.files.ExperimentFileReader;
import io.twinnet.experiments.files.FileExperiment;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.reports.npy.NpyArray;
import io.twinnet.reports.npy.NpyWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The repository's example experiment files, cut down to a budget the engine tests can afford. */
final class ExampleFiles {
    /** Configurations × seeds of {@link #tinySeed004}: two learning rates, one width, one seed. */
    static final int SEED_004_RUNS = 2;
    private static final Path EXAMPLES = Path.of("..", "examples");

    private ExampleFiles() {
    }

    /**
     * {@code examples/seed-004-asker.yaml} with one seed and 12 one-example steps (evaluated every 4,
     * exact parity over 4), on 3 MNIST images per class; or, with {@code ownArrays}, on 30 examples of
     * the user's own: 784 features in {@code ../data/features.npy}, class indices 0–9 in
     * {@code ../data/labels.csv}. Written under {@code dir} and read from there.
     */
    static RunnableExperiment tinySeed004(Path dir, boolean ownArrays) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode root = (ObjectNode) yaml.readTree(EXAMPLES.resolve("seed-004-asker.yaml").toFile());
        root.put("seeds", 1);
        ((ObjectNode) root.get("training")).put("steps", 12).put("evaluateEvery", 4).put("paritySteps", 4);
        ObjectNode data = (ObjectNode) root.get("data");
        if (ownArrays) {
            data.removeAll();
            data.putObject("arrays").put("features", "../data/features.npy").put("labels", "../data/labels.csv");
            writeArrays(Files.createDirectories(dir.resolve("data")), 30);
        } else {
            ((ObjectNode) data.get("mnist")).put("trainPerClass", 3).put("testPerClass", 2);
        }
        Path file = Files.createDirectories(dir.resolve("experiment")).resolve("seed-004-asker.yaml");
        Files.writeString(file, yaml.writeValueAsString(root));
        return new DeclaredExperiment<>(new FileExperiment(ExperimentFileReader.read(file)));
    }

    /** {@code n} MNIST-shaped examples: pixel values in [0, 1] from a fixed formula, class {@code i mod 10}. */
    private static void writeArrays(Path dir, int n) throws IOException {
        double[] x = new double[n * 784];
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 784; j++) x[i * 784 + j] = 0.5 + 0.5 * Math.sin(0.01 * (i % 10 + 1) * j + i);
            labels.append(i % 10).append('\n');
        }
        NpyWriter.write(NpyArray.ofDoubles(x, n, 784), dir.resolve("features.npy"));
        Files.writeString(dir.resolve("labels.csv"), labels);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
