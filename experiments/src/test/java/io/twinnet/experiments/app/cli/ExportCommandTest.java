package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinnet.core.spec.json.SpecJson;
import io.twinnet.experiments.lab.Json;
import io.twinnet.dl4j.parity.RelativeDifference;
import io.twinnet.reports.npy.NpyArray;
import io.twinnet.reports.npy.NpyDtype;
import io.twinnet.reports.npy.NpyReader;
import io.twinnet.reports.npy.NpyWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    static Path tmp;
    static Path tanh;
    static Path sigmoidMse;

    @BeforeAll
    static void export() {
        tanh = tmp.resolve("tanh");
        sigmoidMse = tmp.resolve("sigmoid-mse");
        CliRun a = CliRun.of("export", "blobs-mlp/tanh-xent#3", "--out", tanh.toString());
        assertEquals(0, a.exit(), a.err());
        CliRun b = CliRun.of("export", "blobs-mlp/sigmoid-mse", "--out", sigmoidMse.toString(), "--steps", "25");
        assertEquals(0, b.exit(), b.err());
    }

    private static NpyArray npy(Path dir, String name, NpyDtype dtype, int... shape) throws Exception {
        byte[] bytes = Files.readAllBytes(dir.resolve(name));
        // NumPy format 1.0: magic, version 1.0, little-endian header length, then the dict.
        assertEquals((byte) 0x93, bytes[0]);
        assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
        assertEquals(1, bytes[6]);
        assertEquals(0, bytes[7]);
        int headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
        assertEquals(0, (10 + headerLength) % 64, name + ": header not 64-byte aligned");
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.contains("'descr': '" + dtype.descr() + "'"), name + ": " + header);
        NpyArray a = NpyReader.read(dir.resolve(name));
        assertEquals(dtype, a.dtype(), name);
        assertArrayEquals(shape, a.shape(), name + " has shape " + Arrays.toString(a.shape()));
        return a;
    }

    @Test
    void everyFileHasTheDocumentedDtypeAndShape() throws Exception {
        // 3 blobs × 50 points, 4 features; 4-8-3 MLP: 4·8 + 8 + 8·3 + 3 = 67 parameters; batches of 5, two epochs → 60 steps.
        npy(tanh, "params_init.npy", NpyDtype.FLOAT64, 67);
        NpyArray batches = npy(tanh, "batches.npy", NpyDtype.INT32, 60, 5);
        npy(tanh, "features.npy", NpyDtype.FLOAT64, 150, 4);
        NpyArray labels = npy(tanh, "labels.npy", NpyDtype.FLOAT64, 150, 3);
        npy(tanh, "core_losses.npy", NpyDtype.FLOAT64, 60);
        npy(tanh, "dl4j_losses.npy", NpyDtype.FLOAT64, 60);
        npy(tanh, "core_params_final.npy", NpyDtype.FLOAT64, 67);
        npy(tanh, "dl4j_params_final.npy", NpyDtype.FLOAT64, 67);
        for (double i : batches.toDoubleArray()) assertTrue(i >= 0 && i < 150);
        for (double[] row : labels.toMatrix()) assertEquals(1.0, Arrays.stream(row).sum());
        // --steps 25 keeps the first 25 minibatches and only the 125 examples they use.
        npy(sigmoidMse, "batches.npy", NpyDtype.INT32, 25, 5);
        npy(sigmoidMse, "features.npy", NpyDtype.FLOAT64, 125, 4);
        npy(sigmoidMse, "core_losses.npy", NpyDtype.FLOAT64, 25);
    }

    @Test
    void specAndLayoutDescribeTheNetwork() throws Exception {
        var spec = SpecJson.fromJson(Files.readString(tanh.resolve("spec.json")));
        assertEquals(3, spec.seed());
        assertEquals(67, spec.parameterCount());
        JsonNode layout = Json.mapper().readTree(tanh.resolve("layout.json").toFile());
        JsonNode w1 = layout.get("blocks").get(2);
        assertEquals(1, w1.get("layer").asInt());
        assertEquals("W", w1.get("name").asText());
        assertEquals(40, w1.get("offset").asInt());
        assertEquals("[8,3]", w1.get("shape").toString());
        assertEquals("f", w1.get("dl4jOrder").asText());
        String readme = Files.readString(tanh.resolve("README.md"));
        assertTrue(readme.contains("mean over the B examples") && readme.contains("θ ← θ − lr(s) · G / B"), readme);
    }

    @Test
    void anImplementationWrittenFromTheReadmeFollowsTheCoreAndDl4jTrajectories() throws Exception {
        for (Path dir : new Path[] {tanh, sigmoidMse}) {
            double[][] mine = ReadmeReferenceMlp.train(dir);
            double[] core = NpyReader.read(dir.resolve("core_losses.npy")).toDoubleArray();
            double[] dl4j = NpyReader.read(dir.resolve("dl4j_losses.npy")).toDoubleArray();
            for (int s = 0; s < core.length; s++) {
                assertTrue(RelativeDifference.of(mine[0][s], core[s]) < 1e-12, dir + " step " + s + ": " + mine[0][s] + " vs core " + core[s]);
                assertTrue(RelativeDifference.of(mine[0][s], dl4j[s]) < 1e-12, dir + " step " + s + ": " + mine[0][s] + " vs dl4j " + dl4j[s]);
            }
            double[] coreFinal = NpyReader.read(dir.resolve("core_params_final.npy")).toDoubleArray();
            assertTrue(RelativeDifference.of(mine[1], coreFinal) < 1e-12);
            // The losses move, so the comparison is not between two constant curves.
            assertTrue(Arrays.stream(core).distinct().count() > core.length / 2, dir + ": " + Arrays.toString(core));
        }
        double[] tanhLosses = NpyReader.read(tanh.resolve("core_losses.npy")).toDoubleArray();
        double first = Arrays.stream(tanhLosses, 0, 10).average().orElseThrow();
        double last = Arrays.stream(tanhLosses, 50, 60).average().orElseThrow();
        assertTrue(last < first, "the tanh net learns the blobs: mean loss " + first + " -> " + last);
    }

    @Test
    void compareAcceptsTheReadmeImplementationAndRejectsAPerturbedOne() throws Exception {
        double[][] mine = ReadmeReferenceMlp.train(tanh);
        Path good = tmp.resolve("mine-good");
        Files.createDirectories(good);
        NpyWriter.write(NpyArray.doubleVector(mine[0]), good.resolve("losses.npy"));
        NpyWriter.write(NpyArray.doubleVector(mine[1]), good.resolve("params_final.npy"));
        CliRun ok = CliRun.of("compare", tanh.toString(), good.toString(), "--json");
        assertEquals(0, ok.exit(), ok.err() + ok.out());
        JsonNode j = Json.mapper().readTree(ok.out());
        assertEquals("external", j.get("mode").asText());
        assertTrue(j.at("/againstCore/maxStepLossRel").asDouble() < 1e-12);
        assertTrue(j.at("/againstDl4j/finalParamsRel").asDouble() < 1e-12);

        Path bad = tmp.resolve("mine-bad");
        Files.createDirectories(bad);
        double[] losses = mine[0].clone();
        losses[17] *= 1 + 1e-6;
        NpyWriter.write(NpyArray.doubleVector(losses), bad.resolve("losses.npy"));
        NpyWriter.write(NpyArray.doubleVector(mine[1]), bad.resolve("params_final.npy"));
        CliRun no = CliRun.of("compare", bad.toString(), tanh.toString(), "--json");
        assertEquals(1, no.exit(), no.err() + no.out());
        JsonNode k = Json.mapper().readTree(no.out());
        assertEquals(17, k.at("/againstCore/worstStep").asInt());
        assertEquals(17, k.at("/againstCore/firstStepAbove").asInt());
        assertEquals(1e-6 / (1 + 1e-6), k.at("/againstCore/maxStepLossRel").asDouble(), 1e-9);
    }

    @Test
    void missingOrMalformedFilesAreNamed() throws Exception {
        Path missing = tmp.resolve("mine-missing");
        Files.createDirectories(missing);
        NpyWriter.write(NpyArray.doubleVector(new double[60]), missing.resolve("losses.npy"));
        CliRun a = CliRun.of("compare", tanh.toString(), missing.toString());
        assertEquals(2, a.exit());
        assertTrue(a.err().contains(missing.resolve("params_final.npy").toString()) && a.err().contains("missing"), a.err());

        Path wrongShape = tmp.resolve("mine-shape");
        Files.createDirectories(wrongShape);
        NpyWriter.write(NpyArray.doubleVector(new double[59]), wrongShape.resolve("losses.npy"));
        NpyWriter.write(NpyArray.doubleVector(new double[67]), wrongShape.resolve("params_final.npy"));
        CliRun b = CliRun.of("compare", tanh.toString(), wrongShape.toString());
        assertEquals(2, b.exit());
        assertTrue(b.err().contains("losses.npy: has shape [59], expected (60,)"), b.err());

        Path notNpy = tmp.resolve("mine-text");
        Files.createDirectories(notNpy);
        Files.writeString(notNpy.resolve("losses.npy"), "0.1,0.2\n");
        NpyWriter.write(NpyArray.doubleVector(new double[67]), notNpy.resolve("params_final.npy"));
        CliRun c = CliRun.of("compare", tanh.toString(), notNpy.toString());
        assertEquals(2, c.exit());
        assertTrue(c.err().contains(notNpy.resolve("losses.npy").toString()) && c.err().contains("magic"), c.err());
    }

    @Test
    void unknownCasesAndMissingOptionsAreBadInput() {
        CliRun a = CliRun.of("export", "relu-init-range/relu-nope-lr0.01", "--out", tmp.resolve("x").toString());
        assertEquals(2, a.exit());
        assertTrue(a.err().contains("unknown case 'relu-init-range/relu-nope-lr0.01'") && a.err().contains("relu-init-range/relu-he-lr0.01"), a.err());
        CliRun b = CliRun.of("export", "no-slash", "--out", tmp.resolve("y").toString());
        assertEquals(2, b.exit());
        assertTrue(b.err().contains("EXPERIMENT/CONFIG[#SEED]"), b.err());
        CliRun c = CliRun.of("export", "blobs-mlp/tanh-xent");
        assertEquals(2, c.exit());
        assertTrue(c.err().contains("--out"), c.err());
    }
}
