package io.twinnet.experiments.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.InitScheme;
import io.twinnet.reports.npy.NpyArray;
import io.twinnet.reports.npy.NpyWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a file becomes configurations: the grid's product, fields set by axes, the user's arrays, JSON as YAML. */
class ExperimentFileReaderTest {
    private static final String BASE = """
            id: small
            network:
              input: {size: 2}
              layers:
                - {type: dense, nOut: 4, activation: tanh, weightInit: xavier}
                - {type: output, nOut: 2, activation: softmax, loss: mcxent, weightInit: xavier}
              learningRate: 0.1
            data:
              synthetic: {kind: xor, perClass: 10}
            training:
              steps: 10
            """;

    @TempDir
    Path tmp;

    private static ExperimentFile parse(String text) {
        return ExperimentFileReader.parse("test.yaml", text, false, Path.of("."));
    }

    @Test
    void theGridIsTheCartesianProductFirstAxisSlowestWithReadableIds() {
        ExperimentFile f = parse(BASE + """
                grid:
                  lr: {field: network.learningRate, values: [0.05, 0.5]}
                  width: {field: "network.layers[0].nOut", values: [3, 8, 16]}
                """);
        assertEquals(List.of("lr=0.05_width=3", "lr=0.05_width=8", "lr=0.05_width=16", "lr=0.5_width=3", "lr=0.5_width=8", "lr=0.5_width=16"),
                f.points().stream().map(FilePoint::id).toList());
        PointSetup s = f.setup(f.points().get(5));
        assertEquals(0.5, s.spec().learningRate().initial());
        assertEquals(16, ((DenseLayerSpec) s.spec().layers().get(0)).nOut());
    }

    @Test
    void anAxisWithSeveralFieldsSetsEachOfThemAndAMappingValueIsNamedByItsPlace() {
        ExperimentFile f = parse(BASE + """
                grid:
                  init:
                    field: ["network.layers[0].weightInit", "network.layers[1].weightInit"]
                    values: [relu, {scheme: uniform_distribution, lower: -1, upper: 1}]
                """);
        assertEquals(List.of("init=relu", "init=v2"), f.points().stream().map(FilePoint::id).toList());
        PointSetup s = f.setup(f.points().get(1));
        for (var layer : s.spec().layers()) {
            var init = layer instanceof DenseLayerSpec d ? d.weightInit() : ((io.twinnet.core.spec.OutputLayerSpec) layer).weightInit();
            assertEquals(InitScheme.UNIFORM_DISTRIBUTION, init.scheme());
            assertEquals(-1.0, init.lower());
        }
    }

    @Test
    void npyFeaturesAndClassIndexLabelsBecomeAOneHotDataset() throws Exception {
        NpyWriter.write(NpyArray.ofDoubles(new double[] {0, 0, 0, 1, 1, 0, 1, 1, 0.5, 0.5}, 5, 2), tmp.resolve("x.npy"));
        NpyWriter.write(NpyArray.ofInts(new int[] {0, 1, 1, 0, 2}, 5), tmp.resolve("y.npy"));
        String text = BASE.replace("  synthetic: {kind: xor, perClass: 10}", "  arrays: {features: x.npy, labels: y.npy}")
                .replace("nOut: 2, activation: softmax", "nOut: 3, activation: softmax");
        ExperimentFile f = ExperimentFileReader.parse("test.yaml", text, false, tmp);
        Dataset d = ((DataSource.Arrays) f.setup(f.points().get(0)).data()).trainSet();
        assertEquals(5, d.size());
        assertEquals(3, d.labelCount());
        assertArrayEquals(new double[] {0, 0, 1}, java.util.Arrays.copyOfRange(d.labels(), 12, 15));
    }

    @Test
    void aJsonFileReadsAsTheSameExperimentAsItsYaml() throws Exception {
        String json = new ObjectMapper().writeValueAsString(new YAMLMapper().readTree(BASE));
        ExperimentFile fromJson = ExperimentFileReader.parse("test.json", json, true, Path.of("."));
        ExperimentFile fromYaml = parse(BASE);
        assertEquals(fromYaml.setups(), fromJson.setups());
    }

    @Test
    void everyExampleValidatesAgainstThePublishedSchema() throws Exception {
        try (var files = Files.list(Path.of("..", "examples"))) {
            for (Path p : files.filter(x -> x.toString().endsWith(".yaml")).toList()) {
                SchemaCheck.check(LocatedTree.parse(p.toString(), Files.readString(p), false));
            }
        }
        assertTrue(SchemaCheck.schema().path("$defs").has("claim"));
    }

    @Test
    void aGridValueThatBreaksTheNetworkIsReportedAtItsLineWithTheFieldItSets() {
        ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> parse(BASE + """
                grid:
                  act:
                    field: network.layers[0].activation
                    values: [tanh, sigmoidal]
                """));
        assertEquals(15, e.line(), e.getMessage());
        assertEquals("network.layers[0].activation", e.field());
        assertTrue(e.getMessage().contains("grid.act.values[1]"), e.getMessage());
    }

    @Test
    void theNetworkNamesItsUpdaterAndAGridCanSweepIt() {
        ExperimentFile f = parse(BASE + """
                grid:
                  opt: {field: network.updater, values: [sgd, adam]}
                """);
        assertEquals(List.of("opt=sgd", "opt=adam"), f.points().stream().map(FilePoint::id).toList());
        assertEquals(io.twinnet.core.spec.Updater.sgd(), f.setup(f.points().get(0)).spec().updater());
        assertEquals(io.twinnet.core.spec.Updater.adam(), f.setup(f.points().get(1)).spec().updater());
        ExperimentFile single = parse(BASE.replace("  learningRate: 0.1\n", "  learningRate: 0.1\n  updater: {kind: adam, beta2: 0.99}\n"));
        assertEquals(new io.twinnet.core.spec.Updater.Adam(0.9, 0.99, 1e-8), single.setup(single.points().get(0)).spec().updater());
    }

    @Test
    void aBadUpdaterIsReportedAtItsLineNamingTheField() {
        ExperimentFileException unknown = assertThrows(ExperimentFileException.class,
                () -> parse(BASE.replace("  learningRate: 0.1\n", "  learningRate: 0.1\n  updater: rmsprop\n")));
        assertEquals("network.updater", unknown.field(), unknown.getMessage());
        assertEquals(8, unknown.line(), unknown.getMessage());
        ExperimentFileException beta = assertThrows(ExperimentFileException.class,
                () -> parse(BASE.replace("  learningRate: 0.1\n", "  learningRate: 0.1\n  updater: {kind: adam, beta1: 1.5}\n")));
        assertEquals("network.updater.beta1", beta.field(), beta.getMessage());
        assertTrue(beta.getMessage().contains("1.5"), beta.getMessage());
    }
}
