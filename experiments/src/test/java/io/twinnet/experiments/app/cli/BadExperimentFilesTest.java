package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed experiment file in {@code src/test/resources/.../files/bad/} stops {@code twinnet run}
 * with exit code 2 and one message naming the file, the line and the field, with the fragment the
 * file's first line expects — and nothing is written. The expected line is where the fault was put.
 */
class BadExperimentFilesTest {
    static final Path BAD = Path.of("src/test/resources/io/twinnet/experiments/files/bad");
    private static final Pattern EXPECT = Pattern.compile("# expect: line (\\d+), field '([^']*)', message containing: (.+)");

    @TempDir
    Path tmp;

    static Stream<Path> badFiles() throws IOException {
        try (Stream<Path> s = Files.list(BAD)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(files.size() >= 20, "at least twenty malformed files, found " + files.size());
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aMalformedFileGivesOneMessageWithLineAndFieldAndExitCode2(Path file) throws IOException {
        Matcher m = EXPECT.matcher(Files.readAllLines(file).get(0));
        assertTrue(m.matches(), file + ": the first line must say what is expected");
        int line = Integer.parseInt(m.group(1));
        String field = m.group(2);
        String fragment = m.group(3).trim();
        Path out = tmp.resolve("run");

        CliRun run = CliRun.of("run", file.toString(), "--out", out.toString());

        assertEquals(2, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), "one message: " + run.err());
        String msg = lines.get(0);
        assertTrue(msg.startsWith("twinnet: " + file + ":" + line + ": "), "file and line " + line + ": " + msg);
        if (!field.isEmpty()) assertTrue(msg.contains(": " + field + ": "), "field " + field + ": " + msg);
        assertTrue(msg.contains(fragment), "'" + fragment + "' in: " + msg);
        assertFalse(Files.exists(out), "nothing written: " + out);
    }
}
