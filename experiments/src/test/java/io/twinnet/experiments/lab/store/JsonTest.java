package io.twinnet.experiments.lab.store;

import io.twinnet.experiments.lab.Json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {

    @Test
    void theSameRecordWrittenTwiceThroughTheStoreIsByteIdentical(@TempDir Path tmp) throws Exception {
        RunConfig c = StoreSamples.config("a", 1);
        ResultsStore one = new ResultsStore(tmp.resolve("one"));
        ResultsStore two = new ResultsStore(tmp.resolve("two"));
        one.writeRecord(StoreSamples.record(c));
        two.writeRecord(StoreSamples.record(c));
        assertArrayEquals(Files.readAllBytes(one.recordPath(c)), Files.readAllBytes(two.recordPath(c)));
    }

    @Test
    void recordsWhoseMapsWereFilledInDifferentOrdersWriteTheSameBytes() throws Exception {
        RunConfig c = StoreSamples.config("a", 1);
        RunRecord forward = StoreSamples.record(c, List.of("lr", "init", "width", "depth"));
        RunRecord backward = StoreSamples.record(c, List.of("depth", "width", "init", "lr"));
        assertEquals(forward, backward);
        byte[] a = Json.mapper().writeValueAsBytes(forward);
        byte[] b = Json.mapper().writeValueAsBytes(backward);
        assertArrayEquals(a, b, new String(a, StandardCharsets.UTF_8) + "\nvs\n" + new String(b, StandardCharsets.UTF_8));
    }

    @Test
    void aRecordReadBackAndWrittenAgainGivesTheSameBytes() throws Exception {
        byte[] first = Json.mapper().writeValueAsBytes(StoreSamples.record(StoreSamples.config("a", 3)));
        RunRecord read = Json.mapper().readValue(first, RunRecord.class);
        assertArrayEquals(first, Json.mapper().writeValueAsBytes(read));
    }

    @Test
    void mapKeysAreSortedAndRecordComponentsKeepTheirDeclarationOrder() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zeta", 1);
        m.put("alpha", 2);
        String json = Json.mapper().writeValueAsString(new DeclaredOutOfOrder("b-first", m));
        assertEquals("{\n  \"second\" : \"b-first\",\n  \"first\" : {\n    \"alpha\" : 2,\n    \"zeta\" : 1\n  }\n}", json);
    }

    /** Components declared out of alphabetical order, to show declaration order wins. */
    record DeclaredOutOfOrder(String second, Map<String, Object> first) {
    }

    @ParameterizedTest
    @CsvSource({"0.1, 0.1", "1e-4, 1.0E-4", "2e23, 2.0E23", "1.0E23, 1.0E23", "123456.789, 123456.789", "-0.0, -0.0"})
    void doublesAreWrittenInTheirShortestRoundTripForm(double value, String expected) throws Exception {
        assertEquals(expected, Json.mapper().writeValueAsString(value));
    }

    @Test
    void nonFiniteNumbersAreWrittenAsStringsAndReadBack() throws Exception {
        String json = Json.mapper().writeValueAsString(new double[] {Double.NaN, Double.POSITIVE_INFINITY});
        assertEquals("[ \"NaN\", \"Infinity\" ]", json);
        double[] back = Json.mapper().readValue(json, double[].class);
        assertEquals(Double.NaN, back[0]);
        assertEquals(Double.POSITIVE_INFINITY, back[1]);
    }

    @Test
    void lineEndsAreNewlinesWhateverTheOs() throws Exception {
        String json = Json.mapper().writeValueAsString(Map.of("a", 1));
        assertFalse(json.contains("\r"), json);
    }
}
