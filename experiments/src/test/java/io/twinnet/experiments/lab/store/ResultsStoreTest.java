package io.twinnet.experiments.lab.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunTiming;
import java.util.Map;
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
    void theSameRunTimedDifferentlyIsStoredAsTheSameRecordBytesWithItsTimingKeptBeside(@TempDir Path tmp) throws Exception {
        RunConfig c = StoreSamples.config("a", 1);
        RunRecord fast = StoreSamples.record(c);
        RunRecord slow = fast.withTiming(new RunTiming(42.5, Map.of(Implementation.CORE, 40.0, Implementation.DL4J, 2.5)));
        ResultsStore one = new ResultsStore(tmp.resolve("one"));
        ResultsStore two = new ResultsStore(tmp.resolve("two"));
        one.writeRecord(fast);
        two.writeRecord(slow);

        assertArrayEquals(Files.readAllBytes(one.recordPath(c)), Files.readAllBytes(two.recordPath(c)));
        assertFalse(Files.readString(two.recordPath(c)).contains("seconds"), "no timing inside the record");
        assertEquals(42.5, two.readTiming(c).seconds());
        assertEquals(slow, two.readRecord(c).orElseThrow(), "the timing is attached again when the record is read");
        assertEquals(40.0, two.readRecord(c).orElseThrow().side(Implementation.CORE).seconds());
    }

    @Test
    void aRecordWhoseTimingIsLostIsStillFoundWithUnknownTimes(@TempDir Path dir) throws Exception {
        ResultsStore store = new ResultsStore(dir);
        RunConfig c = StoreSamples.config("a", 1);
        store.writeRecord(StoreSamples.record(c));
        Files.delete(store.timingPath(c));
        RunRecord found = assertInstanceOf(RecordLookup.Found.class, store.lookupRecord(c)).record();
        assertTrue(Double.isNaN(found.seconds()));
        assertEquals(StoreSamples.record(c).sides().get(Implementation.CORE).scalars(), found.side(Implementation.CORE).scalars());
    }

    @Test
    void resultsKeepTheRunsWithoutTimingsAndTheTimingsInTheirOwnField(@TempDir Path dir) throws Exception {
        ResultsStore store = new ResultsStore(dir);
        RunRecord r = StoreSamples.record(StoreSamples.config("a", 1));
        ExperimentResult e = new ExperimentResult("tiny", "t", "s", "setup", List.of(), List.of(r.config()), List.of(r), Double.NaN);
        store.writeResults(new ResultsDocument("twinnet-results", ResultsStore.SCHEMA_VERSION, null, "now", true, List.of(e)));

        com.fasterxml.jackson.databind.JsonNode json = Json.mapper().readTree(store.resultsPath().toFile());
        assertFalse(json.at("/experiments/0/runs/0").toString().contains("seconds"), json.at("/experiments/0/runs/0").toString());
        assertEquals(0.5, json.at("/experiments/0/timings/a#1/seconds").asDouble());
        assertEquals(r, store.readResults().experiments().get(0).runs().get(0), "read back, the runs carry their times again");
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
        RunNotStoredException e = assertThrows(RunNotStoredException.class, () -> full.writeRecord(StoreSamples.record(second)));
        assertEquals(second.key(), e.run().key());
        assertTrue(List.of(full.timingPath(second), full.recordPath(second)).contains(e.file()), e.getMessage());
        assertTrue(e.getMessage().contains(e.file().toString()) && e.getMessage().contains("tiny/b#1"), e.getMessage());
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
