package io.twinnet.experiments.lab.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.RunConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsStoreTest {

    @Test
    void aRecordCutShortIsNamedWithItsPathAndReasonNotTakenForAbsent(@TempDir Path dir) throws Exception {
        ResultsStore store = new ResultsStore(dir);
        RunConfig c = StoreSamples.config("a", 1);
        store.writeRecord(StoreSamples.record(c));
        byte[] whole = Files.readAllBytes(store.recordPath(c));
        Files.write(store.recordPath(c), Arrays.copyOf(whole, whole.length / 2));

        RecordLookup.Unreadable u = assertInstanceOf(RecordLookup.Unreadable.class, store.lookupRecord(c));
        assertEquals(store.recordPath(c), u.file().path());
        assertTrue(u.file().reason().contains("end-of-input"), u.file().reason());
        assertTrue(store.readRecord(c).isEmpty(), "the Optional view still treats it as absent");
    }

    @Test
    void aMissingRecordIsAbsentAndAWholeOneIsFound(@TempDir Path dir) {
        ResultsStore store = new ResultsStore(dir);
        RunConfig c = StoreSamples.config("a", 1);
        assertInstanceOf(RecordLookup.Absent.class, store.lookupRecord(c));
        store.writeRecord(StoreSamples.record(c));
        assertEquals(StoreSamples.record(c), assertInstanceOf(RecordLookup.Found.class, store.lookupRecord(c)).record());
    }

    @Test
    void everyDamagedRecordOfTheDirectoryIsListedAndTheGoodOnesAreNot(@TempDir Path dir) throws Exception {
        ResultsStore store = new ResultsStore(dir);
        RunConfig good = StoreSamples.config("a", 1);
        RunConfig cut = StoreSamples.config("b", 1);
        RunConfig moved = StoreSamples.config("c", 1);
        for (RunConfig c : List.of(good, cut, moved)) store.writeRecord(StoreSamples.record(c));
        Files.writeString(store.recordPath(cut), "{\"config\": ");
        Files.copy(store.recordPath(good), store.recordPath(moved), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        List<UnreadableRecord> damaged = store.unreadableRecords();
        assertEquals(List.of(store.recordPath(cut), store.recordPath(moved)), damaged.stream().map(UnreadableRecord::path).toList());
        assertTrue(damaged.get(1).reason().contains("a#1"), damaged.get(1).reason());
        assertInstanceOf(RecordLookup.Unreadable.class, store.lookupRecord(moved), "a record of another run is not taken for this one");
    }

    @Test
    void aWriteThatFailsNamesTheFileAndLeavesWhatWasStoredIntact(@TempDir Path dir) throws Exception {
        RunConfig first = StoreSamples.config("a", 1);
        RunConfig second = StoreSamples.config("b", 1);
        new ResultsStore(dir).writeRecord(StoreSamples.record(first));
        byte[] stored = Files.readAllBytes(new ResultsStore(dir).recordPath(first));

        ResultsStore full = new ResultsStore(dir, (target, bytes) -> {
            throw new IOException("No space left on device");
        });
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> full.writeRecord(StoreSamples.record(second)));
        assertTrue(e.getMessage().contains(full.recordPath(second).toString()), e.getMessage());
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertThrows(UncheckedIOException.class, () -> full.writeRecord(StoreSamples.record(first)));
        assertArrayEquals(stored, Files.readAllBytes(full.recordPath(first)));
        assertInstanceOf(RecordLookup.Absent.class, full.lookupRecord(second));
    }

    @Test
    void anAtomicWriteThatCannotBeRenamedKeepsTheOldContentAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("busy");
        Files.createDirectories(target);
        Files.writeString(target.resolve("inside"), "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, "new".getBytes()));
        assertEquals("old", Files.readString(target.resolve("inside")));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(target), s.toList(), "no temporary file left beside the target");
        }
    }
}
