package io.twinnet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

class JavaModuleOptionsFileTest {

    @Test
    void theLaunchersOptionsFileIsTheResolvedSparksList() throws Exception {
        List<String> file = Files.readAllLines(Path.of("java-module-options")).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(List.of(JavaModuleOptions.defaultModuleOptionArray()), file,
                "spark/java-module-options must list Spark's JavaModuleOptions (regenerate it after a Spark upgrade)");
    }
}
