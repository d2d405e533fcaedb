package io.twinnet.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core's main sources import nothing but the JDK and the core itself (DESIGN.md: "depends on nothing but the JDK"),
 * and the JDK's optional incubator vector module only from the one file of SIMD loops that {@code Simd} guards.
 */
class CoreDependsOnlyOnTheJdkTest {
    private static final Path SIMD_LOOPS = Path.of("io/twinnet/core/math/VectorLoops.java");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void mainSourcesImportOnlyJavaAndTheCore() throws IOException {
        Path root = Path.of("src/main/java");
        assertTrue(Files.isDirectory(root), "run from the core module directory");
        List<String> offenders = new ArrayList<>();
        int files;
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> sources = paths.filter(p -> p.toString().endsWith(".java")).toList();
            files = sources.size();
            for (Path p : sources) {
                Matcher m = IMPORT.matcher(Files.readString(p));
                while (m.find()) {
                    String name = m.group(2);
                    boolean simdLoops = p.endsWith(SIMD_LOOPS) && name.startsWith("jdk.incubator.vector.");
                    if (!name.startsWith("java.") && !name.startsWith("io.twinnet.core.") && !simdLoops) offenders.add(p + ": " + name);
                }
            }
        }
        assertTrue(files > 30, "found " + files + " source files");
        assertEquals(List.of(), offenders);
    }
}
