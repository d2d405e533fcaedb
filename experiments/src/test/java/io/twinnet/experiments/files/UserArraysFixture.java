package io.twinnet.experiments.files;

import io.twinnet.reports.npy.NpyArray;
import io.twinnet.reports.npy.NpyWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file-defined experiment on the user's own arrays, for tests of what travels with a file: 24
 * examples of 4 features in 3 classes, the features as {@code .npy} in a sibling directory
 * ({@code ../data/features.npy}), the labels as a CSV of class indices with a leading dot in its
 * name ({@code .labels.csv}); a 4-6-3 tanh/softmax net, 12 steps at minibatch 4, one seed, two
 * learning rates.
 */
public final class UserArraysFixture {
    public static final String ID = "own-arrays";
    public static final String FIRST_CONFIG = "lr=0.1";

    private UserArraysFixture() {
    }

    /** Writes the experiment file as {@code dir/experiment/own-arrays.yaml} and its data; returns the file. */
    public static Path write(Path dir) throws IOException {
        Path file = dir.resolve("experiment").resolve(ID + ".yaml");
        Files.createDirectories(file.getParent());
        Files.createDirectories(dir.resolve("data"));
        double[] x = new double[24 * 4];
        StringBuilder labels = new StringBuilder("class\n");
        for (int i = 0; i < 24; i++) {
            int k = i % 3;
            for (int j = 0; j < 4; j++) x[i * 4 + j] = (j == k ? 1.0 : 0.0) + 0.05 * Math.sin(7 * i + 3 * j);
            labels.append(k).append('\n');
        }
        NpyWriter.write(NpyArray.ofDoubles(x, 24, 4), dir.resolve("data").resolve("features.npy"));
        Files.writeString(file.resolveSibling(".labels.csv"), labels);
        Files.writeString(file, """
                id: own-arrays
                seeds: 1
                network:
                  input: {size: 4}
                  layers:
                    - {type: dense, nOut: 6, activation: tanh, weightInit: xavier}
                    - {type: output, nOut: 3, activation: softmax, loss: mcxent, weightInit: xavier}
                  learningRate: 0.1
                data:
                  arrays: {features: ../data/features.npy, labels: .labels.csv}
                training: {steps: 12, minibatch: 4, evaluateEvery: 4, paritySteps: 4}
                grid:
                  lr: {field: network.learningRate, values: [0.1, 0.5]}
                """);
        return file;
    }
}
