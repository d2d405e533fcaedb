package io.twinnet.experiments.lab.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void aWriteLeavesOnlyTheTargetBehind(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("records").resolve("a.json");
        AtomicFiles.write(target, "{}".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "{\"v\":2}".getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"v\":2}", Files.readString(target));
        try (var s = Files.list(target.getParent())) {
            assertEquals(List.of(target), s.toList());
        }
    }

    @Test
    void leftoversOfAKilledWriterAreRemovedAndNothingElse(@TempDir Path dir) throws Exception {
        Path records = Files.createDirectories(dir.resolve("records").resolve("exp"));
        Path record = records.resolve("p1-seed1.json");
        AtomicFiles.write(record, "{\"done\":true}".getBytes(StandardCharsets.UTF_8));
        // what a writer killed between creating its temporary file and the rename leaves: the name write() gives it
        Path leftover = Files.writeString(records.resolve(".p2-seed1.json.8231907462.tmp"), "{\"half");
        Path topLeftover = Files.writeString(dir.resolve(".results.json.55.tmp"), "");
        Path hidden = Files.writeString(dir.resolve(".notes"), "mine");
        Path plainTmp = Files.writeString(dir.resolve("scratch.tmp"), "mine too");

        List<Path> removed = AtomicFiles.removeLeftovers(dir);

        assertEquals(List.of(topLeftover, leftover).stream().sorted().toList(), removed);
        assertFalse(Files.exists(leftover));
        assertFalse(Files.exists(topLeftover));
        assertArrayEquals("{\"done\":true}".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(record));
        assertTrue(Files.exists(hidden), "a hidden file that is not a temporary file stays");
        assertTrue(Files.exists(plainTmp), "a .tmp file not named like write()'s stays");
        assertEquals(List.of(), AtomicFiles.removeLeftovers(dir), "nothing left the second time");
        assertEquals(List.of(), AtomicFiles.removeLeftovers(dir.resolve("missing")));
    }
}
