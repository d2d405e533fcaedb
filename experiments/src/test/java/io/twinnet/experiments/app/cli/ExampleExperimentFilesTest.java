package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.twinnet.experiments.files.ExperimentFile;
import io.twinnet.experiments.files.ExperimentFileReader;
import io.twinnet.experiments.files.MnistStandIn;
import io.twinnet.experiments.lab.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code examples/} parses, and runs end to end through {@code twinnet run FILE} on a
 * tiny budget (one seed, a few steps, an MNIST-shaped stand-in for the data) on both
 * implementations: results and a report that shows the file; a resume recomputes nothing; the
 * run reproduces with the core bit-identical, and one of its runs replays ({@code reproduce --run})
 * from the run directory alone once the file is deleted.
 */
class ExampleExperimentFilesTest {
    static final Path EXAMPLES = Path.of("..", "examples");
    /** The standard context with an MNIST-shaped stand-in for the data. */
    private static final CliContext CONTEXT = new CliContext(CliContext.standard().catalog(), (profile, mnist) -> MnistStandIn.of(profile, 12, 6),
            CliContext.standard().stores());

    @TempDir
    Path tmp;

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleRunsOnATinyBudgetAndResumesAndReproduces(Path example) throws IOException {
        ExperimentFile full = ExperimentFileReader.read(example);
        Path tiny = tmp.resolve(example.getFileName());
        Files.writeString(tiny, shrunk(example));
        Path out = tmp.resolve("run");

        CliRun run = CliRun.of(CONTEXT, "run", tiny.toString(), "--out", out.toString(), "--threads", "2", "--json");

        assertEquals(0, run.exit(), run.err() + run.out());
        JsonNode summary = Json.mapper().readTree(run.out());
        assertEquals(full.claims().size(), summary.get("claims").size(), summary.toString());
        JsonNode results = Json.mapper().readTree(out.resolve("results.json").toFile());
        JsonNode experiment = results.get("experiments").get(0);
        assertEquals(full.id(), experiment.get("id").asText());
        assertEquals(full.points().size(), experiment.get("runs").size(), "one seed per configuration");
        for (JsonNode r : experiment.get("runs")) {
            for (String side : new String[] {"core", "dl4j"}) {
                assertEquals("finished", r.get("sides").get(side).get("status").asText(), r.toString());
            }
        }
        String summaryMd = Files.readString(out.resolve("report").resolve("summary.md"));
        assertTrue(summaryMd.contains("The experiment file that defined " + full.id()), "the report shows the file");
        String html = Files.readString(out.resolve("report").resolve("index.html"));
        assertTrue(html.contains("<td>network:</td>") && html.contains("<td>seeds: 1</td>"), "the report shows the file's text, line by line");

        CliRun resumed = CliRun.of(CONTEXT, "run", "--resume", "--out", out.toString(), "--json", "--no-report");
        assertEquals(0, resumed.exit(), resumed.err());

        CliRun again = CliRun.of(CONTEXT, "reproduce", out.toString(), "--out", tmp.resolve("again").toString(), "--json", "--no-report");
        assertEquals(0, again.exit(), again.err() + again.out());
        assertTrue(Json.mapper().readTree(again.out()).get("coreBitIdentical").asBoolean());

        Files.delete(tiny);
        String first = full.id() + "/" + full.points().get(0).id() + "#1";
        CliRun replay = CliRun.of(CONTEXT, "reproduce", out.toString(), "--run", first, "--json");
        assertEquals(0, replay.exit(), "one run replays with the file gone: " + replay.err() + replay.out());
        JsonNode replayed = Json.mapper().readTree(replay.out());
        assertTrue(replayed.get("matches").asBoolean() && replayed.get("coreBitIdentical").asBoolean(), replayed.toString());
        assertEquals(1, replayed.get("runsCompared").asInt());
    }

    /** The example with one seed, 12 steps, evaluations every 4 and at most 4 parity steps, on 3 training images per class. */
    private static String shrunk(Path example) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode root = (ObjectNode) yaml.readTree(example.toFile());
        root.put("seeds", 1);
        ObjectNode t = (ObjectNode) root.get("training");
        t.remove("epochs");
        t.put("steps", 12).put("evaluateEvery", 4).put("paritySteps", Math.min(4, t.path("paritySteps").asInt(4)));
        JsonNode mnist = root.path("data").path("mnist");
        if (mnist.isObject()) ((ObjectNode) mnist).put("trainPerClass", 3).put("testPerClass", 2);
        return yaml.writeValueAsString(root);
    }
}
