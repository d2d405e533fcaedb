package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.spec.Activation;
import io.twinnet.experiments.files.ExperimentFile;
import io.twinnet.experiments.files.ExperimentFileReader;
import io.twinnet.experiments.files.PointSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code twinnet try}: one configuration from flags on both implementations, and the experiment file it saves. */
class TryCommandTest {
    @TempDir
    Path tmp;

    @Test
    void tryRunsBothImplementationsPrintsTheCurvesAndSavesAnEquivalentFile() throws Exception {
        Path saved = tmp.resolve("mine.yaml");
        CliRun run = CliRun.of("try", "--data", "xor:20", "--layers", "6,4", "--activation", "tanh", "--output", "softmax", "--loss", "mcxent",
                "--init", "uniform:-0.5:0.5", "--lr", "0.2", "--minibatch", "4", "--steps", "40", "--save", saved.toString(),
                "--out", tmp.resolve("run").toString());

        assertEquals(0, run.exit(), run.err() + run.out());
        assertTrue(run.out().contains("loss core") && run.out().contains("loss dl4j"), run.out());
        assertTrue(run.out().contains("exact parity over 20 steps"), run.out());
        assertTrue(Files.exists(tmp.resolve("run").resolve("report").resolve("index.html")));
        ExperimentFile file = ExperimentFileReader.read(saved);
        PointSetup s = file.setup(file.points().get(0));
        assertEquals(3, s.spec().layers().size());
        assertEquals(Activation.TANH, ((io.twinnet.core.spec.DenseLayerSpec) s.spec().layers().get(0)).activation());
        assertEquals(40, s.training().steps());
        assertEquals(4, s.training().minibatch());
        assertEquals(0.2, s.spec().learningRate().initial());
        assertEquals(io.twinnet.core.spec.Updater.sgd(), s.spec().updater());
    }

    @Test
    void theUpdaterFlagReachesTheFileAndAnUnknownOneIsRefusedNamingTheField() throws Exception {
        Path saved = tmp.resolve("adam.yaml");
        CliRun run = CliRun.of("try", "--data", "xor:10", "--layers", "4", "--updater", "adam", "--lr", "0.01", "--minibatch", "5",
                "--steps", "20", "--impl", "core", "--save", saved.toString(), "--out", tmp.resolve("adam-run").toString());
        assertEquals(0, run.exit(), run.err() + run.out());
        ExperimentFile file = ExperimentFileReader.read(saved);
        assertEquals(io.twinnet.core.spec.Updater.adam(), file.setup(file.points().get(0)).spec().updater());
        CliRun bad = CliRun.of("try", "--data", "xor:10", "--updater", "rmsprop", "--steps", "5", "--out", tmp.resolve("bad").toString());
        assertEquals(2, bad.exit(), bad.err() + bad.out());
        assertTrue(bad.err().contains("network.updater"), bad.err());
    }
}
