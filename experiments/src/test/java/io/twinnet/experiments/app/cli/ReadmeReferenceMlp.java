package io.twinnet.experiments.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinnet.experiments.lab.Json;
import io.twinnet.reports.npy.NpyReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An implementation of an export's README written from the README alone (dense layers; tanh, relu or
 * sigmoid hidden units; softmax output with mcxent or mse; fixed learning rate), as someone bringing their
 * own implementation would: it reads the exported files and returns {per-step losses, final parameters}.
 */
final class ReadmeReferenceMlp {
    private ReadmeReferenceMlp() {
    }

    static double[][] train(Path dir) throws IOException {
        JsonNode spec = Json.mapper().readTree(dir.resolve("spec.json").toFile());
        JsonNode blocks = Json.mapper().readTree(dir.resolve("layout.json").toFile()).get("blocks");
        double[] theta = NpyReader.read(dir.resolve("params_init.npy")).toDoubleArray();
        double[][] x = NpyReader.read(dir.resolve("features.npy")).toMatrix();
        double[][] t = NpyReader.read(dir.resolve("labels.npy")).toMatrix();
        double[][] batches = NpyReader.read(dir.resolve("batches.npy")).toMatrix();
        double lr = spec.at("/learningRate/initial").asDouble();
        int layers = spec.get("layers").size();
        int[] wOff = new int[layers], bOff = new int[layers], nIn = new int[layers], nOut = new int[layers];
        for (JsonNode b : blocks) {
            int l = b.get("layer").asInt();
            if (b.get("name").asText().equals("W")) {
                wOff[l] = b.get("offset").asInt();
                nIn[l] = b.get("shape").get(0).asInt();
                nOut[l] = b.get("shape").get(1).asInt();
            } else {
                bOff[l] = b.get("offset").asInt();
            }
        }
        String loss = spec.get("layers").get(layers - 1).get("loss").asText();
        double[] losses = new double[batches.length];
        for (int s = 0; s < batches.length; s++) {
            int n = batches[s].length;
            double[] grad = new double[theta.length];
            double lossSum = 0;
            for (double rowIndex : batches[s]) {
                int row = (int) rowIndex;
                double[][] a = new double[layers + 1][];
                a[0] = x[row];
                for (int l = 0; l < layers; l++) {
                    double[] z = new double[nOut[l]];
                    for (int j = 0; j < nOut[l]; j++) {
                        double v = theta[bOff[l] + j];
                        for (int i = 0; i < nIn[l]; i++) v += a[l][i] * theta[wOff[l] + i * nOut[l] + j];
                        z[j] = v;
                    }
                    a[l + 1] = activate(spec.get("layers").get(l).get("activation").asText(), z);
                }
                double[] p = a[layers];
                int k = p.length;
                double[] delta = new double[k];
                if (loss.equals("mcxent")) {
                    for (int j = 0; j < k; j++) {
                        lossSum -= t[row][j] * Math.log(Math.min(Math.max(p[j], 1e-10), 1 - 1e-10));
                        delta[j] = p[j] - t[row][j];
                    }
                } else {
                    double[] g = new double[k];
                    double dot = 0;
                    for (int j = 0; j < k; j++) {
                        lossSum += (p[j] - t[row][j]) * (p[j] - t[row][j]) / k;
                        g[j] = 2 * (p[j] - t[row][j]) / k;
                        dot += g[j] * p[j];
                    }
                    for (int j = 0; j < k; j++) delta[j] = p[j] * (g[j] - dot);
                }
                for (int l = layers - 1; l >= 0; l--) {
                    for (int j = 0; j < nOut[l]; j++) {
                        grad[bOff[l] + j] += delta[j];
                        for (int i = 0; i < nIn[l]; i++) grad[wOff[l] + i * nOut[l] + j] += a[l][i] * delta[j];
                    }
                    if (l == 0) break;
                    String f = spec.get("layers").get(l - 1).get("activation").asText();
                    double[] prev = new double[nIn[l]];
                    for (int i = 0; i < nIn[l]; i++) {
                        double v = 0;
                        for (int j = 0; j < nOut[l]; j++) v += theta[wOff[l] + i * nOut[l] + j] * delta[j];
                        double out = a[l][i];
                        double d = switch (f) {
                            case "tanh" -> 1 - out * out;
                            case "sigmoid" -> out * (1 - out);
                            case "relu" -> out > 0 ? 1 : 0;
                            default -> throw new IllegalStateException(f);
                        };
                        prev[i] = v * d;
                    }
                    delta = prev;
                }
            }
            losses[s] = lossSum / n;
            for (int q = 0; q < theta.length; q++) theta[q] -= lr * grad[q] / n;
        }
        return new double[][] {losses, theta};
    }

    private static double[] activate(String f, double[] z) {
        double[] a = new double[z.length];
        if (f.equals("softmax")) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) max = Math.max(max, v);
            double sum = 0;
            for (int j = 0; j < z.length; j++) sum += a[j] = Math.exp(z[j] - max);
            for (int j = 0; j < z.length; j++) a[j] /= sum;
            return a;
        }
        for (int j = 0; j < z.length; j++) {
            a[j] = switch (f) {
                case "tanh" -> Math.tanh(z[j]);
                case "sigmoid" -> 1 / (1 + Math.exp(-z[j]));
                case "relu" -> Math.max(0, z[j]);
                default -> throw new IllegalStateException(f);
            };
        }
        return a;
    }
}
