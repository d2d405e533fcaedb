package io.twinnet.experiments.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an experiment is rebuilt from: its text and data files, compared for --resume, shipped to Spark by Java serialisation. */
class ExperimentDefinitionTest {
    @TempDir
    Path tmp;

    private static ExperimentDefinition of(String text, String labels) {
        return new ExperimentDefinition("a.yaml", text, false, Map.of("y.csv", labels.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readingAFileKeepsTheBytesOfEveryDataFileByItsNameInTheFile() throws Exception {
        Path file = UserArraysFixture.write(tmp);
        ExperimentDefinition d = ExperimentFileReader.read(file).definition();
        assertEquals(java.util.List.of("../data/features.npy", ".labels.csv"), java.util.List.copyOf(d.data().keySet()));
        assertEquals(Files.size(tmp.resolve("data").resolve("features.npy")), d.dataFile("../data/features.npy").orElseThrow().length);
        assertEquals(Files.readString(file), d.text());
    }

    @Test
    void aChangedLineIsNamedWithItsNumberAndBothReadings() {
        Optional<String> d = of("id: x\nseeds: 3\n", "0\n1\n").differenceFrom(of("id: x\nseeds: 2\n", "0\n1\n"));
        assertEquals(Optional.of("line 2 reads 'seeds: 3' now, 'seeds: 2' then"), d);
    }

    @Test
    void aFileThatEndsEarlierSaysSo() {
        assertEquals(Optional.of("line 2 reads nothing (the file ends before) now, 'seeds: 2' then"),
                of("id: x\n", "0\n").differenceFrom(of("id: x\nseeds: 2\n", "0\n")));
    }

    @Test
    void aChangedDataFileIsNamedByItsNameInTheFileWithBothSizes() {
        String d = of("id: x\n", "0\n1\n").differenceFrom(of("id: x\n", "0\n2\n0\n")).orElseThrow();
        assertTrue(d.startsWith("the data file y.csv has other contents (4 bytes, SHA-256 "), d);
        assertTrue(d.contains("; 6 bytes, "), d);
    }

    @Test
    void aMovedFileWithTheSameTextAndDataDefinesTheSameExperiment() {
        ExperimentDefinition here = of("id: x\n", "0\n1\n");
        ExperimentDefinition there = new ExperimentDefinition("elsewhere/a.yaml", here.text(), false, here.data());
        assertEquals(Optional.empty(), there.differenceFrom(here));
        assertEquals(here.digest(), there.digest());
        assertNotEquals(here.digest(), of("id: x\n", "0\n2\n").digest(), "the digest covers the data");
    }

    @Test
    void theArraysPassedInAreCopiedSoTheDefinitionCannotChangeLater() {
        byte[] bytes = "0\n1\n".getBytes(StandardCharsets.UTF_8);
        ExperimentDefinition d = new ExperimentDefinition("a.yaml", "id: x\n", false, Map.of("y.csv", bytes));
        String before = d.digest();
        bytes[0] = '1';
        d.dataFile("y.csv").orElseThrow()[0] = '1';
        assertEquals(before, d.digest());
    }

    @Test
    void aDefinitionSerialisedAsSparkShipsItRebuildsTheSameExperimentWithoutItsFiles() throws Exception {
        Path file = UserArraysFixture.write(tmp);
        ExperimentFile original = ExperimentFileReader.read(file);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original.definition());
        }
        ExperimentDefinition shipped;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            shipped = (ExperimentDefinition) in.readObject();
        }
        Files.delete(tmp.resolve("data").resolve("features.npy"));
        Files.delete(file.resolveSibling(".labels.csv"));

        ExperimentFile rebuilt = ExperimentFileReader.parse(shipped, "a test's copy");
        assertEquals(original.definition(), rebuilt.definition());
        assertEquals(original.setups(), rebuilt.setups());
        assertEquals(original.source(), rebuilt.source());
    }

    @Test
    void aDataFileTheDefinitionDoesNotCarryIsAnErrorNamingTheFieldAndTheCopy() throws Exception {
        Path file = UserArraysFixture.write(tmp);
        ExperimentDefinition d = ExperimentFileReader.read(file).definition();
        ExperimentDefinition without = new ExperimentDefinition(d.file(), d.text(), false, Map.of(".labels.csv", d.dataFile(".labels.csv").orElseThrow()));
        ExperimentFileException e = org.junit.jupiter.api.Assertions.assertThrows(ExperimentFileException.class,
                () -> ExperimentFileReader.parse(without, "a test's copy"));
        assertEquals("data.arrays.features", e.field());
        assertTrue(e.getMessage().contains("no such file: ../data/features.npy (a test's copy)"), e.getMessage());
    }
}
