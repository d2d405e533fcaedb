package io.twinnet.experiments.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinnet.experiments.data.Dl4jMnistChecksums;
import io.twinnet.experiments.data.MnistFile;
import io.twinnet.experiments.data.RealMnist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FetchMnistCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path scratch;

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        CommandLine cl = TwinnetCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Parses {@code text} and checks that it is exactly one JSON object. */
    private static JsonNode onlyObject(String text) throws Exception {
        List<JsonNode> values = new ArrayList<>();
        try (MappingIterator<JsonNode> it = new ObjectMapper().readerFor(JsonNode.class).readValues(text)) {
            while (it.hasNext()) values.add(it.next());
        }
        assertEquals(1, values.size(), "expected one JSON value in: " + text);
        assertTrue(values.get(0).isObject());
        return values.get(0);
    }

    @Test
    void jsonNamesTheDirectoryEveryFilesChecksumStatusAndTheSourceUsed() throws Exception {
        Path from = RealMnist.directory();
        Result r = run("fetch-mnist", "--from", from.toString(), "--dir", home.toString(), "--json");

        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = onlyObject(r.out());
        String source = "directory " + from + " (--from)";
        assertEquals(home.toString(), json.get("directory").asText());
        assertTrue(json.get("complete").asBoolean());
        assertEquals("Adler-32", json.get("checksumAlgorithm").asText());
        assertEquals(4, json.get("files").size());
        for (int i = 0; i < 4; i++) {
            MnistFile f = MnistFile.values()[i];
            JsonNode file = json.get("files").get(i);
            assertEquals(f.fileName(), file.get("name").asText());
            assertEquals(home.resolve(f.fileName()).toString(), file.get("path").asText());
            assertEquals("installed", file.get("action").asText());
            assertEquals("missing", file.get("before").asText());
            assertEquals("valid", file.get("checksum").get("status").asText());
            assertEquals(Dl4jMnistChecksums.expected(f), file.get("checksum").get("expected").asLong());
            assertEquals(Dl4jMnistChecksums.expected(f), file.get("checksum").get("actual").asLong());
            assertEquals(source, file.get("source").asText());
            assertTrue(Files.isRegularFile(home.resolve(f.fileName())));
        }
        assertEquals(1, json.get("sourcesUsed").size());
        assertEquals(source, json.get("sourcesUsed").get(0).asText());
        assertTrue(json.get("error").isNull());
        assertEquals("", r.err(), "--json prints no progress");
    }

    @Test
    void aSecondRunKeepsTheFilesAndNeedsNoSource() throws Exception {
        RealMnist.copyAllInto(home);
        JsonNode json = onlyObject(run("fetch-mnist", "--dir", home.toString(), "--json").out());
        for (JsonNode file : json.get("files")) {
            assertEquals("kept", file.get("action").asText());
            assertEquals("already present", file.get("source").asText());
        }
        assertEquals(0, json.get("sourcesUsed").size());
    }

    @Test
    void aCorruptFileIsReplacedAndReportedAsSuch() throws Exception {
        RealMnist.copyAllInto(home);
        Path labels = home.resolve(MnistFile.TRAIN_LABELS.fileName());
        byte[] bytes = Files.readAllBytes(labels);
        bytes[20_000] ^= 1;
        Files.write(labels, bytes);

        Result r = run("fetch-mnist", "--from", RealMnist.directory().toString(), "--dir", home.toString(), "--json");

        assertEquals(0, r.exitCode(), r.err());
        JsonNode file = onlyObject(r.out()).get("files").get(MnistFile.TRAIN_LABELS.ordinal());
        assertEquals("replaced", file.get("action").asText());
        assertEquals("corrupt", file.get("before").asText());
        assertEquals("valid", file.get("checksum").get("status").asText());
    }

    @Test
    void textOutputListsEachFileAndTheSource() {
        Result r = run("fetch-mnist", "--from", RealMnist.directory().toString(), "--dir", home.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("MNIST in " + home + System.lineSeparator()), r.out());
        for (MnistFile f : MnistFile.values()) {
            assertTrue(r.out().contains(f.fileName()), r.out());
        }
        assertTrue(r.out().contains("Source used: directory " + RealMnist.directory() + " (--from)"), r.out());
        assertTrue(r.err().contains("fetch-mnist: installed train-images-idx3-ubyte"), r.err());
    }

    @Test
    void whenMnistCannotBeProvisionedTheExitCodeIs1AndOneMessageSaysWhy() throws Exception {
        Path regularFile = Files.writeString(scratch.resolve("file"), "x");
        Path target = regularFile.resolve("dl4j");

        Result text = run("fetch-mnist", "--dir", target.toString());
        assertEquals(1, text.exitCode());
        List<String> errLines = text.err().lines().filter(l -> l.startsWith("twinnet: ")).toList();
        assertEquals(1, errLines.size(), text.err());
        assertTrue(errLines.get(0).startsWith("twinnet: cannot create the MNIST directory " + target), errLines.get(0));

        Result json = run("fetch-mnist", "--dir", target.toString(), "--json");
        assertEquals(1, json.exitCode());
        JsonNode object = onlyObject(json.out());
        assertTrue(!object.get("complete").asBoolean());
        assertTrue(object.get("error").asText().startsWith("cannot create the MNIST directory " + target));
        assertEquals("missing", object.get("files").get(0).get("checksum").get("status").asText());
    }

    @Test
    void aFromDirectoryThatDoesNotExistIsBadInput() {
        Result r = run("fetch-mnist", "--from", scratch.resolve("nowhere").toString(), "--dir", home.toString());
        assertEquals(2, r.exitCode());
        assertEquals("twinnet: --from: directory " + scratch.resolve("nowhere") + " does not exist", r.err().strip());
    }
}
