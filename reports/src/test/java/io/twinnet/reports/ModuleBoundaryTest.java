package io.twinnet.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.reports.render.ReportRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reports module knows nothing of neural networks: none of its classes names a class of the
 * core, the DL4J bridge, the experiments or DL4J/ND4J themselves, and none of those is even on
 * its class path.
 */
class ModuleBoundaryTest {

    private static final String[] FORBIDDEN = {
        "io/twinnet/core", "io/twinnet/dl4j", "io/twinnet/experiments", "org/deeplearning4j", "org/nd4j",
    };

    @Test
    void noCompiledClassOfTheModuleReferencesNetworkCode() throws Exception {
        Path classes = Path.of(ReportRenderer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), "expected the compiled classes directory, got " + classes);
        List<Path> files;
        try (Stream<Path> all = Files.walk(classes)) {
            files = all.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertTrue(files.size() > 30, "found only " + files.size() + " classes under " + classes);
        List<String> offences = new ArrayList<>();
        for (Path file : files) {
            // Class names in the constant pool are stored as modified UTF-8, plain ASCII here.
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String forbidden : FORBIDDEN) {
                if (bytes.contains(forbidden)) {
                    offences.add(classes.relativize(file) + " → " + forbidden);
                }
            }
        }
        assertTrue(offences.isEmpty(), "references to network code: " + offences);
    }

    @Test
    void networkCodeIsNotOnTheClassPath() {
        for (String name : new String[] {"io.twinnet.core.spec.NetworkSpec",
                "org.deeplearning4j.nn.multilayer.MultiLayerNetwork", "org.nd4j.linalg.factory.Nd4j"}) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name);
        }
        assertFalse(System.getProperty("java.class.path").contains("deeplearning4j"));
    }
}
